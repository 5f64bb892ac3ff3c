// The rule as it was before #14 (kept only here, to measure the old formulation beside the new one).
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Policies.Consents;
using NRules.Fluent.Dsl;

namespace Mentoring.Benchmarks.Before;

/// <summary>A teacher becomes a mentor only with written consent given on or before the appointing order.</summary>
/// <remarks>
/// <para>
/// 002 §2 («Педагогический работник назначается наставником с его письменного согласия приказом руководителя»);
/// 003 §2.3; ТК РФ, ст. 351.8. The subject is each mentor of a pair or group. Judged on: the day of the appointment —
/// the earliest pairing order that fixes one of the mentor's pairs (by listing it, or as the order the pair names:
/// readings.md, principle 6), else the day the pair was formed (readings.md, principle 1).
/// </para>
/// <para>
/// On that day a mentor's consent (<see cref="ConsentKind.MentorParticipation"/>) given by or for the mentor on or
/// before it and not withdrawn before it satisfies the rule. A mutual («обоюдное») consent counts only where the
/// edition's source says so (<c>consentForm</c> = mutual) and only for appointments before 2025-03-01, when ТК РФ,
/// ст. 351.8 came to require a written one (ТК РФ, ст. 12: the new form applies to appointments made from that day).
/// Nothing recorded is unknown and a missing written document (strict validation: a violation); a recorded refusal, a
/// consent given after the appointment or withdrawn before it, or one only in mutual form, is a violation.
/// </para>
/// <para>
/// A withdrawal after the appointment (or a refusal recorded then) is read by its day: before 2025-03-01, and for a
/// mentor who is not the school's employee (a student, a person from outside), it is a request to be released (002 §4,
/// «обращаться … с просьбой о сложении с него обязанностей наставника»), and the program running on meanwhile is lawful;
/// for a teacher from 2025-03-01 it is a refusal under ТК РФ, ст. 351.8 that takes effect after three working days'
/// notice, and only a program of the mentor's pairs still running after that day is a violation.
/// </para>
/// </remarks>
[JudgedOn("the day of the appointment — the earliest pairing order that fixes one of the mentor's pairs (by listing it, or as the order the pair names: readings.md, principle 6), else the day the pair was formed (readings.md, principle 1).")]
[Name("consent.mentor-written")]
[Title("Наставник назначается с его письменного согласия", "A mentor is appointed only with written consent")]
[Citation("002 §2; 003 §2.3; TK 351.8", "Педагогический работник назначается наставником с его письменного согласия приказом руководителя образовательной организации")]
[Severity(Severity.Error)]
[RuleParameter("consentForm", ParameterKind.Choice, "\"written\"", Choices = "written|mutual", Description = "The form of the mentor's consent: written (002, 003, TK 351.8) or mutual (only where the edition's source says so; never for appointments from 2025-03-01).", DescriptionRu = "Форма согласия наставника: письменное (примерное положение, целевая модель г. Аргун, ТК РФ, ст. 351.8) или обоюдное (только если так сказано в источнике редакции; никогда — для назначений с 01.03.2025).")]
internal sealed class MentorWrittenConsent : Rule
{
    /// <summary>The notice of a refusal under ТК РФ, ст. 351.8: three working days.</summary>
    internal const int NoticeWorkingDays = 3;

    private static readonly (string Ru, string En) What = ("согласие на работу наставником", "consent to mentor");

    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        IPerson mentor = null!;
        IReadOnlyList<MentoringPair> pairs = null!;
        IReadOnlyList<PairingOrder> orders = null!;
        IReadOnlyList<PersonalizedProgram> programs = null!;
        IReadOnlyList<Consent> consents = null!;

