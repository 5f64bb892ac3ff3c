using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.CompletionParts;
using static Mentoring.Rules.Tests.Policies.Support.ProgramParts;

namespace Mentoring.Rules.Tests.Policies.Completion;

/// <summary>A program that ended, with a notice, a release petition, activities done on time or late, and two dates of validation after it.</summary>
public sealed record EndedProgram(
    DateOnly Start, int LengthDays, bool Early, int NoticeDaysBefore, int PetitionDaysBefore, int[] DueOffsets, int?[] Delays, bool Reported, int After, int Later);

/// <summary>The generators of the temporal-stability property.</summary>
public static class EndedProgramArbitraries
{
    /// <summary>Starts from 2025-03 to 2027, ending 30–400 days later, notices 0–6 days before the ending.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EndedProgram> Programs() =>
        (from start in Gen.Choose(0, 800).Select(d => D(2025, 3, 1).AddDays(d))
         from length in Gen.Choose(30, 400)
         from early in Gen.Elements(true, false)
         from notice in Gen.Choose(0, 6)
         from petition in Gen.Choose(0, 10)
         from count in Gen.Choose(1, 4)
         from dues in Gen.ArrayOf(Gen.Choose(0, 420), count)
         from delays in Gen.ArrayOf(Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-5, 5).Select(d => (int?)d)), count)
         from reported in Gen.Elements(true, false)
         from after in Gen.Choose(10, 90)
         from later in Gen.Choose(1, 3000)
         select new EndedProgram(start, length, early, notice, petition, dues, delays, reported, after, later)).ToArbitrary();
}

/// <summary>
/// Principle 1: a finding about a completed program or a past notice does not change when only the date of validation
/// moves later (every program and completion rule, the mentor's report switched on).
/// </summary>
public sealed class CompletionTemporalStabilityTests
{
    [Property(Arbitrary = new[] { typeof(EndedProgramArbitraries) }, MaxTest = 60)]
    public bool Validate_DateOfValidationMovesLater_FindingsAboutTheEndedProgramUnchanged(EndedProgram t)
    {
        var end = t.Start.AddDays(t.LengthDays);
        var @case = Case(t, end);
        var first = end.AddDays(t.After);
        var second = first.AddDays(t.Later);

        return Findings(@case, first).SequenceEqual(Findings(@case, second));
    }

    private static Mentoring.Domain.Cases.MentoringCase Case(EndedProgram t, DateOnly end)
    {
        var activities = t.DueOffsets
            .Select((offset, i) => (Due: t.Start.AddDays(offset), Delay: t.Delays[i], Id: $"a{i}"))
            .Select(a => Activity(a.Id, a.Due, a.Delay is { } delay && a.Due.AddDays(delay) <= end ? a.Due.AddDays(delay) : null))
            .ToArray();
        var ending = t.Early
            ? Ending(CompletionGround.ParticipantInitiative, end, "нагрузка", "m1", end.AddDays(-t.NoticeDaysBefore))
            : Ending(CompletionGround.PlanCompleted, end);
        return School().Organization("h1").Teacher("h1", head: true).Teacher("m1").Teacher("t1")
            .Pair("p1", ["m1"], ["t1"], formedOn: t.Start)
            .FullProgram("prog-1", "p1", t.Start, t.Start.AddDays(t.LengthDays + 10), p =>
            {
                p.Started(t.Start);
                _ = t.Early ? p.TerminatedWith(ending) : p.CompletedWith(ending);
                if (t.Reported)
                {
                    Succeeds(p.RecordMentorReport(Ok(MentorReport.Create(end.AddDays(3), P("m1")))));
                }
            }, activities: activities)
            .Petition("pet-1", PetitionKind.MentorRelease, "p1", "m1", end.AddDays(-t.PetitionDaysBefore))
            .Build();
    }

    private static List<string> Findings(Mentoring.Domain.Cases.MentoringCase @case, DateOnly asOf) =>
        [.. PolicyRunner.Validate(@case, asOf, e => e.Enable("program.mentor-report")).Findings
            .Where(f => f.RuleId.StartsWith("program.", StringComparison.Ordinal) || f.RuleId.StartsWith("completion.", StringComparison.Ordinal))
            .Select(f => $"{f.RuleId} {string.Join(",", f.Subjects.Select(s => s.Id))}: {f.Outcome} {f.Severity}")
            .Order(StringComparer.Ordinal)];
}
