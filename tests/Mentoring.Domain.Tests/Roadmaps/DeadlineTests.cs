using FsCheck.Xunit;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Roadmaps;

namespace Mentoring.Domain.Tests.Roadmaps;

public class DeadlineTests
{
    private static DateRange Range(int y1, int m1, int d1, int y2, int m2, int d2) =>
        DateRange.Create(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2)).Value;

    [Fact]
    public void DueDatesWithin_JuneAndDecember_LastDayOfEachMonthEveryYear()
    {
        var deadline = Deadline.Parse("июнь, декабрь").Value;

        Assert.Equal(
            [new DateOnly(2023, 6, 30), new DateOnly(2023, 12, 31), new DateOnly(2024, 6, 30), new DateOnly(2024, 12, 31)],
            deadline.DueDatesWithin(Range(2023, 1, 1, 2024, 12, 31)));
    }

    [Fact]
    public void DueDatesWithin_AnnuallyWithoutMonths_ThirtyFirstOfDecember()
    {
        var deadline = Deadline.Annually().Value;

        Assert.Equal([new DateOnly(2022, 12, 31), new DateOnly(2023, 12, 31)], deadline.DueDatesWithin(Range(2022, 3, 1, 2023, 12, 31)));
    }

    [Fact]
    public void DueDatesWithin_AnnuallyFromNovember2022_StartsThere()
    {
        var deadline = Deadline.Parse("ноябрь 2022 (далее – ежегодно)").Value;

        Assert.Equal([new DateOnly(2022, 11, 30), new DateOnly(2023, 11, 30)], deadline.DueDatesWithin(Range(2021, 1, 1, 2023, 12, 31)));
    }

    [Fact]
    public void DueDatesWithin_Several_EachDateInRange()
    {
        var deadline = Deadline.Parse("До 30.06.2023, 30.06.2024, 25.12.2024").Value;

        Assert.Equal([new DateOnly(2024, 6, 30), new DateOnly(2024, 12, 25)], deadline.DueDatesWithin(Range(2024, 1, 1, 2024, 12, 31)));
    }

    [Fact]
    public void DueDatesWithin_ContinuousAndSchedule_None()
    {
        var range = Range(2022, 1, 1, 2024, 12, 31);

        Assert.Empty(Deadline.Continuous().DueDatesWithin(range));
        Assert.Empty(Deadline.Schedule("по отдельному графику").Value.DueDatesWithin(range));
    }

    [Theory]
    [InlineData("2022-12-30", null, false)]
    [InlineData("2022-12-31", null, true)]
    [InlineData("2023-03-01", "2022-12-29", false)]
    [InlineData("2023-03-01", "2023-01-10", true)]
    public void IsOverdue_ByDate_AsExpected(string asOf, string? doneOn, bool expected)
    {
        var deadline = Deadline.Parse("До 30.12.2022 г.").Value;

        Assert.Equal(expected, deadline.IsOverdue(DateOnly.Parse(asOf), doneOn is null ? null : DateOnly.Parse(doneOn)));
    }

    [Fact]
    public void IsOverdue_RecurringDoneForEarlierOccurrenceOnly_IsOverdue()
    {
        var deadline = Deadline.Parse("июнь, декабрь").Value;

        Assert.False(deadline.IsOverdue(new DateOnly(2024, 1, 10), new DateOnly(2023, 12, 20)));
        Assert.True(deadline.IsOverdue(new DateOnly(2024, 7, 2), new DateOnly(2023, 12, 20)));
        Assert.False(deadline.IsOverdue(new DateOnly(2024, 7, 2), new DateOnly(2024, 6, 5)));
    }

    [Theory]
    [InlineData("2024-07-01", false)] // 30.06.2024 was a Sunday: due on Monday 01.07.2024 (ГК РФ, ст. 193)
    [InlineData("2024-07-02", true)]
    public void IsOverdue_DeadlineOnANonWorkingDay_MovesToTheNextWorkingDay(string asOf, bool expected)
    {
        var deadline = Deadline.Parse("до 30.06.2024").Value;

        Assert.Equal(expected, deadline.IsOverdue(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), (DateOnly?)null));
        Assert.False(deadline.IsOverdue(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2024, 7, 1)));
    }

    [Theory]
    [InlineData("2023-12-31", false)] // «декабрь 2023»: the month's last day, a Sunday, then the January holidays: due 09.01.2024
    [InlineData("2024-01-09", false)]
    [InlineData("2024-01-10", true)]
    public void IsOverdue_MonthOnlyDeadline_LastDayOfTheMonthMovedToAWorkingDay(string asOf, bool expected)
    {
        var deadline = Deadline.Parse("декабрь 2023").Value;

        Assert.Equal(expected, deadline.IsOverdue(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), (DateOnly?)null));
    }

    [Fact]
    public void IsOverdue_Continuous_Never() =>
        Assert.False(Deadline.Parse("постоянно").Value.IsOverdue(new DateOnly(2030, 1, 1), (DateOnly?)null));

    [Fact]
    public void NextDueOn_Several_NextDateOnOrAfter()
    {
        var deadline = Deadline.Parse("До 30.06.2023, 30.06.2024, 25.12.2024").Value;

        Assert.Equal(new DateOnly(2024, 6, 30), deadline.NextDueOn(new DateOnly(2023, 7, 1)));
        Assert.Equal(new DateOnly(2023, 6, 30), deadline.NextDueOn(new DateOnly(2023, 6, 30)));
        Assert.Null(deadline.NextDueOn(new DateOnly(2024, 12, 26)));
    }

    [Fact]
    public void NextDueOn_Quarter_LastDayOfQuarter() =>
        Assert.Equal(new DateOnly(2023, 3, 31), Deadline.Quarter(2023, 1).Value.NextDueOn(new DateOnly(2023, 2, 1)));

    [Fact]
    public void Month_OutOfRange_FailsWithMD0006()
    {
        var error = Assert.Single(Deadline.Month(2023, 13).ValidationErrors);

        Assert.Equal("MD0006", error.ErrorCode);
        Assert.Equal("deadline.month", error.Identifier);
    }

    [Fact]
    public void Quarter_Five_FailsWithMD0006() => Assert.Equal("deadline.quarter", Assert.Single(Deadline.Quarter(2023, 5).ValidationErrors).Identifier);

    [Fact]
    public void RecurringMonths_None_FailsWithMD0007() => Assert.Equal("MD0007", Assert.Single(Deadline.RecurringMonths([]).ValidationErrors).ErrorCode);

    [Fact]
    public void Several_OnePart_FailsWithMD0007() => Assert.Equal("MD0007", Assert.Single(Deadline.Several([Deadline.OnDate(new DateOnly(2023, 1, 1))]).ValidationErrors).ErrorCode);

    [Fact]
    public void Schedule_Empty_FailsWithMD0001() => Assert.Equal("MD0001", Assert.Single(Deadline.Schedule(" ").ValidationErrors).ErrorCode);

    [Fact]
    public void Equality_DifferentSpellingsOfSameDeadline_AreEqual()
    {
        Assert.Equal(Deadline.Parse("До 30.12.2022 г.").Value, Deadline.Parse("до 30.12.2022").Value);
        Assert.Equal(Deadline.Parse("октябрь 2021 г.").Value, Deadline.Month(2021, 10).Value);
        Assert.NotEqual(Deadline.Parse("30.12.2022").Value, Deadline.Parse("до 30.12.2022").Value);
    }

    [Property(Arbitrary = new[] { typeof(RoadmapArbitraries) })]
    public bool Equality_EqualInputs_EqualWithSameHash(DeadlineText text)
    {
        var a = Deadline.Parse(text.Text).Value;
        var b = Deadline.Parse(text.Text).Value;
        return a.Equals(b) && a.GetHashCode() == b.GetHashCode();
    }
}
