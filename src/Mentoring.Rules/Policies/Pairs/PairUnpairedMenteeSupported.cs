using Mentoring.Domain.Pairs;
using Mentoring.Domain.Registries;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Pairs;

/// <summary>A mentee left without a pair gets support, and the search for a mentor goes on.</summary>
/// <remarks>
/// 002 МР stage 5 п.3. Applies to every record of the mentee registry that names no mentor. The record must state
/// the support given while the mentee is without a pair. When the record is linked to a person who is a mentee of
/// a pair in the case, the mentee is not unpaired (the registry lags behind) and the rule does not apply to it.
/// </remarks>
[Name("pair.unpaired-mentee-supported")]
[Title("Наставляемый без пары получает поддержку, поиск наставника продолжается", "A mentee without a pair gets support while the search for a mentor goes on")]
[Citation("002 МР stage 5 п.3", "Организация психолого- педагогической поддержки сопровождения наставляемых, не сформировавших пару или группу (при необходимости), продолжение поиска наставника/наставников")]
[Severity(Severity.Warning)]
internal sealed class PairUnpairedMenteeSupported : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MenteeRecord record = null!;
        IReadOnlyList<MentoringPair> pairs = null!;

        When()
            .Match(() => evaluation)
            .Match(() => record, r => r.IsUnpaired)
            .Query(() => pairs, q => q.Match<MentoringPair>(p => record.PersonId != null && p.Mentees.Contains(record.PersonId!)).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, record, pairs)));
    }

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

        return record.SupportWhileUnpaired is { } support
            ? Verdict.Satisfied(
                () => $"Наставляемый {PairFacts.Name(evaluation, record)} (запись {record.Id} базы наставляемых) без пары получает поддержку: {support}.",
                () => $"Mentee {PairFacts.Name(evaluation, record)} (mentee registry record {record.Id}) is without a pair and is supported: {support}.",
                subject)
            : Verdict.Violated(
                () => $"Наставляемый {PairFacts.Name(evaluation, record)} (запись {record.Id} базы наставляемых) остался без пары, а его поддержка и поиск наставника не отражены.",
                () => $"Mentee {PairFacts.Name(evaluation, record)} (mentee registry record {record.Id}) is without a pair, and no support or search for a mentor is recorded.",
                subject);
    }
}
