using Mentoring.Domain.Consents;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Consents;

/// <summary>(Inferred) A student mentor who is a minor takes part with a legal representative's written consent.</summary>
/// <remarks>
/// <para>
/// 003 §6.3 keeps bases of «наставников из числа обучающихся», and 003 §2.4 asks a legal representative's written consent
/// only for «несовершеннолетнего наставляемого»: no clause states it for a minor mentor, so this is an inference
/// (readings.md, principle 5) and at most a warning. Off unless an edition with student mentors (argun-2021, 003)
/// turns it on. The subject is each student who mentors a pair or group. Judged on: the day of the appointment — the
/// earliest pairing order fixing one of the student's pairs (principle 6), else the day the pair was formed; with
/// neither recorded, a student under <c>ageOfMajority</c> on the first day of a program of the pair (or on the date of
/// validation) was a minor on it (readings.md, principle 1).
/// </para>
/// <para>
/// A legal representative's consent given on the student's behalf (<see cref="ConsentKind.LegalRepresentative"/> or a
/// mentor's consent with <c>onBehalfOf</c>), on or before that day and not withdrawn before it, satisfies the rule.
/// Nothing recorded is unknown (the seeds require no such document, so strict validation leaves it unknown); a recorded
/// refusal, a late, withdrawn-before or mutual consent is a warning.
/// </para>
/// </remarks>
[JudgedOn("the day of the appointment — the earliest pairing order fixing one of the student's pairs (principle 6), else the day the pair was formed; with neither recorded, a student under ageOfMajority on the first day of a program of the pair (or on the date of validation) was a minor on it (readings.md, principle 1).")]
[Name("consent.minor-mentor-representative")]
[Title("Наставник-обучающийся, не достигший 18 лет, — с согласия законного представителя (вывод)", "A minor student mentor has a legal representative's consent (inferred)")]
[Citation("003 §6.3", "ведет по установленной форме следующие базы данных муниципалитета: … наставников из числа обучающихся")]
[Severity(Severity.Warning)]
[Basis(RuleBasis.Inference, "003 §6.3 has student mentors, but its clause on representatives (003 §2.4) names only minor mentees: the consent for a minor mentor is inferred")]
[OffByDefault]
[RuleParameter("ageOfMajority", ParameterKind.WholeNumber, "18", Min = 14, Max = 21, Description = "The age from which a student mentor consents alone, reckoned on the day of the appointment.", DescriptionRu = "Возраст, с которого обучающийся-наставник даёт согласие сам; определяется на день назначения.")]
internal sealed class MinorMentorRepresentativeConsent : Rule
{
    private static readonly (string Ru, string En) What = ("согласие законного представителя", "legal representative's consent");

    private static readonly (string Ru, string En) Required = ("письменное согласие законного представителя", "a legal representative's written consent");

    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Student mentor = null!;

