using Mentoring.Domain.Consents;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Consents;

/// <summary>A minor's participation in mentoring needs the written consent of a legal representative.</summary>
/// <remarks>
/// 003 §2.4. The subject is each participant (mentor or mentee) of a pair or group who is younger than
/// <c>ageOfMajority</c> on the date of validation. A student whose birth date is unknown may be a minor: unknown.
/// Teachers and people from outside the organization with no birth date are taken as adults (they work). The consent
/// is a legal representative's consent (<see cref="ConsentKind.LegalRepresentative"/>) given for the minor, written
/// and in force on the date; none recorded is unknown, one only in mutual form or withdrawn is a violation.
/// </remarks>
[Name("consent.minor-representative")]
[Title("Участие несовершеннолетнего — с письменного согласия законного представителя", "A minor's participation needs a legal representative's written consent")]
[Citation("003 §2.4", "Письменное согласие наставляемого (законного представителя несовершеннолетнего наставляемого)")]
[Severity(Severity.Error)]
[RuleParameter("ageOfMajority", ParameterKind.WholeNumber, "18", Min = 14, Max = 21, Description = "The age from which a participant consents alone.")]
internal sealed class MinorRepresentativeConsent : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        IPerson participant = null!;
        IReadOnlyList<MentoringPair> pairs = null!;
        IReadOnlyList<Consent> consents = null!;

        When()
            .Match(() => evaluation)
            .Match(() => participant)
            .Query(() => pairs, q => q.Match<MentoringPair>(p => p.Involves(participant.Id)).CollectList())
            .Having(() => pairs.Count > 0)
            .Query(() => consents, q => q.Match<Consent>(c => c.Kind == ConsentKind.LegalRepresentative, c => c.OnBehalfOf == participant.Id).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), participant, pairs, consents)));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, IPerson participant, IReadOnlyList<MentoringPair> pairs, IReadOnlyList<Consent> consents)
    {
        var majority = parameters.WholeNumber("ageOfMajority") ?? 18;
        var asOf = evaluation.AsOf;
        var subjects = ConsentFacts.Subjects(evaluation.Person(participant.Id), pairs);
        var age = participant.AgeOn(asOf);
        if (age is null)
        {
            return participant is Student
                ? Verdict.Unknown(
                    [$"дата рождения {evaluation.Name(participant)}"],
                    () => $"Неизвестно, несовершеннолетний ли обучающийся {evaluation.Name(participant)} (пары {ConsentFacts.Ids(pairs)}): нет даты рождения.",
                    () => $"Whether student {evaluation.Name(participant)} (pairs {ConsentFacts.Ids(pairs)}) is a minor is unknown: no birth date.",
                    subjects)
                : Verdict.NotApplicable(
                    () => $"{evaluation.Name(participant)} — работник или внешний участник без даты рождения; считается совершеннолетним.",
                    () => $"{evaluation.Name(participant)} is a worker or an outside participant with no birth date, taken as an adult.",
                    subjects);
        }

        if (age >= majority)
        {
            return Verdict.NotApplicable(
                () => $"{evaluation.Name(participant)} на {asOf:dd.MM.yyyy} исполнилось {age} (совершеннолетие — {majority}).",
                () => $"{evaluation.Name(participant)} is {age} on {asOf:yyyy-MM-dd} (age of majority {majority}).",
                subjects);
        }

        var standing = ConsentFacts.Standing(ConsentFacts.About(consents, participant.Id, asOf), asOf);
        if (standing.State == ConsentState.None)
        {
            return Verdict.Unknown(
                [$"письменное согласие законного представителя {evaluation.Name(participant)}"],
                () => $"{WhoRu()}: в деле нет согласия законного представителя.",
                () => $"{WhoEn()}: the case has no consent of a legal representative.",
                subjects);
        }

        if (ConsentFacts.Refusal(standing, WhoRu, WhoEn, "письменное согласие законного представителя", "a legal representative's written consent", subjects) is { } refused)
        {
            return refused;
        }

        var consent = standing.InForce[0];
        return Verdict.Satisfied(
            () => $"{WhoRu()}: есть {ConsentFacts.Ru(consent)} ({evaluation.Name(consent.GivenBy)}).",
            () => $"{WhoEn()}: the {ConsentFacts.En(consent)} ({evaluation.Name(consent.GivenBy)}) is recorded.",
            [.. subjects, Subject.Of(consent)]);

        string WhoRu() => $"Несовершеннолетний участник {evaluation.Name(participant)} (возраст — {age}, пары {ConsentFacts.Ids(pairs)})";
        string WhoEn() => $"Minor participant {evaluation.Name(participant)} (aged {age}, pairs {ConsentFacts.Ids(pairs)})";
    }
}
