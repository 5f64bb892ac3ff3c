using Mentoring.Domain.Consents;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Consents;

/// <summary>The mentee gives written consent to take part in mentoring.</summary>
/// <remarks>
/// <para>
/// 003 §2.1 («письменным согласием наставника и наставляемого на участие в программе наставничества»), §2.4
/// («Письменное согласие наставляемого (законного представителя несовершеннолетнего наставляемого)»). The subject is
/// each mentee of a pair or group. Judged on: the day the mentee joined — the earliest pairing order fixing one of the
/// mentee's pairs (principle 6), else the day the pair was formed (readings.md, principle 1).
/// </para>
/// <para>
/// The mentee's own written consent to take part (<see cref="ConsentKind.MenteeParticipation"/>, given by the mentee),
/// given on or before that day and not withdrawn before it, satisfies the rule. A legal representative's written
/// consent given for the mentee replaces it only for a mentee who was a minor on that day (<c>ageOfMajority</c> of
/// <c>consent.minor-representative</c>, 18); for a mentee of age it is no consent of the mentee's, and for one whose
/// minority cannot be told the outcome is unknown. Nothing recorded is unknown and a missing written document; a
/// recorded refusal, a late, withdrawn-before or mutual consent is a violation — a mutual («обоюдное») consent counts
/// only where the edition's source says so (<c>consentForm</c> = mutual: «при обоюдном согласии наставника и
/// наставляемого»), as for the mentor (<c>consent.mentor-written</c>; readings.md). Unlike the mentor's, the mentee's
/// mutual consent has no end date: ТК РФ, ст. 351.8 requires the written form of the employee who takes on mentoring,
/// not of the mentee, so a mutual consent counts under such an edition for a mentee who joins on any day. A legal
/// representative's consent stays written (003 §2.4). A withdrawal after the day while a
/// program of the mentee's pairs runs on is a warning: it breaches the reading that the consent must stand throughout,
/// not the reading that it is a condition of joining (principle 7).
/// </para>
/// </remarks>
[JudgedOn("the day the mentee joined — the earliest pairing order fixing one of the mentee's pairs (principle 6), else the day the pair was formed (readings.md, principle 1).")]
[Name("consent.mentee-written")]
[Title("Наставляемый дал письменное согласие на участие", "The mentee gives written consent to take part")]
[Citation("003 §2.1, §2.4", "Письменное согласие наставляемого (законного представителя несовершеннолетнего наставляемого)")]
[Severity(Severity.Error)]
[RuleParameter("consentForm", ParameterKind.Choice, "\"written\"", Choices = "written|mutual", Description = "The form of the mentee's consent: written (003) or mutual («при обоюдном согласии наставника и наставляемого», only where the edition's source says so).", DescriptionRu = "Форма согласия наставляемого: письменное (целевая модель г. Аргун) или обоюдное («при обоюдном согласии наставника и наставляемого», только если так сказано в источнике редакции).")]
internal sealed class MenteeWrittenConsent : Rule
{
    private static readonly (string Ru, string En) What = ("согласие на участие в программе наставничества", "consent to take part in mentoring");

    private static readonly (string Ru, string En) Required = ("письменное согласие наставляемого", "the mentee's written consent");

    private static readonly (string Ru, string En) RequiredOrMutual = ("письменное или обоюдное согласие наставляемого", "the mentee's written or mutual consent");

    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        IPerson mentee = null!;