        // The student's pairs as a mentor, their programs and the consents given on the student's behalf are the case's,
        // looked up by identifier (keyed queries), not collected by comparing every student with every pair and consent.
        When()
            .Match(() => evaluation)
            .Match(() => mentor, m => evaluation.Case.PairsMentoredBy(m.Id).Count > 0);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), mentor, evaluation.Case.PairsMentoredBy(mentor.Id))));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, Student mentor, IReadOnlyList<MentoringPair> pairs) =>
        Judge(evaluation, parameters, mentor, pairs, evaluation.Case.ProgramsOf(pairs.Select(p => p.Id)),
            [.. evaluation.ConsentsAbout(mentor.Id, ConsentKind.LegalRepresentative, ConsentKind.MentorParticipation).Where(c => c.OnBehalfOf == mentor.Id)]);

    private static Verdict Judge(
        Evaluation evaluation,
        Editions.RuleParameters parameters,
        Student mentor,
        IReadOnlyList<MentoringPair> pairs,
        IReadOnlyList<PersonalizedProgram> programs,
        IReadOnlyList<Consent> consents)
    {
        var majority = parameters.WholeNumber("ageOfMajority") ?? 18;
        var asOf = evaluation.AsOf;
        var subjects = ConsentFacts.Subjects(evaluation.Person(mentor.Id), pairs);
        var appointed = ConsentFacts.AppointedOn(pairs, evaluation.Case, asOf);
        var latest = ConsentFacts.FirstProgramDay(programs, pairs) is { } first && first < asOf ? first : asOf;
        var (minor, age) = ConsentFacts.MinorOn(mentor, appointed?.Date, latest, majority);
        if (minor is null)
        {
            return mentor.BirthDate is null
                ? Verdict.Unknown(
                    [$"дата рождения (наставник: {evaluation.Name(mentor)})"],
                    () => $"{WhoRu()} — несовершеннолетие наставника на день назначения не установлено: дата рождения не представлена.",
                    () => $"{WhoEn()} — whether the mentor was a minor when appointed is unknown: the birth date is not presented.",
                    subjects)
                : Verdict.Unknown(
                    [$"приказ о закреплении пары {ConsentFacts.Ids(pairs)} или дата её формирования"],
                    () => $"{WhoRu()} — несовершеннолетие наставника на день назначения не установлено: день назначения не известен.",
                    () => $"{WhoEn()} — whether the mentor was a minor when appointed is unknown: the day of the appointment is unknown.",
                    subjects);
        }

        if (minor == false)
        {
            return Verdict.NotApplicable(
                () => $"{WhoRu()} — на день назначения ({appointed!.Date:dd.MM.yyyy}) наставнику исполнилось {ConsentFacts.YearsRu(majority)}; согласие законного представителя не требуется.",
                () => $"{WhoEn()} — the mentor was {majority} or older when appointed ({appointed!.Date:yyyy-MM-dd}); no legal representative's consent is needed.",
                subjects);
        }

        var about = ConsentFacts.About(consents, mentor.Id, asOf);
        if (about.Count == 0)
        {
            return Verdict.Unknown(
                [$"письменное согласие законного представителя (наставник: {evaluation.Name(mentor)})"],
                () => $"{WhoRu()} — несовершеннолетний наставник; согласие законного представителя не представлено (вывод: Положение о муниципальной целевой программе … г. Аргун, п. 6.3, предусматривает наставников из числа обучающихся).",
                () => $"{WhoEn()} — a minor mentor; a legal representative's consent is not presented (inferred: the Argun municipal programme regulation, item 6.3, provides for student mentors).",
                subjects);
        }

        if (appointed is null)
        {
            return Verdict.Unknown(
                [$"приказ о закреплении пары {ConsentFacts.Ids(pairs)} или дата её формирования"],
                () => $"{WhoRu()} — день назначения не известен, и своевременность согласия законного представителя не проверить.",
                () => $"{WhoEn()} — the day of the appointment is unknown, so whether the legal representative's consent came in time cannot be checked.",
                [.. subjects, .. about.Select(Subject.Of)]);
        }

        if (appointed.Order is { } order)
        {
            subjects.Add(Subject.Of(order));
        }

        var day = ($"назначения {appointed.Ru}", $"the appointment {appointed.En}");
        var standing = ConsentFacts.Standing(about, appointed.Date, asOf);
        if (standing.Deciding is { } deciding)
        {
            subjects.Add(Subject.Of(deciding));
        }

        if (ConsentFacts.Breach(standing, What, Required, day) is { } breach)
        {
            return Verdict.Violated(
                () => $"{WhoRu()} — {breach.Ru} (вывод: Положение, п. 2.4, называет согласие законного представителя только для наставляемых).",
                () => $"{WhoEn()} — {breach.En} (inferred: the regulation, item 2.4, names a representative's consent for mentees only).",
                subjects);
        }

        var consent = standing.Deciding!;
        return Verdict.Satisfied(
            () => $"{WhoRu()} — письменное согласие законного представителя ({evaluation.Name(consent.GivenBy)}) от {consent.GivenOn:dd.MM.yyyy} дано не позднее {day.Item1}.",
            () => $"{WhoEn()} — the legal representative's ({evaluation.Name(consent.GivenBy)}) written consent of {consent.GivenOn:yyyy-MM-dd} was given on or before {day.Item2}.",
            subjects);

        string WhoRu() => age is { } a
            ? $"Наставник-обучающийся: {evaluation.Name(mentor)} ({ConsentFacts.PairsRu(pairs)}; возраст при назначении — {ConsentFacts.YearsRu(a)})"
            : $"Наставник-обучающийся: {evaluation.Name(mentor)} ({ConsentFacts.PairsRu(pairs)})";

        string WhoEn() => age is { } a
            ? $"Student mentor: {evaluation.Name(mentor)} ({ConsentFacts.PairsEn(pairs)}; aged {a} when appointed)"
            : $"Student mentor: {evaluation.Name(mentor)} ({ConsentFacts.PairsEn(pairs)})";
    }
}
