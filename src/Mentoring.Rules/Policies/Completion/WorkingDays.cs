namespace Mentoring.Rules.Policies.Completion;

/// <summary>Working days for TK 351.8 notices: Monday to Friday; public holidays are not modelled.</summary>
internal static class WorkingDays
{
    /// <summary>
    /// The working days after <paramref name="noticeDay"/> up to and including <paramref name="lastDay"/>: the notice
    /// period starts the day after the notice (TK art. 14) and ends with the day the mentoring ends.
    /// </summary>
    /// <returns>The count; 0 when <paramref name="lastDay"/> is not after <paramref name="noticeDay"/>.</returns>
    internal static int Between(DateOnly noticeDay, DateOnly lastDay)
    {
        var count = 0;
        for (var day = noticeDay.AddDays(1); day <= lastDay; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                count++;
            }
        }

        return count;
    }
}
