using Mentoring.Domain.Consents;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Consents;

/// <summary>The mentee gives written consent to take part in mentoring.</summary>
/// <remarks>
/// 003 §2.1, §2.4 («Письменное согласие наставляемого (законного представителя несовершеннолетнего наставляемого)»).
/// The subject is each mentee of a pair or group. The consent is a mentee's consent to take part, or a legal
/// representative's consent given for the mentee (the clause's alternative for a minor), written and in force on the
/// date of validation. No consent recorded is unknown, not refused; a consent given only in mutual form, or withdrawn
/// while the person is still a mentee, is a violation.
/// </remarks>
[Name("consent.mentee-written")]
[Title("Наставляемый дал письменное согласие на участие", "The mentee gives written consent to take part")]
[Citation("003 §2.1, §2.4", "Письменное согласие наставляемого (законного представителя несовершеннолетнего наставляемого)")]
[Severity(Severity.Error)]
internal sealed class MenteeWrittenConsent : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        IPerson mentee = null!;
        IReadOnlyList<MentoringPair> pairs = null!;
        IReadOnlyList<Consent> consents = null!;

        When()
            .Match(() => evaluation)
            .Match(() => mentee)
            .Query(() => pairs, q => q.Match<MentoringPair>(p => p.Mentees.Contains(mentee.Id)).CollectList())
            .Having(() => pairs.Count > 0)
            .Query(() => consents, q => q.Match<Consent>(
                c => c.Kind == ConsentKind.MenteeParticipation || c.Kind == ConsentKind.LegalRepresentative,
                c => c.Subject == mentee.Id).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, mentee, pairs, consents)));
    }

    private static Verdict Judge(Evaluation evaluation, IPerson mentee, IReadOnlyList<MentoringPair> pairs, IReadOnlyList<Consent> consents)
    {
        var asOf = evaluation.AsOf;
        var subjects = ConsentFacts.Subjects(evaluation.Person(mentee.Id), pairs);

        var standing = ConsentFacts.Standing(ConsentFacts.About(consents, mentee.Id, asOf), asOf);
        if (standing.State == ConsentState.None)
        {
            return Verdict.Unknown(
                [$"письменное согласие {evaluation.Name(mentee)} (или законного представителя) на участие в программе наставничества"],
                () => $"{WhoRu()}: в деле нет согласия на участие в программе наставничества.",
                () => $"{WhoEn()}: the case has no consent to take part in mentoring.",
                subjects);
        }

        if (ConsentFacts.Refusal(standing, WhoRu, WhoEn, "письменное согласие", "a written consent", subjects) is { } refused)
        {
            return refused;
        }

        var consent = standing.InForce[0];
        return Verdict.Satisfied(
            () => $"{WhoRu()}: {ConsentFacts.Ru(consent)} в письменной форме.",
            () => $"{WhoEn()}: the {ConsentFacts.En(consent)} is written.",
            [.. subjects, Subject.Of(consent)]);

        string WhoRu() => $"Наставляемый {evaluation.Name(mentee)} (пары {ConsentFacts.Ids(pairs)})";
        string WhoEn() => $"Mentee {evaluation.Name(mentee)} (pairs {ConsentFacts.Ids(pairs)})";
    }
}
