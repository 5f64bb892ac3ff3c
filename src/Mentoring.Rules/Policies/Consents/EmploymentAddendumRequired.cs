using Mentoring.Domain.Employment;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Consents;

/// <summary>
/// From 2025-03-01 a mentoring assignment is fixed in the employment contract or an addendum to it stating the content,
/// term, form and pay of the mentoring.
/// </summary>
/// <remarks>
/// <para>
/// ТК РФ, ст. 351.8 (381-ФЗ of 09.11.2024), in force from 2025-03-01: before that day the rule does not apply. The
/// subject is each teacher who mentors a pair or group whose mentoring goes on on or after 2025-03-01 (a pair with no
/// program, or with a program whose completion or end is on or after that day). Judged on: the day of each pair's
/// assignment — its pairing order (principle 6), else the day it was formed (readings.md, principle 1).
/// </para>
/// <para>
/// An assignment made from 2025-03-01 needs the addendum: a part stated in none of the teacher's contracts and addenda
/// signed by the date of validation is a violation, and none recorded is unknown and a missing written document. An
/// assignment made earlier and continuing past 2025-03-01 was lawful when made (ТК РФ, ст. 12): without an addendum it
/// is a warning; so is an assignment whose day is not recorded (it may be either).
/// </para>
/// </remarks>
[JudgedOn("the day of each pair's assignment — its pairing order (principle 6), else the day it was formed (readings.md, principle 1).")]
[Name("consent.employment-addendum")]
[Title("Наставничество оформлено трудовым договором или дополнительным соглашением", "Mentoring is fixed in the employment contract or an addendum")]
[Citation("TK 351.8", "В трудовом договоре или дополнительном соглашении к трудовому договору с работником, которому работодатель поручает работу по наставничеству, указываются содержание, сроки и форма выполнения такой работы")]
[Severity(Severity.Error)]
[EffectiveFrom("2025-03-01")]
internal sealed class EmploymentAddendumRequired : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        Teacher mentor = null!;

        // The teacher's pairs as a mentor, their programs and the teacher's addenda are the case's, looked up by
        // identifier (keyed queries), not collected by comparing every teacher with every pair and every addendum.
        When()
            .Match(() => evaluation)
            .Match(() => mentor, m => evaluation.Case.PairsMentoredBy(m.Id).Count > 0);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, mentor, evaluation.Case.PairsMentoredBy(mentor.Id))));
    }

    private static Verdict Judge(Evaluation evaluation, Teacher mentor, IReadOnlyList<MentoringPair> pairs) =>
        Judge(evaluation, mentor, pairs, evaluation.Case.ProgramsOf(pairs.Select(p => p.Id)),
            [.. evaluation.AddendaOf(mentor.Id).Where(a => a.SignedOn <= evaluation.AsOf)]);

    private static Verdict Judge(
        Evaluation evaluation,
        Teacher mentor,
        IReadOnlyList<MentoringPair> pairs,
        IReadOnlyList<PersonalizedProgram> programs,
        IReadOnlyList<EmploymentAddendum> addenda)
    {
        var from = ConsentFacts.LabourCodeFrom;
        var current = new List<MentoringPair>(pairs.Count);
        var assignedFrom = new List<MentoringPair>();
        foreach (var pair in pairs)
        {
            if (ConsentFacts.LastDay(programs, pair) is { } last && last < from)
            {
                continue;
            }

            current.Add(pair);
            if (ConsentFacts.AppointedOn([pair], evaluation.Case, evaluation.AsOf) is { } assigned && assigned.Date >= from)
            {
                assignedFrom.Add(pair);
            }
        }

        if (current.Count == 0)
        {
            return Verdict.NotApplicable(
                () => $"Наставник: {evaluation.Name(mentor)} ({ConsentFacts.PairsRu(pairs)}) — наставничество завершено до {from:dd.MM.yyyy}, до вступления в силу ТК РФ, ст. 351.8.",
                () => $"Mentor: {evaluation.Name(mentor)} ({ConsentFacts.PairsEn(pairs)}) — the mentoring ended before {from:yyyy-MM-dd}, when Labour Code art. 351.8 came into force.",
                ConsentFacts.Subjects(Subject.Of(mentor), pairs));
        }

        // An assignment made from 2025-03-01 needs the addendum (error); an earlier one continuing past it, or one of an
        // unrecorded day, is read under the benefit of the doubt (warning).
        var strict = assignedFrom.Count != 0;
        var judged = strict ? assignedFrom : current;
        var subjects = ConsentFacts.Subjects(Subject.Of(mentor), judged);
        var readingRu = strict ? string.Empty : $" Поручение дано до {from:dd.MM.yyyy} или в не известный день и продолжается после этой даты: нарушение по прочтению, при котором ТК РФ, ст. 351.8 распространяется и на продолжающиеся поручения.";
        var readingEn = strict ? string.Empty : $" The assignment was made before {from:yyyy-MM-dd} or on an unrecorded day and continues past that date: a breach under the reading that Labour Code art. 351.8 also covers continuing assignments.";
        if (addenda.Count == 0)
        {
            var unknown = Verdict.Unknown(
                [$"трудовой договор или дополнительное соглашение о наставничестве: содержание, срок, форма, оплата (наставник: {evaluation.Name(mentor)})"],
                () => $"{WhoRu()} — трудовой договор или дополнительное соглашение о наставничестве не представлено.{readingRu}",
                () => $"{WhoEn()} — no employment contract or addendum on mentoring is presented.{readingEn}",
                subjects).AsMissingDocument();
            return strict ? unknown : unknown.AsWarning();
        }

        foreach (var addendum in addenda)
        {
            subjects.Add(Subject.Of(addendum));
        }

        var missing = MissingFromAll(addenda);
        if (missing.Count != 0)
        {
            var violated = Verdict.Violated(
                () => $"{WhoRu()} — в дополнительном соглашении ({DocumentsRu()}) не указано: {string.Join(", ", missing.Select(p => p.Term().NameRu))}.{readingRu}",
                () => $"{WhoEn()} — the addendum ({DocumentsEn()}) does not state: {string.Join(", ", missing.Select(p => p.Term().NameEn))}.{readingEn}",
                subjects);
            return strict ? violated : violated.AsWarning();
        }

        return Verdict.Satisfied(
            () => $"{WhoRu()} — наставничество оформлено дополнительным соглашением ({DocumentsRu()}) с содержанием, сроком, формой и оплатой.",
            () => $"{WhoEn()} — the mentoring is fixed in the addendum ({DocumentsEn()}) with content, term, form and pay.",
            subjects);

        string WhoRu() => $"Наставник: {evaluation.Name(mentor)} ({ConsentFacts.PairsRu(judged)})";
        string WhoEn() => $"Mentor: {evaluation.Name(mentor)} ({ConsentFacts.PairsEn(judged)})";
        string DocumentsRu() => string.Join(", ", addenda.Select(a => $"от {a.SignedOn:dd.MM.yyyy}"));
        string DocumentsEn() => string.Join(", ", addenda.Select(a => $"of {a.SignedOn:yyyy-MM-dd}"));
    }

    /// <summary>The parts that none of the documents states, in the order content, term, form, pay.</summary>
    private static List<AddendumPart> MissingFromAll(IReadOnlyList<EmploymentAddendum> addenda)
    {
        var missing = new List<AddendumPart>();
        foreach (var part in Enum.GetValues<AddendumPart>())
        {
            missing.Add(part);
        }

        foreach (var addendum in addenda)
        {
            var lacks = addendum.MissingParts();
            missing.RemoveAll(part => !lacks.Contains(part));
        }

        return missing;
    }
}
