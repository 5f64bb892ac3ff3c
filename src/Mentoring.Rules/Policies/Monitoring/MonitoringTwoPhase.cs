using Mentoring.Domain;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.Programs;
using NRules.Fluent.Dsl;
using Mentoring.Rules.Policies.Programs;

namespace Mentoring.Rules.Policies.Monitoring;

/// <summary>Every participant of a program is assessed before entering it and after it.</summary>
/// <remarks>
/// 003 §7.2–7.5: «на всех участников» — the mentors and the mentees of the program's pair or group. The first phase
/// counts when an assessment of the person in phase «before entry» is dated on or before the program's start; the second,
/// required once the program has ended, when one in phase «after completion» is dated on or after the ending. An
/// assessment counts for the program when it names it or names no program. A program that has not started by the date
/// of validation is not judged; a case with no assessment at all is unknown (the monitoring data are not given).
/// <para>Judged on: the program's start (the first phase, on or before it) and its ending (the second, on or after it).</para>
/// </remarks>
[JudgedOn("the program's start (the first phase, on or before it) and its ending (the second, on or after it).")]
[Name("monitoring.two-phase")]
[Title("Участники оцениваются до входа в программу и по её итогам", "Participants are assessed before entering a program and after it")]
[Citation("003 §7.2–7.5", "Процесс мониторинга влияния программ на всех участников включает два подэтапа, первый из которых осуществляется до входа в программу наставничества, а второй – по итогам прохождения программы")]
[Severity(Severity.Warning)]
internal sealed class MonitoringTwoPhase : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        PersonalizedProgram program = null!;
        MentoringPair pair = null!;
        IReadOnlyList<Assessment> assessments = null!;

        When()
            .Match(() => evaluation)
            .Query(() => assessments, q => q.Match<Assessment>().CollectList())
            .Match(() => program)
            .Let(() => pair, () => evaluation.Case.FindPair(program.PairId)!) // the program's pair, by key (no join with every pair)
            .Having(() => pair != null);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, program, pair, assessments)));
    }

    private static Verdict Judge(Evaluation evaluation, PersonalizedProgram program, MentoringPair pair, IReadOnlyList<Assessment> assessments)
    {
        Subject[] subjects = [Subject.Of(program), Subject.Of(pair)];
        var start = program.Term.Start;
        if (start > evaluation.AsOf)
        {
            return Verdict.NotApplicable(
                () => $"Программа {program.Id} начинается {start:dd.MM.yyyy}, после даты проверки.",
                () => $"Program {program.Id} starts on {start:yyyy-MM-dd}, after the date of validation.",
                subjects);
        }

        if (assessments.Count == 0)
        {
            return Verdict.Unknown(
                ["результаты мониторинга (оценки участников до входа в программу и по её итогам)"],
                () => $"В деле нет ни одной оценки участников, поэтому двухэтапный мониторинг программы {program.Id} проверить нельзя.",
                () => $"The case has no assessments, so the two-phase monitoring of program {program.Id} cannot be checked.",
                subjects);
        }

        var ended = program.Completion?.Date;
        List<(PersonId Person, bool AfterCompletion)>? missing = null;
        // The mentors, then the mentees (as PairTexts.Participants, without building the list).
        foreach (var people in (ReadOnlySpan<IReadOnlyList<PersonId>>)[pair.Mentors, pair.Mentees])
        {
            foreach (var person in people)
            {
                if (!Assessed(assessments, person, program, AssessmentPhase.BeforeEntry, start))
                {
                    (missing ??= []).Add((person, false));
                }

                if (ended is { } end && !Assessed(assessments, person, program, AssessmentPhase.AfterCompletion, end))
                {
                    (missing ??= []).Add((person, true));
                }
            }
        }

        if (missing is not null)
        {
            var named = new List<Subject>(subjects.Length + missing.Count);
            named.AddRange(subjects);
            foreach (var (person, _) in missing)
            {
                named.Add(evaluation.Person(person)); // the verdict keeps the first of repeated subjects
            }

            return Verdict.Violated(
                () => $"По программе {program.Id} {PairTexts.Ru(evaluation, pair)} нет оценки: {string.Join("; ", missing.Select(m => m.AfterCompletion ? $"{evaluation.Name(m.Person)} — по итогам программы" : $"{evaluation.Name(m.Person)} — до входа в программу"))}.",
                () => $"Program {program.Id} lacks assessments: {string.Join("; ", missing.Select(m => m.AfterCompletion ? $"{evaluation.Name(m.Person)} after completion" : $"{evaluation.Name(m.Person)} before entry"))}.",
                named);
        }

        return Verdict.Satisfied(
            () => ended is null
                ? $"Все участники программы {program.Id} оценены до входа в программу; оценка по итогам — после её завершения."
                : $"Все участники программы {program.Id} оценены до входа в программу и по её итогам.",
            () => ended is null
                ? $"Every participant of program {program.Id} was assessed before entry; the second phase follows the ending."
                : $"Every participant of program {program.Id} was assessed before entry and after completion.",
            subjects);
    }

    /// <summary>
    /// True when the person has an assessment in the phase for the program (or for no program), dated on or before the
    /// day for the first phase and on or after it for the second.
    /// </summary>
    private static bool Assessed(IReadOnlyList<Assessment> assessments, PersonId person, PersonalizedProgram program, AssessmentPhase phase, DateOnly day)
    {
        foreach (var a in assessments)
        {
            if (a.PersonId == person
                && (a.ProgramId is null || a.ProgramId == program.Id)
                && a.Phase == phase
                && (phase == AssessmentPhase.BeforeEntry ? a.Date <= day : a.Date >= day))
            {
                return true;
            }
        }

        return false;
    }
}
