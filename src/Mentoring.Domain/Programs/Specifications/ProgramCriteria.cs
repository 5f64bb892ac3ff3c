using System.Linq.Expressions;

namespace Mentoring.Domain.Programs.Specifications;

/// <summary>The criteria on programs and their activities, once each, as expressions a query provider translates.</summary>
internal static class ProgramCriteria
{
    /// <summary>
    /// An activity overdue on a day: its due date has passed and it was not done by then (not done at all, or done
    /// after the due date), as <see cref="PersonalizedProgram.ActivitiesOverdue"/> counts it.
    /// </summary>
    public static Expression<Func<PlannedActivity, bool>> ActivityOverdue(DateOnly asOf) =>
        a => a.Due < asOf && (a.DoneOn == null || a.DoneOn > a.Due);

    /// <summary>A program not finished (neither completed nor terminated) whose term ends from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static Expression<Func<PersonalizedProgram, bool>> EndingBetween(DateOnly from, DateOnly to) =>
        p => p.Status != ProgramStatus.Completed && p.Status != ProgramStatus.Terminated && p.Term.End >= from && p.Term.End <= to;
}
