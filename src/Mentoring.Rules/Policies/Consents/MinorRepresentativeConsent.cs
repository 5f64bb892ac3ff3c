using Mentoring.Domain.Consents;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Consents;

/// <summary>A minor mentee takes part in mentoring with the written consent of a legal representative.</summary>
/// <remarks>
/// <para>
/// 003 §2.4 («Письменное согласие наставляемого (законного представителя несовершеннолетнего наставляемого)»): the
/// clause names minor mentees only; a minor student mentor is the inferred rule
/// <c>consent.minor-mentor-representative</c>. The subject is each mentee of a pair or group who was a minor on the
/// day he joined. Judged on: the day the mentee joined — the earliest pairing order fixing one of the mentee's pairs
/// (principle 6), else the day the pair was formed — not the date of validation: a student who joined at 17 keeps the
/// requirement after turning 18 (readings.md, principle 1). With no such day recorded, a mentee under
/// <c>ageOfMajority</c> on the first day of a program of the pair (or on the date of validation) was a minor when he
/// joined; otherwise minority is unknown. A student with no birth date is unknown; teachers and people from outside
/// with no birth date work and are taken as adults.
/// </para>
/// <para>
/// A legal representative's written consent given for the mentee (<see cref="ConsentKind.LegalRepresentative"/>, or a
/// consent to take part given on the mentee's behalf), on or before that day and not withdrawn before it, satisfies the
/// rule. Nothing recorded is unknown and a missing written document; a recorded refusal, a late, withdrawn-before or
/// mutual consent is a violation; a withdrawal after the day while a program runs on is a warning (the reading that
/// the consent must stand throughout, principle 7).
/// </para>
/// </remarks>
[JudgedOn("the day the mentee joined — the earliest pairing order fixing one of the mentee's pairs (principle 6), else the day the pair was formed — not the date of validation: a student who joined at 17 keeps the requirement after turning 18 (readings.md, principle 1). With no such day recorded, a mentee under ageOfMajority on the first day of a program of the pair (or on the date of validation) was a minor when he joined; otherwise minority is unknown. A student with no birth date is unknown; teachers and people from outside with no birth date work and are taken as adults.")]
[Name("consent.minor-representative")]
[Title("Участие несовершеннолетнего наставляемого — с письменного согласия законного представителя", "A minor mentee takes part with a legal representative's written consent")]
[Citation("003 §2.4", "Письменное согласие наставляемого (законного представителя несовершеннолетнего наставляемого)")]
[Severity(Severity.Error)]
[RuleParameter("ageOfMajority", ParameterKind.WholeNumber, "18", Min = 14, Max = 21, Description = "The age from which a mentee consents alone, reckoned on the day the mentee joined.", DescriptionRu = "Возраст, с которого наставляемый даёт согласие сам; определяется на день вступления в пару или группу.")]
internal sealed class MinorRepresentativeConsent : Rule
{
    private static readonly (string Ru, string En) What = ("согласие законного представителя", "legal representative's consent");

    private static readonly (string Ru, string En) Required = ("письменное согласие законного представителя", "a legal representative's written consent");

    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        IPerson mentee = null!;

