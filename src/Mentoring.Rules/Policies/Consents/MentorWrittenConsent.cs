using Mentoring.Domain.Consents;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Consents;

/// <summary>A teacher becomes a mentor only with written consent given on or before the appointing order.</summary>
/// <remarks>
/// <para>
/// 002 §2; 003 §2.3; TK 351.8. The subject is each mentor of a pair or group. The consent is a mentor's consent
/// (<see cref="ConsentKind.MentorParticipation"/>) given by or for the mentor; it must be in the form the edition asks
/// (<c>consentForm</c>: written, or for older regulations mutual), in force on the date of validation, and given on or
/// before the appointment: the earliest pairing order fixing one of the mentor's pairs, else the day the pair was formed.
/// </para>
/// <para>
/// From 2025-03-01 TK 351.8 requires written consent of a worker whatever the edition says: a teacher appointed on or
/// after that day (or, with no appointment recorded, validated on or after it) needs a written consent.
/// No consent recorded is unknown (not refused); a consent in the wrong form, withdrawn, or given after the order is
/// a violation; with no appointing order or day recorded, the timing cannot be checked and the outcome is unknown.
/// </para>
/// </remarks>
[Name("consent.mentor-written")]
[Title("Наставник назначается с его письменного согласия", "A mentor is appointed only with written consent")]
[Citation("002 §2; 003 §2.3; TK 351.8", "Педагогический работник назначается наставником с его письменного согласия приказом руководителя образовательной организации")]
[Severity(Severity.Error)]
[RuleParameter("consentForm", ParameterKind.Choice, "\"written\"", Choices = "written|mutual", Description = "The form of the mentor's consent: written (002, 003, TK 351.8) or mutual (older regulations; not for teachers appointed from 2025-03-01).")]
internal sealed class MentorWrittenConsent : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        IPerson mentor = null!;
        IReadOnlyList<MentoringPair> pairs = null!;
        IReadOnlyList<PairingOrder> orders = null!;
        IReadOnlyList<Consent> consents = null!;

        When()
            .Match(() => evaluation)
            .Query(() => orders, q => q.Match<PairingOrder>(o => o.Date <= evaluation.AsOf).CollectList())
            .Query(() => pairs, q => q.Match<MentoringPair>().CollectList())
            .Match(() => mentor, m => ConsentFacts.Mentors(pairs, m.Id))
            .Query(() => consents, q => q.Match<Consent>(c => c.Kind == ConsentKind.MentorParticipation, c => c.Subject == mentor.Id).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), mentor, ConsentFacts.MentoredBy(pairs, mentor.Id), orders, consents)));
    }

    // The query collects every pair once for all people (rather than once per person); the mentor's pairs are picked
    // out when the rule fires (ConsentFacts.MentoredBy), in the case's order.
    private static Verdict Judge(
        Evaluation evaluation,
        Editions.RuleParameters parameters,
        IPerson mentor,
        IReadOnlyList<MentoringPair> pairs,
        IReadOnlyList<PairingOrder> orders,
        IReadOnlyList<Consent> consents)
    {
        var asOf = evaluation.AsOf;
        var appointment = ConsentFacts.AppointedOn(pairs, orders, asOf);
        var labourCode = mentor is Teacher && (appointment?.Date ?? asOf) >= ConsentFacts.LabourCodeFrom;
        var acceptMutual = parameters.Choice("consentForm") == "mutual" && !labourCode;
        var (requiredRu, requiredEn) = acceptMutual
            ? ("письменное или обоюдное согласие", "a written or mutual consent")
            : labourCode
                ? ("письменное согласие (ст. 351.8 ТК РФ, с 01.03.2025)", "a written consent (TK 351.8, from 2025-03-01)")
                : ("письменное согласие", "a written consent");
        var subjects = ConsentFacts.Subjects(evaluation.Person(mentor.Id), pairs);

        var standing = ConsentFacts.Standing(ConsentFacts.About(consents, mentor.Id, asOf), asOf, acceptMutual);
        if (standing.State == ConsentState.None)
        {
            return Verdict.Unknown(
                [$"{requiredRu} {evaluation.Name(mentor)} на работу наставником"],
                () => $"{WhoRu()}: в деле нет согласия на работу наставником; требуется {requiredRu}.",
                () => $"{WhoEn()}: the case has no consent to mentor; {requiredEn} is required.",
                subjects);
        }

        if (ConsentFacts.Refusal(standing, WhoRu, WhoEn, requiredRu, requiredEn, subjects) is { } refused)
        {
            return refused;
        }

        var first = standing.InForce[0];
        if (appointment is null)
        {
            return Verdict.Unknown(
                [$"приказ о закреплении пары {ConsentFacts.Ids(pairs)} или дата её формирования"],
                () => $"{WhoRu()}: {ConsentFacts.Ru(first)} есть, но день назначения наставником неизвестен.",
                () => $"{WhoEn()}: the {ConsentFacts.En(first)} is recorded, but the day of the appointment is unknown.",
                [.. subjects, Subject.Of(first)]);
        }

        if (appointment.Order is { } order)
        {
            subjects.Add(Subject.Of(order));
        }

        var timely = Timely(standing.InForce, appointment.Date);
        if (timely is null)
        {
            subjects.Add(Subject.Of(first));
            return Verdict.Violated(
                () => $"{WhoRu()}: {ConsentFacts.Ru(first)} дано после назначения {appointment.Ru}.",
                () => $"{WhoEn()}: the {ConsentFacts.En(first)} was given after the appointment {appointment.En}.",
                subjects);
        }

        subjects.Add(Subject.Of(timely));
        return Verdict.Satisfied(
            () => $"{WhoRu()}: {ConsentFacts.Ru(timely)} дано не позднее назначения {appointment.Ru}.",
            () => $"{WhoEn()}: the {ConsentFacts.En(timely)} was given on or before the appointment {appointment.En}.",
            subjects);

        string WhoRu() => $"Наставник {evaluation.Name(mentor)} (пары {ConsentFacts.Ids(pairs)})";
        string WhoEn() => $"Mentor {evaluation.Name(mentor)} (pairs {ConsentFacts.Ids(pairs)})";
    }

    /// <summary>The first consent given on or before the day, or null.</summary>
    private static Consent? Timely(IReadOnlyList<Consent> inForce, DateOnly day)
    {
        foreach (var consent in inForce)
        {
            if (consent.GivenOn <= day)
            {
                return consent;
            }
        }

        return null;
    }
}
