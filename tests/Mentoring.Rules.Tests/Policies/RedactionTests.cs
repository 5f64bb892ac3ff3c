using Mentoring.Domain.Roadmaps;
using Mentoring.Rules.Policies;

namespace Mentoring.Rules.Tests.Policies;

/// <summary>
/// <see cref="Redaction.Deadline"/>: a deadline that is only dates is printed as written under <c>--redact</c>; one whose
/// cell can hold other words (a remark in brackets, a deadline set elsewhere, a continuous or yearly one) is «***».
/// </summary>
public sealed class RedactionTests
{
    [Theory]
    [InlineData("до 30.06.2024")]
    [InlineData("30.06.2024")]
    [InlineData("сентябрь 2023 г.")]
    [InlineData("I квартал 2023 г.")]
    [InlineData("2022-2024 гг.")]
    [InlineData("июнь, декабрь")]
    [InlineData("до 30.06.2023, 30.06.2024")]
    public void Deadline_OnlyDates_IsPrintedAsWrittenEvenRedacted(string text)
    {
        var deadline = Deadline.Parse(text).Value;

        Assert.Equal(text, Redaction.Deadline(deadline, redact: true));
    }

    [Theory]
    [InlineData("до 30.06.2024 (отв. Иванова И. И.)")]
    [InlineData("по согласованию с Ивановой И. И.")]
    [InlineData("в сроки, определяемые Ивановой И. И.")]
    [InlineData("постоянно, Иванова И. И.")]
    [InlineData("ежегодно, Иванова И. И.")]
    public void Deadline_CellThatCanHoldAName_IsRedactedAndOtherwiseAsWritten(string text)
    {
        var deadline = Deadline.Parse(text);
        Assert.True(deadline.IsSuccess, string.Join("; ", deadline.ValidationErrors.Select(e => e.ErrorMessage)));

        Assert.Equal(Redaction.Mark, Redaction.Deadline(deadline.Value, redact: true));
        Assert.Equal(text, Redaction.Deadline(deadline.Value, redact: false));
    }

    [Fact]
    public void Text_Redacted_IsTheMark()
    {
        Assert.Equal("***", Redaction.Text("Иванова И. И.", redact: true));
        Assert.Equal("Иванова И. И.", Redaction.Text("Иванова И. И.", redact: false));
    }
}
