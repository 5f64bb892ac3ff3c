using Mentoring.Domain.Pairs;
using Mentoring.Domain.Registries;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>A mentee left without a pair gets support when needed, and the search for a mentor goes on.</summary>
/// <remarks>
/// 002 МР stage 5 п.3, an item of 002's sample roadmap («Образец … примерный план») with «(при необходимости)»: a
/// template, so at most a warning, and judged only where the need is recorded (readings.md,
/// <c>pair.unpaired-mentee-supported</c>; principle 4). Applies to every record of the mentee registry that names no
/// mentor: support recorded satisfies it; a recorded need without recorded support is a warning; no need recorded
/// (or none found) leaves nothing to judge. When the record is linked to a person who is a mentee of a pair in the
/// case, the mentee is not unpaired (the registry lags behind) and the rule does not apply to it. Judged on: the
/// registry as the case records it on the date of validation (a need and the support are current facts).
/// </remarks>
[JudgedOn("the registry as the case records it on the date of validation (a need and the support are current facts).")]
[Name("pair.unpaired-mentee-supported")]
[Title("Наставляемый без пары получает поддержку, поиск наставника продолжается", "A mentee without a pair gets support while the search for a mentor goes on")]
[Citation("002 МР stage 5 п.3", "Организация психолого- педагогической поддержки сопровождения наставляемых, не сформировавших пару или группу (при необходимости), продолжение поиска наставника/наставников")]
[Severity(Severity.Warning)]
[Basis(RuleBasis.Template, "An item of 002's sample roadmap, «(при необходимости)»: judged only where a need for support is recorded.")]
internal sealed class PairUnpairedMenteeSupported : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MenteeRecord record = null!;

        // The pairs of the record's person are the case's, looked up by identifier (a keyed query), not collected by
        // comparing every record with every pair.
        When()
            .Match(() => evaluation)
            .Match(() => record, r => r.IsUnpaired);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, record, PairsOf(evaluation, record))));
    }

    /// <summary>The pairs that have the record's person among their mentees (none when the record names no one).</summary>
    private static IReadOnlyList<MentoringPair> PairsOf(Evaluation evaluation, MenteeRecord record) =>
        record.PersonId is { } person ? evaluation.PairsMentoring(person) : [];

    private static Verdict Judge(Evaluation evaluation, MenteeRecord record, IReadOnlyList<MentoringPair> pairs)
    {
        var subject = PairFacts.RecordSubject(record);
        if (pairs.Count != 0)
        {
            return Verdict.NotApplicable(
                () => $"Наставляемый {PairFacts.Name(evaluation, record)} (запись {record.Id} базы наставляемых) без наставника в базе, но состоит в паре {PairFacts.Ids(pairs)}.",
                () => $"Mentee {PairFacts.Name(evaluation, record)} (mentee registry record {record.Id}) has no mentor in the registry but is in pair {PairFacts.Ids(pairs)}.",
                PairFacts.Subjects(subject, pairs));
        }

        if (record.SupportWhileUnpaired is { } support)
        {
            return Verdict.Satisfied(
                () => $"Наставляемый {PairFacts.Name(evaluation, record)} (запись {record.Id} базы наставляемых) без пары получает поддержку: {support}.",
                () => $"Mentee {PairFacts.Name(evaluation, record)} (mentee registry record {record.Id}) is without a pair and is supported: {support}.",
                subject);
        }

        return record.NeedsSupport == true
            ? Verdict.Violated(
                () => $"Наставляемый {PairFacts.Name(evaluation, record)} (запись {record.Id} базы наставляемых) без пары нуждается в поддержке, но поддержка и поиск наставника не отражены (пункт примерного плана, «при необходимости»).",
                () => $"Mentee {PairFacts.Name(evaluation, record)} (mentee registry record {record.Id}) is without a pair and needs support, but no support or search for a mentor is recorded (an item of the sample plan, \"where needed\").",
                subject).AsWarning()
            : Verdict.NotApplicable(
                () => $"Наставляемый {PairFacts.Name(evaluation, record)} (запись {record.Id} базы наставляемых) без пары: потребность в поддержке {(record.NeedsSupport == false ? "не выявлена" : "не отмечена")}, поддержка оказывается «при необходимости».",
                () => $"Mentee {PairFacts.Name(evaluation, record)} (mentee registry record {record.Id}) is without a pair: {(record.NeedsSupport == false ? "no need for support was found" : "no need for support is recorded")}; support is given \"where needed\".",
                subject);
    }
}