        // The mentee's pairs, their programs and the consents given on the mentee's behalf are the case's, looked up by
        // identifier (keyed queries), not collected by comparing every mentee with every pair and every consent.
        When()
            .Match(() => evaluation)
            .Match(() => mentee, m => evaluation.PairsMentoring(m.Id).Count > 0);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), mentee, evaluation.PairsMentoring(mentee.Id))));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, IPerson mentee, IReadOnlyList<MentoringPair> pairs) =>
        Judge(evaluation, parameters, mentee, pairs, evaluation.Case.ProgramsOf(pairs.Select(p => p.Id)),
            [.. evaluation.ConsentsAbout(mentee.Id, ConsentKind.LegalRepresentative, ConsentKind.MenteeParticipation).Where(c => c.OnBehalfOf == mentee.Id)]);

    private static Verdict Judge(
        Evaluation evaluation,
        Editions.RuleParameters parameters,
        IPerson mentee,
        IReadOnlyList<MentoringPair> pairs,
        IReadOnlyList<PersonalizedProgram> programs,
        IReadOnlyList<Consent> consents)
    {
        var majority = parameters.WholeNumber("ageOfMajority") ?? 18;
        var asOf = evaluation.AsOf;
        var subjects = ConsentFacts.Subjects(evaluation.Person(mentee.Id), pairs);
        var joined = ConsentFacts.AppointedOn(pairs, evaluation.Case, asOf);
        var latest = ConsentFacts.FirstProgramDay(programs, pairs) is { } first && first < asOf ? first : asOf;
        var (minor, age) = ConsentFacts.MinorOn(mentee, joined?.Date, latest, majority);
        if (minor is null)
        {
            return mentee.BirthDate is null
                ? Verdict.Unknown(
                    [$"дата рождения (наставляемый: {evaluation.Name(mentee)})"],
                    () => $"{WhoRu()} — несовершеннолетие наставляемого на день включения в пару не установлено: дата рождения не представлена.",
                    () => $"{WhoEn()} — whether the mentee was a minor on joining is unknown: the birth date is not presented.",
                    subjects)
                : Verdict.Unknown(
                    [$"приказ о закреплении пары {ConsentFacts.Ids(pairs)} или дата её формирования"],
                    () => $"{WhoRu()} — несовершеннолетие наставляемого на день включения в пару не установлено: день включения не известен.",
                    () => $"{WhoEn()} — whether the mentee was a minor on joining is unknown: the day of joining is unknown.",
                    subjects);
        }

        if (minor == false)
        {
            return age is not null
                ? Verdict.NotApplicable(
                    () => $"{WhoRu()} — на день включения в пару ({joined!.Date:dd.MM.yyyy}) наставляемому исполнилось {ConsentFacts.YearsRu(majority)}; согласие законного представителя не требуется.",
                    () => $"{WhoEn()} — the mentee was {majority} or older on joining ({joined!.Date:yyyy-MM-dd}); no legal representative's consent is needed.",
                    subjects)
                : Verdict.NotApplicable(
                    () => $"{WhoRu()} — работник или внешний участник без даты рождения; считается совершеннолетним.",
                    () => $"{WhoEn()} — a worker or an outside participant with no birth date, taken as an adult.",
                    subjects);
        }

        var about = ConsentFacts.About(consents, mentee.Id, asOf);
        if (about.Count == 0)
        {
            return Verdict.Unknown(
                [$"письменное согласие законного представителя (наставляемый: {evaluation.Name(mentee)})"],
                () => $"{WhoRu()} — письменное согласие законного представителя не представлено.",
                () => $"{WhoEn()} — a legal representative's written consent is not presented.",
                subjects).AsMissingDocument();
        }

        if (joined is null)
        {
            return Verdict.Unknown(
                [$"приказ о закреплении пары {ConsentFacts.Ids(pairs)} или дата её формирования"],
                () => $"{WhoRu()} — день включения в пару не известен, и своевременность согласия законного представителя не проверить.",
                () => $"{WhoEn()} — the day the mentee joined is unknown, so whether the legal representative's consent came in time cannot be checked.",
                [.. subjects, .. about.Select(Subject.Of)]);
        }

        if (joined.Order is { } order)
        {
            subjects.Add(Subject.Of(order));
        }

        var day = ($"включения в пару {joined.Ru}", $"joining {joined.En}");
        var standing = ConsentFacts.Standing(about, joined.Date, asOf);
        if (standing.Deciding is { } deciding)
        {
            subjects.Add(Subject.Of(deciding));
        }

        if (ConsentFacts.Breach(standing, What, Required, day) is { } breach)
        {
            return Verdict.Violated(() => $"{WhoRu()} — {breach.Ru}.", () => $"{WhoEn()} — {breach.En}.", subjects);
        }

        var consent = standing.Deciding!;
        if (standing.EndedOn is { } ended && ConsentFacts.RunningAfter(programs, pairs, ended, asOf) is { } running)
        {
            subjects.Add(Subject.Of(running));
            return Verdict.Violated(
                () => $"{WhoRu()} — согласие законного представителя от {consent.GivenOn:dd.MM.yyyy} отозвано {ended:dd.MM.yyyy}, а программа {running.Id} продолжается; нарушение по прочтению, при котором согласие должно действовать всё время участия.",
                () => $"{WhoEn()} — the legal representative's consent of {consent.GivenOn:yyyy-MM-dd} was withdrawn on {ended:yyyy-MM-dd} while program {running.Id} runs on; a breach under the reading that the consent must stand throughout the participation.",
                subjects).AsWarning();
        }

        return Verdict.Satisfied(
            () => $"{WhoRu()} — письменное согласие законного представителя ({evaluation.Name(consent.GivenBy)}) от {consent.GivenOn:dd.MM.yyyy} дано не позднее {day.Item1}.",
            () => $"{WhoEn()} — the legal representative's ({evaluation.Name(consent.GivenBy)}) written consent of {consent.GivenOn:yyyy-MM-dd} was given on or before {day.Item2}.",
            subjects);

        string WhoRu() => age is { } a
            ? $"Наставляемый: {evaluation.Name(mentee)} ({ConsentFacts.PairsRu(pairs)}; возраст при включении в пару — {ConsentFacts.YearsRu(a)})"
            : $"Наставляемый: {evaluation.Name(mentee)} ({ConsentFacts.PairsRu(pairs)})";

        string WhoEn() => age is { } a
            ? $"Mentee: {evaluation.Name(mentee)} ({ConsentFacts.PairsEn(pairs)}; aged {a} on joining)"
            : $"Mentee: {evaluation.Name(mentee)} ({ConsentFacts.PairsEn(pairs)})";
    }
}
