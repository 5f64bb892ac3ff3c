using FsCheck.Xunit;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Stages;
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.Programs;

public class PersonalizedProgramPropertyTests
{
    private static readonly DateOnly Origin = new(2023, 8, 1);

    [Property(Arbitrary = new[] { typeof(ProgramArbitraries) })]
    public bool RandomTransitionsAndEdits_NeverReachAnInvalidState(ProgramOperations ops)
    {
        var program = new PersonalizedProgramBuilder().Build();
        var counter = 0;
        foreach (var (kind, day, extra) in ops.Operations)
        {
            var date = Origin.AddDays(day);
            var wasFinished = program.IsFinished;
            var before = Snapshot(program);
            var result = Apply(program, kind, date, extra, ref counter);

            if (!ProgramStatuses.Vocabulary.IsDefined(program.Status)
                || (program.Completion is not null) != program.IsFinished
                || program.Activities.Select(a => a.Id).Distinct().Count() != program.Activities.Count
                || program.Term.End < program.Term.Start)
            {
                return false;
            }

            if (wasFinished && kind != 9 && (result.IsSuccess || Snapshot(program) != before))
            {
                return false;
            }
        }

        return true;
    }

    private static string Snapshot(PersonalizedProgram p) =>
        $"{p.Status}|{p.Term}|{p.Form}|{p.Activities.Count}|{p.Activities.Count(a => a.IsDone)}|{p.StageHistory.Count}|{p.Changes.Count}|{p.Completion}";

    private static Result Apply(PersonalizedProgram program, int kind, DateOnly date, int extra, ref int counter)
    {
        var ground = (CompletionGround)((extra % 3) + 1);
        switch (kind)
        {
            case 0:
                return program.Approve(date);
            case 1:
                return program.Activate(date);
            case 2:
                return program.Complete(PersonalizedProgramBuilder.Completion(ground, date));
            case 3:
                return program.Terminate(PersonalizedProgramBuilder.Completion(ground, date));
            case 4:
                counter++;
                return program.AddActivity(PersonalizedProgramBuilder.Activity($"x-{counter % 4}", date));
            case 5:
                return program.MarkActivityDone(ActivityId.Create(extra % 2 == 0 ? "a-1" : "a-2").Value, date);
            case 6:
                return program.EnterStage((ProgramStage)((extra % 5) + 1), date);
            case 7:
                return program.ApplyChange(ProgramChange.Create(ProgramChangeKind.Extension, date, "продление", newEnd: date).Value);
            case 8:
                return program.ApplyChange(ProgramChange.Create(ProgramChangeKind.FormChange, date, "форма", newForm: (MentoringForm)((extra % 5) + 1)).Value);
            default:
                return program.PublishResults(date, "сайт");
        }
    }
}
