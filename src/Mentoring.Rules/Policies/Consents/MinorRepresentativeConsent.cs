using Mentoring.Domain.Consents;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Rules.Fluent;

namespace Mentoring.Rules.Policies.Consents;

/// <summary>A minor's participation in mentoring needs the written consent of a legal representative.</summary>
/// <remarks>
/// 003 §2.4. The subject is each participant (mentor or mentee) of a pair or group who is younger than
/// <c>ageOfMajority</c> on the date of validation. A student whose birth date is unknown may be a minor: unknown.
/// Teachers and people from outside the organization with no birth date are taken as adults (they work). The consent
/// is a legal representative's consent (<see cref="ConsentKind.LegalRepresentative"/>) given for the minor, written
/// and in force on the date; none recorded is unknown, one only in mutual form or withdrawn is a violation.
/// </remarks>
[RuleId("consent.minor-representative")]
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
            .Query(() => pairs, q => q.Match<MentoringPair>(p => p.Involves(participant.Id)).Collect())
            .Having(() => pairs.Count > 0)
            .Query(() => consents, q => q.Match<Consent>(c => c.Kind == ConsentKind.LegalRepresentative, c => c.OnBehalfOf == participant.Id).Collect());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), participant, pairs, consents)));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, IPerson participant, IReadOnlyList<MentoringPair> pairs, IReadOnlyList<Consent> consents)
    {
        var majority = parameters.WholeNumber("ageOfMajority") ?? 18;
        var asOf = evaluation.AsOf;
        var name = evaluation.Name(participant);
        List<Subject> subjects = [Subject.Of(participant), .. pairs.Select(Subject.Of)];
        var age = participant.AgeOn(asOf);
        if (age is null)
        {
            return participant is Student
                ? Verdict.Unknown(
                    [$"дата рождения {name}"],
                    $"Неизвестно, несовершеннолетний ли обучающийся {name} (пары {ConsentFacts.Ids(pairs)}): нет даты рождения.",
                    $"Whether student {name} (pairs {ConsentFacts.Ids(pairs)}) is a minor is unknown: no birth date.",
                    subjects)
                : Verdict.NotApplicable(
                    $"{name} — работник или внешний участник без даты рождения; считается совершеннолетним.",
                    $"{name} is a worker or an outside participant with no birth date, taken as an adult.",
                    subjects);
        }

        if (age >= majority)
        {
            return Verdict.NotApplicable(
                $"{name} на {asOf:dd.MM.yyyy} исполнилось {age} (совершеннолетие — {majority}).",
                $"{name} is {age} on {asOf:yyyy-MM-dd} (age of majority {majority}).",
                subjects);
        }

        var whoRu = $"Несовершеннолетний участник {name} (возраст — {age}, пары {ConsentFacts.Ids(pairs)})";
        var whoEn = $"Minor participant {name} (aged {age}, pairs {ConsentFacts.Ids(pairs)})";
        var standing = ConsentFacts.Standing(ConsentFacts.About(consents, participant.Id, asOf), asOf);
        if (standing.State == ConsentState.None)
        {
            return Verdict.Unknown(
                [$"письменное согласие законного представителя {name}"],
                $"{whoRu}: в деле нет согласия законного представителя.",
                $"{whoEn}: the case has no consent of a legal representative.",
                subjects);
        }

        if (ConsentFacts.Refusal(standing, whoRu, whoEn, "письменное согласие законного представителя", "a legal representative's written consent", subjects) is { } refused)
        {
            return refused;
        }

        var consent = standing.InForce[0];
        return Verdict.Satisfied(
            $"{whoRu}: есть {ConsentFacts.Ru(consent)} ({evaluation.Name(consent.GivenBy)}).",
            $"{whoEn}: the {ConsentFacts.En(consent)} ({evaluation.Name(consent.GivenBy)}) is recorded.",
            [.. subjects, Subject.Of(consent)]);
    }
}
