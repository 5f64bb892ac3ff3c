using FsCheck.Xunit;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Employment;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.Employment;

public sealed class EmploymentAddendumTests
{
    [Fact]
    public void Create_AllParts_IsComplete()
    {
        var addendum = new EmploymentAddendumBuilder().WithContent("  наставничество   над молодым специалистом ").Build();

        Assert.Equal("наставничество над молодым специалистом", addendum.Content);
        Assert.Equal(MentoringForm.TeacherTeacher, addendum.Form);
        Assert.Equal(5000m, addendum.Pay);
        Assert.Equal("t-1", addendum.TeacherId.Value);
        Assert.True(addendum.IsComplete);
        Assert.Empty(addendum.MissingParts());
    }

    [Fact]
    public void Create_NoParts_MissesAllFourInOrder()
    {
        var addendum = new EmploymentAddendumBuilder().WithContent(" ").WithTerm(null).WithForm(null).WithPay(null).Build();

        Assert.False(addendum.IsComplete);
        Assert.Equal([AddendumPart.Content, AddendumPart.Term, AddendumPart.Form, AddendumPart.Pay], addendum.MissingParts());
    }

    [Fact]
    public void Create_ZeroPay_IsRepresentableAndNotMissing()
    {
        var addendum = new EmploymentAddendumBuilder().WithPay(0m).Build();

        Assert.DoesNotContain(AddendumPart.Pay, addendum.MissingParts());
    }

    [Fact]
    public void Create_NegativePayAndUndefinedForm_ReportsBoth()
    {
        var errors = new EmploymentAddendumBuilder().WithPay(-1m).WithForm((MentoringForm)42).BuildResult().ValidationErrors;

        Assert.Equal(["MD0008", "MD0306"], errors.Select(e => e.ErrorCode));
        Assert.Equal(["form", "pay"], errors.Select(e => e.Identifier));
    }

    [Property(Arbitrary = new[] { typeof(EmploymentArbitraries) })]
    public bool MissingParts_AnyCombination_AreExactlyTheAbsentParts(PresentParts parts)
    {
        var term = DateRange.Create(new DateOnly(2025, 3, 10), new DateOnly(2025, 12, 31)).Value;
        var (hasContent, hasTerm, hasForm, hasPay) = parts;
        var addendum = new EmploymentAddendumBuilder()
            .WithContent(hasContent ? "содержание" : null)
            .WithTerm(hasTerm ? term : null)
            .WithForm(hasForm ? MentoringForm.HeadTeacher : null)
            .WithPay(hasPay ? 1m : null)
            .Build();
        var expected = new[] { (hasContent, AddendumPart.Content), (hasTerm, AddendumPart.Term), (hasForm, AddendumPart.Form), (hasPay, AddendumPart.Pay) }
            .Where(p => !p.Item1)
            .Select(p => p.Item2);
        return addendum.MissingParts().SequenceEqual(expected) && addendum.IsComplete == (hasContent && hasTerm && hasForm && hasPay);
    }

    [Theory]
    [InlineData("содержание", AddendumPart.Content)]
    [InlineData("срок", AddendumPart.Term)]
    [InlineData("форма наставничества", AddendumPart.Form)]
    [InlineData("размер оплаты", AddendumPart.Pay)]
    public void AddendumPartsParse_RussianName_FindsPart(string text, AddendumPart expected)
    {
        Assert.Equal(expected, AddendumParts.Vocabulary.Parse(text).Value);
    }
}