        When()
            .Match(() => evaluation)
            .Query(() => orders, q => q.Match<PairingOrder>(o => o.Date <= evaluation.AsOf).CollectList())
            .Query(() => pairs, q => q.Match<MentoringPair>().CollectList())
            .Query(() => programs, q => q.Match<PersonalizedProgram>().CollectList())
            .Match(() => mentor, m => ConsentFacts.Mentors(pairs, m.Id))
            .Query(() => consents, q => q.Match<Consent>(c => c.Kind == ConsentKind.MentorParticipation, c => c.Subject == mentor.Id).CollectList());
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), mentor, ConsentFacts.MentoredBy(pairs, mentor.Id), orders, programs, consents)));
    }

    private static Verdict Judge(
        Evaluation evaluation,
        Mentoring.Rules.Editions.RuleParameters parameters,
        IPerson mentor,
        IReadOnlyList<MentoringPair> pairs,
        IReadOnlyList<PairingOrder> orders,
        IReadOnlyList<PersonalizedProgram> programs,
        IReadOnlyList<Consent> consents)
    {
        var asOf = evaluation.AsOf;
        var subjects = ConsentFacts.Subjects(evaluation.Person(mentor.Id), pairs);
        var about = ConsentFacts.About(consents, mentor.Id, asOf);
        var appointment = AppointedOn(pairs, orders, asOf);
        var mutualEdition = parameters.Choice("consentForm") == "mutual";
        if (about.Count == 0)
        {
            return Verdict.Unknown(
                [$"письменное согласие на работу наставником (наставник: {evaluation.Name(mentor)})"],
                () => $"{WhoRu()} — письменное согласие на работу наставником не представлено.",
                () => $"{WhoEn()} — the written consent to mentor is not presented.",
                subjects).AsMissingDocument();
        }

        if (appointment is null && about.All(c => c.IsRefusal))
        {
            var refusal = about[0];
            return Verdict.Violated(
                () => $"{WhoRu()} — {ConsentFacts.Breach(new(ConsentState.Refused, refusal), What, ("письменное согласие", "a written consent"), (string.Empty, string.Empty))!.Value.Ru}.",
                () => $"{WhoEn()} — {ConsentFacts.Breach(new(ConsentState.Refused, refusal), What, ("письменное согласие", "a written consent"), (string.Empty, string.Empty))!.Value.En}.",
                [.. subjects, Subject.Of(refusal)]);
        }

        if (appointment is null)
        {
            return Verdict.Unknown(
                [$"приказ о закреплении пары {ConsentFacts.Ids(pairs)} или дата её формирования"],
                () => $"{WhoRu()} — день назначения наставником не известен: приказ о закреплении пары и дата её формирования не представлены.",
                () => $"{WhoEn()} — the day of the appointment is unknown: neither a pairing order nor the day the pair was formed is presented.",
                [.. subjects, .. about.Select(Subject.Of)]);
        }

        if (appointment.Order is { } order)
        {
            subjects.Add(Subject.Of(order));
        }

        var beforeLabourCode = appointment.Date < ConsentFacts.LabourCodeFrom;
        var acceptMutual = mutualEdition && beforeLabourCode;
        var required = acceptMutual
            ? ("письменное или обоюдное согласие", "a written or mutual consent")
            : mutualEdition
                ? ("письменное согласие (ТК РФ, ст. 351.8, для назначений с 01.03.2025)", "a written consent (Labour Code art. 351.8, for appointments from 2025-03-01)")
                : ("письменное согласие", "a written consent");
        var day = ($"назначения {appointment.Ru}", $"the appointment {appointment.En}");
        var standing = ConsentFacts.Standing(about, appointment.Date, asOf, acceptMutual);
        if (standing.Deciding is { } deciding)
        {
            subjects.Add(Subject.Of(deciding));
        }

        if (ConsentFacts.Breach(standing, What, required, day) is { } breach)
        {
            return Verdict.Violated(() => $"{WhoRu()} — {breach.Ru}.", () => $"{WhoEn()} — {breach.En}.", subjects);
        }

        var timely = standing.Deciding!;
        var given = ($"{What.Ru} от {timely.GivenOn:dd.MM.yyyy} дано не позднее {day.Item1}", $"the {What.En} of {timely.GivenOn:yyyy-MM-dd} was given on or before {day.Item2}");
        if (standing.EndedOn is not { } ended)
        {
            return Verdict.Satisfied(() => $"{WhoRu()} — {given.Item1}.", () => $"{WhoEn()} — {given.Item2}.", subjects);
        }

        if (mentor is not Teacher || ended < ConsentFacts.LabourCodeFrom)
        {
            // 002 §4: a request to be released; the program running on until it is granted is lawful.
            return Verdict.Satisfied(
                () => $"{WhoRu()} — {given.Item1}; отзыв согласия {ended:dd.MM.yyyy} — просьба о сложении обязанностей наставника, продолжение программы до решения по ней правомерно.",
                () => $"{WhoEn()} — {given.Item2}; its withdrawal on {ended:yyyy-MM-dd} is a request to be released, and the program running on until it is decided is lawful.",
                subjects);
        }

        var effect = ProductionCalendar.Russia.AddWorkingDays(ended, NoticeWorkingDays).Value;
        if (ConsentFacts.RunningAfter(programs, pairs, effect, asOf) is { } running)
        {
            subjects.Add(Subject.Of(running));
            return Verdict.Violated(
                () => $"{WhoRu()} — отказ от наставничества {ended:dd.MM.yyyy} (ТК РФ, ст. 351.8) вступил в силу по истечении 3 рабочих дней, {effect:dd.MM.yyyy}, а программа {running.Id} продолжается и после этого дня.",
                () => $"{WhoEn()} — the refusal of mentoring on {ended:yyyy-MM-dd} (Labour Code art. 351.8) took effect after 3 working days, on {effect:yyyy-MM-dd}, yet program {running.Id} runs on after that day.",
                subjects);
        }

        return Verdict.Satisfied(
            () => $"{WhoRu()} — {given.Item1}; отказ от наставничества {ended:dd.MM.yyyy} (ТК РФ, ст. 351.8) вступает в силу по истечении 3 рабочих дней, {effect:dd.MM.yyyy}; после этого дня программа не продолжается.",
            () => $"{WhoEn()} — {given.Item2}; the refusal of mentoring on {ended:yyyy-MM-dd} (Labour Code art. 351.8) takes effect after 3 working days, on {effect:yyyy-MM-dd}; no program runs on after that day.",
            subjects);

        string WhoRu() => $"Наставник: {evaluation.Name(mentor)} ({ConsentFacts.PairsRu(pairs)})";
        string WhoEn() => $"Mentor: {evaluation.Name(mentor)} ({ConsentFacts.PairsEn(pairs)})";
    }

    /// <summary>The former <c>ConsentFacts.AppointedOn</c>: every pairing order looked at for each mentor.</summary>
    private static Appointment? AppointedOn(IReadOnlyList<MentoringPair> pairs, IEnumerable<PairingOrder> orders, DateOnly asOf)
    {
        PairingOrder? firstOrder = null;
        MentoringPair? orderedPair = null;
        foreach (var order in orders)
        {
            if (order.Date > asOf || (firstOrder is not null && order.Date >= firstOrder.Date))
            {
                continue;
            }

            foreach (var pair in pairs)
            {
                if (ConsentFacts.Fixes(order, pair))
                {
                    firstOrder = order;
                    orderedPair = pair;
                    break;
                }
            }
        }

        if (firstOrder is not null)
        {
            return new Appointment(firstOrder.Date, firstOrder, orderedPair!);
        }

        MentoringPair? firstFormed = null;
        foreach (var pair in pairs)
        {
            if (pair.FormedOn is { } formed && formed <= asOf && (firstFormed is null || formed < firstFormed.FormedOn!.Value))
            {
                firstFormed = pair;
            }
        }

        return firstFormed is null ? null : new Appointment(firstFormed.FormedOn!.Value, null, firstFormed);
    }
}
