using FsCheck;
using FsCheck.Xunit;
using Mentoring.Domain.Roadmaps;
using Mentoring.Testing.Fuzzing;

namespace Mentoring.Domain.Tests.Roadmaps;

/// <summary>Issue #14: the deadline parser on hostile text — errors, never exceptions; ASCII digits; years 1–9998; bounded length.</summary>
public class DeadlineHostileInputTests
{
    [Theory]
    [InlineData("до ٣٠.٠٦.٢٠٢٤")]
    [InlineData("до ３０.０６.２０２４")]
    [InlineData("٢٠٢٣ год")]
    [InlineData("сентябрь ２０２３")]
    public void Parse_NonAsciiDigits_IsAnErrorNotAnException(string text)
    {
        var result = Deadline.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Equal("MD0601", result.ValidationErrors.First().ErrorCode);
    }

    [Theory]
    [InlineData("до 01.01.0000")]
    [InlineData("0000 год")]
    [InlineData("0000-0001 гг.")]
    [InlineData("май-июнь 0000")]
    [InlineData("01.01.0000-31.12.0000")]
    [InlineData("9999 год")]
    public void Parse_YearOutsideTheCalendar_IsAnErrorNotAnException(string text)
    {
        var result = Deadline.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.ValidationErrors.First().ErrorCode, new[] { "MD0603", "MD0006" });
    }

    [Fact]
    public void Parse_TextLongerThanTheLimit_IsMd0607()
    {
        var result = Deadline.Parse("до " + new string('1', Deadline.MaxTextLength));

        Assert.Equal("MD0607", Assert.Single(result.ValidationErrors).ErrorCode);
    }

    [Fact]
    public void Parse_FortyThousandDigits_IsRefusedBeforeAnyPattern()
    {
        var result = Deadline.Parse(new string('7', 40_000) + " ч");

        Assert.Equal("MD0607", Assert.Single(result.ValidationErrors).ErrorCode);
    }

    [Property(MaxTest = 500)]
    public void Parse_MutatedSeedDeadlines_NeverThrows(NonNegativeInt seed, NonNegativeInt kind, NonNegativeInt position, NonNegativeInt payload, byte value)
    {
        string[] seeds = ["До 30.06.2023, 30.06.2024, 25.12.2024", "I квартал 2023 (далее – по необходимости)", "сентябрь-октябрь 2022 г.", "2022-2024 гг.", "ежегодно (май, декабрь)", "с 01.09.2023 по 31.05.2024", "постоянно", "ноябрь 2022 (далее – ежегодно)"];
        var text = seeds[seed.Get % seeds.Length];
        var mutated = System.Text.Encoding.UTF8.GetString(HostileMutations.Apply(System.Text.Encoding.UTF8.GetBytes(text), kind.Get, position.Get, payload.Get, value));

        var result = Deadline.Parse(mutated, Mentoring.Domain.Calendar.DateRange.Create(new DateOnly(2022, 9, 1), new DateOnly(2024, 12, 31)).Value);

        Assert.True(result.IsSuccess || result.ValidationErrors.Any());
    }
}
