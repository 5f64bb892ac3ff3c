using Mentoring.Domain;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Stages;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Support;

/// <summary>Programs with every part of their content, and the steps of their life cycle, for the program rules' tests.</summary>
public static class ProgramParts
{
    public static PlannedActivity Activity(string id, DateOnly due, DateOnly? doneOn = null, string title = "открытый урок") =>
        Ok(PlannedActivity.Create(Ok(ActivityId.Create(id)), title, due, null, doneOn));

    /// <summary>A program stating its form, kinds, direction, difficulties, strengths and activities (each can be left out).</summary>
    public static CaseBuilder FullProgram(
        this CaseBuilder builder,
        string id,
        string pairId,
        DateOnly start,
        DateOnly end,
        Action<PersonalizedProgram>? configure = null,
        MentoringForm? form = MentoringForm.TeacherTeacher,
        MentoringKind[]? kinds = null,
        string? direction = "адаптация молодого специалиста",
        string[]? difficulties = null,
        string[]? strengths = null,
        PlannedActivity[]? activities = null)
    {
        var program = Ok(PersonalizedProgram.Create(
            Ok(ProgramId.Create(id)),
            Pr(pairId),
            Ok(ProgramTerm.Create(start, end)),
            direction,
            difficulties ?? ["дисциплина на уроке"],
            strengths ?? ["ИКТ"],
            form,
            kinds ?? [MentoringKind.Traditional],
            activities ?? [Activity("a1", start.AddDays(30))]));
        configure?.Invoke(program);
        return builder.With(b => b.AddPrograms(program));
    }

    /// <summary>Approves and starts the program on the day.</summary>
    public static PersonalizedProgram Started(this PersonalizedProgram program, DateOnly on)
    {
        Succeeds(program.Approve(on));
        Succeeds(program.Activate(on));
        return program;
    }

    public static PersonalizedProgram Entered(this PersonalizedProgram program, params (ProgramStage Stage, DateOnly On)[] stages)
    {
        foreach (var (stage, on) in stages)
        {
            Succeeds(program.EnterStage(stage, on));
        }

        return program;
    }

    public static PersonalizedProgram Changed(this PersonalizedProgram program, ProgramChangeKind kind, DateOnly on, string[] consentedBy, DateOnly? newEnd = null, MentoringForm? newForm = null)
    {
        Succeeds(program.ApplyChange(Ok(ProgramChange.Create(kind, on, "изменение по заявлению", consentedBy.Select(P), newEnd, newForm))));
        return program;
    }

    public static PersonalizedProgram Published(this PersonalizedProgram program, DateOnly on, string where = "раздел «Наставничество» сайта")
    {
        Succeeds(program.PublishResults(on, where));
        return program;
    }

    public static void Succeeds(Result result)
    {
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"Test data is invalid: {string.Join("; ", result.ValidationErrors)}");
        }
    }
}
