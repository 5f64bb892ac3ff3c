using Mentoring.Domain.Calendar;
using Mentoring.Domain.Roadmaps;

namespace Mentoring.Domain.Tests.Roadmaps;

/// <summary>The deadline texts of the five seeds' roadmaps, as written in their «Сроки» columns.</summary>
public class DeadlineParseTests
{
    private static readonly DateRange Smolensk = DateRange.Create(new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 31)).Value;

    public static TheoryData<string, DeadlineKind> SeedDeadlines => new()
    {
        // 000 (Voskresensky, 2023–2026)
        { "2023 год", DeadlineKind.Period },
        { "2024 год", DeadlineKind.Period },
        { "2023 год 2024 год", DeadlineKind.Several },
        // 001 (Smolensk, 2022–2024)
        { "декабрь 2022 (с 2023 года – ежегодно)", DeadlineKind.Annually },
        { "I квартал 2023 (далее – по необходимости)", DeadlineKind.Quarter },
        { "декабрь 2022", DeadlineKind.Month },
        { "ноябрь 2022 (далее – ежегодно)", DeadlineKind.Annually },
        { "январь 2023 (далее- ежегодно по специальному графику)", DeadlineKind.Annually },
        { "Постоянно (по необходимости)", DeadlineKind.Continuous },
        { "ежегодно (июнь, декабрь по плану ГАУ ДПО СОИРО)", DeadlineKind.Annually },
        { "До 30.06.2023, 30.06.2024, 25.12.2024", DeadlineKind.Several },
        { "I квартал 2023", DeadlineKind.Quarter },
        { "ежегодно (в соответствии с планом-графиком)", DeadlineKind.Annually },
        { "ежегодно (в соответствии с планом)", DeadlineKind.Annually },
        { "ежегодно", DeadlineKind.Annually },
        { "февраль - март 2023, февраль - март 2024", DeadlineKind.Several },
        { "октябрь 2024", DeadlineKind.Month },
        { "постоянно", DeadlineKind.Continuous },
        { "ежегодно (декабрь)", DeadlineKind.Annually },
        { "в сроки, определяемые организаторами мероприятий", DeadlineKind.Schedule },
        { "постоянно, по мере поступления информации", DeadlineKind.Continuous },
        // 002 (district roadmap 2022–2024)
        { "сентябрь 2022", DeadlineKind.Month },
        { "До 30.12.2022 г.", DeadlineKind.ByDate },
        // 003 (Argun)
        { "сентябрь 2021 г.", DeadlineKind.Month },
        { "По отдельному графику", DeadlineKind.Schedule },
        { "В течение всего периода реализации Целевой модели наставничества", DeadlineKind.Continuous },
        { "Март-апрель 2022года", DeadlineKind.Period },
        { "В соответствии с дорожной картой", DeadlineKind.Schedule },
        { "октябрь 2021 г.", DeadlineKind.Month },
        { "по отдельному плану", DeadlineKind.Schedule },
        { "в течение года", DeadlineKind.Continuous },
        { "в соответствии с сороками реализация программ наставничества", DeadlineKind.Schedule },
        { "март -май 2022 г.", DeadlineKind.Period },
        { "июнь 2022г.", DeadlineKind.Month },
        // 004 (Ivanteevka; the cell «До 15.09.2021г./ МУ «РЦ УО» До 1.10.2021г./ ОО» split at «/» by the importer)
        { "До 15.09.2021г.", DeadlineKind.ByDate },
        { "До 1.10.2021г.", DeadlineKind.ByDate },
        { "До 15.10.2021г.", DeadlineKind.ByDate },
        { "До 20.10.2021г.", DeadlineKind.ByDate },
        { "До 1.11.2021г.", DeadlineKind.ByDate },
        { "До 30.12.2021г.", DeadlineKind.ByDate },
        { "До 1.05.2022г.", DeadlineKind.ByDate },
        // glossary / brief examples
        { "30.06.2023", DeadlineKind.OnDate },
        { "не позднее 30.06.2023", DeadlineKind.ByDate },
        { "2022-2024 гг.", DeadlineKind.Period },
        { "сентябрь-октябрь 2022 г.", DeadlineKind.Period },
        { "ежегодно, май", DeadlineKind.Annually },
        { "июнь, декабрь", DeadlineKind.RecurringMonths },
        { "в течение учебного года", DeadlineKind.Continuous },
    };

    [Theory]
    [MemberData(nameof(SeedDeadlines))]
    public void Parse_SeedText_HasExpectedKindAndKeepsText(string text, DeadlineKind expected)
    {
        var deadline = Deadline.Parse(text, Smolensk).Value;

        Assert.Equal(expected, deadline.Kind);
        Assert.Equal(text, deadline.Text);
    }

    [Theory]
    [InlineData("1-й этап")]
    [InlineData("2 этап")]
    [InlineData("3 этап")]
    public void Parse_StageHeading_FailsWithMD0602(string text)
    {
        var error = Assert.Single(Deadline.Parse(text).ValidationErrors);

        Assert.Equal("MD0602", error.ErrorCode);
        Assert.Equal("deadline", error.Identifier);
        Assert.Contains(text, error.ErrorMessage);
    }

    [Theory]
    [InlineData("когда-нибудь")]
    [InlineData("До 15.09.2021г./ МУ «РЦ УО» До 1.10.2021г./ ОО")]
    [InlineData("до конца")]
    public void Parse_UnrecognizedText_FailsWithMD0601NamingTextAndExpectedForms(string text)
    {
        var error = Assert.Single(Deadline.Parse(text).ValidationErrors);
        ValidationError russian;
        using (MessageCulture.Use(System.Globalization.CultureInfo.GetCultureInfo("ru-RU")))
        {
            russian = Assert.Single(Deadline.Parse(text).ValidationErrors);
        }

        Assert.Equal("MD0601", error.ErrorCode);
        Assert.Contains(text, error.ErrorMessage);
        Assert.Contains("30.06.2023", error.ErrorMessage);
        Assert.Contains(text, russian.ErrorMessage);
    }

    [Fact]
    public void Parse_Empty_FailsWithMD0001() => Assert.Equal("MD0001", Assert.Single(Deadline.Parse("  ").ValidationErrors).ErrorCode);

    [Fact]
    public void Parse_ImpossibleDate_FailsWithMD0603() => Assert.Equal("MD0603", Assert.Single(Deadline.Parse("до 31.02.2023").ValidationErrors).ErrorCode);

    [Fact]
    public void Parse_InvertedPeriod_FailsWithMD0604() => Assert.Equal("MD0604", Assert.Single(Deadline.Parse("май-март 2022 г.").ValidationErrors).ErrorCode);

    [Fact]
    public void Parse_ByDate_IsDueThatDay()
    {
        var deadline = Deadline.Parse("До 30.12.2022 г.").Value;

        Assert.Equal(Deadline.ByDate(new DateOnly(2022, 12, 30)), deadline);
        Assert.Equal(new DateOnly(2022, 12, 30), deadline.End);
    }

    [Fact]
    public void Parse_Quarter_RunsThroughItsThreeMonths()
    {
        var deadline = Deadline.Parse("I квартал 2023 г.").Value;

        Assert.Equal(new DateOnly(2023, 1, 1), deadline.Start);
        Assert.Equal(new DateOnly(2023, 3, 31), deadline.End);
        Assert.Equal(Deadline.Quarter(2023, 1).Value, deadline);
    }

    [Fact]
    public void Parse_MonthRange_IsPeriodFromFirstToLastDay()
    {
        var deadline = Deadline.Parse("Март-апрель 2022года").Value;

        Assert.Equal(new DateOnly(2022, 3, 1), deadline.Start);
        Assert.Equal(new DateOnly(2022, 4, 30), deadline.End);
    }

    [Fact]
    public void Parse_YearRange_IsPeriodOfWholeYears()
    {
        var deadline = Deadline.Parse("2022-2024 гг.").Value;

        Assert.Equal(new DateOnly(2022, 1, 1), deadline.Start);
        Assert.Equal(new DateOnly(2024, 12, 31), deadline.End);
    }

    [Fact]
    public void Parse_SeveralByDates_AppliesDoToEveryDate()
    {
        var deadline = Deadline.Parse("До 30.06.2023, 30.06.2024, 25.12.2024").Value;

        Assert.All(deadline.Parts, p => Assert.Equal(DeadlineKind.ByDate, p.Kind));
        Assert.Equal([new DateOnly(2023, 6, 30), new DateOnly(2024, 6, 30), new DateOnly(2024, 12, 25)], deadline.Parts.Select(p => p.End!.Value));
    }

    [Fact]
    public void Parse_AnnuallyWithMonthsInRemark_TakesTheMonthsAndKeepsTheRemark()
    {
        var deadline = Deadline.Parse("ежегодно (июнь, декабрь по плану ГАУ ДПО СОИРО)").Value;

        Assert.Equal([6, 12], deadline.Months);
        Assert.Equal("июнь, декабрь по плану ГАУ ДПО СОИРО", deadline.Note);
    }

    [Fact]
    public void Parse_MonthThenAnnually_StartsAtThatMonth()
    {
        var deadline = Deadline.Parse("ноябрь 2022 (далее – ежегодно)").Value;

        Assert.Equal([11], deadline.Months);
        Assert.Equal(new DateOnly(2022, 11, 1), deadline.Start);
    }

    [Fact]
    public void Parse_QuarterWithRemark_KeepsRemarkAsNote() =>
        Assert.Equal("далее – по необходимости", Deadline.Parse("I квартал 2023 (далее – по необходимости)").Value.Note);

    [Fact]
    public void Parse_Continuous_IsBoundedByRoadmapPeriod()
    {
        var deadline = Deadline.Parse("в течение года", Smolensk).Value;

        Assert.Equal(Smolensk.Start, deadline.Start);
        Assert.Equal(Smolensk.End, deadline.End);
    }
}