        // The mentee's pairs, their programs and the consents about the mentee are the case's, looked up by identifier
        // (keyed queries), not collected by comparing every mentee with every pair and every consent.
        When()
            .Match(() => evaluation)
            .Match(() => mentee, m => evaluation.PairsMentoring(m.Id).Count > 0);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, evaluation.ParametersOf(ctx), mentee, evaluation.PairsMentoring(mentee.Id))));
    }

    private static Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, IPerson mentee, IReadOnlyList<MentoringPair> pairs) =>
        Judge(evaluation, parameters, mentee, pairs, evaluation.Case.ProgramsOf(pairs.Select(p => p.Id)),
            evaluation.ConsentsAbout(mentee.Id, ConsentKind.MenteeParticipation, ConsentKind.LegalRepresentative));

    private static Verdict Judge(
        Evaluation evaluation,
        Editions.RuleParameters parameters,
        IPerson mentee,
        IReadOnlyList<MentoringPair> pairs,
        IReadOnlyList<PersonalizedProgram> programs,
        IReadOnlyList<Consent> consents)
    {
        var asOf = evaluation.AsOf;
        var majority = evaluation.Edition.Parameters("consent.minor-representative").WholeNumber("ageOfMajority") ?? 18;
        var subjects = ConsentFacts.Subjects(evaluation.Person(mentee.Id), pairs);
        var all = ConsentFacts.About(consents, mentee.Id, asOf);
        var own = all.Where(c => c.OnBehalfOf is null).ToList();
        var represented = all.Where(c => c.OnBehalfOf is not null).ToList();
        if (all.Count == 0)
        {
            return Verdict.Unknown(
                [$"письменное согласие на участие в программе наставничества (наставляемый: {evaluation.Name(mentee)})"],
                () => $"{WhoRu()} — письменное согласие на участие в программе наставничества не представлено.",
                () => $"{WhoEn()} — the written consent to take part in mentoring is not presented.",
                subjects).AsMissingDocument();
        }

        var joined = ConsentFacts.AppointedOn(pairs, evaluation.Case, asOf);
        if (joined is null)
        {
            return Verdict.Unknown(
                [$"приказ о закреплении пары {ConsentFacts.Ids(pairs)} или дата её формирования"],
                () => $"{WhoRu()} — день включения в пару не известен: приказ о закреплении пары и дата её формирования не представлены.",
                () => $"{WhoEn()} — the day the mentee joined is unknown: neither a pairing order nor the day the pair was formed is presented.",
                [.. subjects, .. all.Select(Subject.Of)]);
        }

        if (joined.Order is { } order)
        {
            subjects.Add(Subject.Of(order));
        }

        var day = ($"включения в пару {joined.Ru}", $"joining {joined.En}");
        var (minor, _) = ConsentFacts.MinorOn(mentee, joined.Date, joined.Date, majority);
        var acceptMutual = parameters.Choice("consentForm") == "mutual";
        var required = acceptMutual ? RequiredOrMutual : Required;
        var standing = ConsentFacts.Standing(own, joined.Date, asOf, acceptMutual);
        if (standing.State != ConsentState.InForce && represented.Count != 0)
        {
            var byRepresentative = ConsentFacts.Standing(represented, joined.Date, asOf);
            if (byRepresentative.State == ConsentState.InForce)
            {
                if (minor is null)
                {
                    return Verdict.Unknown(
                        [$"дата рождения (наставляемый: {evaluation.Name(mentee)})"],
                        () => $"{WhoRu()} — представлено согласие законного представителя; заменяет ли оно согласие наставляемого, не известно: дата рождения не представлена.",
                        () => $"{WhoEn()} — a legal representative's consent is presented; whether it replaces the mentee's own is unknown: the birth date is not presented.",
                        [.. subjects, Subject.Of(byRepresentative.Deciding!)]);
                }

                if (minor == true)
                {
                    standing = byRepresentative;
                }
                else if (standing.State == ConsentState.None)
                {
                    var representative = byRepresentative.Deciding!;
                    return Verdict.Violated(
                        () => $"{WhoRu()} — на день {day.Item1} наставляемому исполнилось {ConsentFacts.YearsRu(majority)}; согласие законного представителя от {representative.GivenOn:dd.MM.yyyy} не заменяет собственное письменное согласие наставляемого, а оно не представлено.",
                        () => $"{WhoEn()} — the mentee was of age on the day of {day.Item2}; the legal representative's consent of {representative.GivenOn:yyyy-MM-dd} does not replace the mentee's own written consent, which is not presented.",
                        [.. subjects, Subject.Of(representative)]);
                }
            }
        }

        if (standing.Deciding is { } deciding)
        {
            subjects.Add(Subject.Of(deciding));
        }

        if (ConsentFacts.Breach(standing, What, required, day) is { } breach)
        {
            return Verdict.Violated(() => $"{WhoRu()} — {breach.Ru}.", () => $"{WhoEn()} — {breach.En}.", subjects);
        }

        if (standing.State == ConsentState.None)
        {
            return Verdict.Unknown(
                [$"письменное согласие на участие в программе наставничества (наставляемый: {evaluation.Name(mentee)})"],
                () => $"{WhoRu()} — письменное согласие наставляемого на участие в программе наставничества не представлено.",
                () => $"{WhoEn()} — the mentee's written consent to take part in mentoring is not presented.",
                subjects).AsMissingDocument();
        }

        var timely = standing.Deciding!;
        var by = timely.OnBehalfOf is null ? ("", "") : ($" (законный представитель: {evaluation.Name(timely.GivenBy)})", $" (legal representative: {evaluation.Name(timely.GivenBy)})");
        if (standing.EndedOn is { } ended && ConsentFacts.RunningAfter(programs, pairs, ended, asOf) is { } running)
        {
            subjects.Add(Subject.Of(running));
            return Verdict.Violated(
                () => $"{WhoRu()} — согласие от {timely.GivenOn:dd.MM.yyyy}{by.Item1} дано до {day.Item1}, но отозвано {ended:dd.MM.yyyy}, а программа {running.Id} продолжается; нарушение по прочтению, при котором согласие должно действовать всё время участия.",
                () => $"{WhoEn()} — the consent of {timely.GivenOn:yyyy-MM-dd}{by.Item2} was given before {day.Item2}, but withdrawn on {ended:yyyy-MM-dd} while program {running.Id} runs on; a breach under the reading that the consent must stand throughout the participation.",
                subjects).AsWarning();
        }

        var form = timely.Form == ConsentForm.Mutual ? ("обоюдное", "mutual") : ("письменное", "written");
        return Verdict.Satisfied(
            () => $"{WhoRu()} — {form.Item1} {What.Ru} от {timely.GivenOn:dd.MM.yyyy}{by.Item1} дано не позднее {day.Item1}.",
            () => $"{WhoEn()} — the {form.Item2} {What.En} of {timely.GivenOn:yyyy-MM-dd}{by.Item2} was given on or before {day.Item2}.",
            subjects);

        string WhoRu() => $"Наставляемый: {evaluation.Name(mentee)} ({ConsentFacts.PairsRu(pairs)})";
        string WhoEn() => $"Mentee: {evaluation.Name(mentee)} ({ConsentFacts.PairsEn(pairs)})";
    }
}
