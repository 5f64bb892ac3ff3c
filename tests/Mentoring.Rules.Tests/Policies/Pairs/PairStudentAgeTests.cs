using Mentoring.Domain.Forms;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Pairs;

public sealed class PairStudentAgeTests
{
    private const string Rule = "pair.student-age";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder WithMentee(DateOnly? born) =>
        School().Student("s1", D(2007, 3, 1), 11).Student("s2", born, 5, name: "Орлов Кирилл Денисович")
            .Pair("p1", ["s1"], ["s2"], form: MentoringForm.StudentStudent);

    [Theory]
    [InlineData(2014, 1, 16, Outcome.Violated)]
    [InlineData(2014, 1, 15, Outcome.Satisfied)]
    [InlineData(2005, 1, 16, Outcome.Satisfied)]
    [InlineData(2005, 1, 15, Outcome.Violated)]
    public void Validate_AgeBoundaries_TenToEighteenInclusive(int year, int month, int day, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(WithMentee(D(year, month, day)).Build(), AsOf, Rule, "s2");

        Assert.Equal(expected, finding.Outcome);
    }

    [Fact]
    public void Validate_NineYearsOld_ViolatedNamingTheStudentAndPair()
    {
        var finding = PolicyRunner.FindingFor(WithMentee(D(2014, 6, 1)).Build(), AsOf, Rule, "s2");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("Обучающемуся Орлов К. Д. (пары: p1) на 15.01.2024 полных лет: 9", finding.MessageRu, StringComparison.Ordinal);
        Assert.Equal(["s2", "p1"], finding.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Validate_NoBirthDate_Unknown()
    {
        var finding = PolicyRunner.FindingFor(WithMentee(null).Build(), AsOf, Rule, "s2");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["дата рождения Орлов К. Д."], finding.Missing);
    }

    [Fact]
    public void Validate_StudentOutsideAnyPair_NotApplicable()
    {
        var findings = PolicyRunner.Findings(School().Student("s1", D(2000, 1, 1)).Build(), AsOf, Rule);

        Assert.Equal(Outcome.NotApplicable, Assert.Single(findings).Outcome);
    }

    [Theory]
    [InlineData(12, 11, Outcome.Violated)]
    [InlineData(11, 11, Outcome.Satisfied)]
    public void Validate_EditionMinimum_BoundaryAtTheMinimum(int minimum, int age, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(WithMentee(AsOf.AddYears(-age)).Build(), AsOf, Rule, "s2", e => e.Set(Rule, "studentAgeMin", minimum));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "studentAgeMin" && Equals(p.Value, minimum));
    }

    [Theory]
    [InlineData(16, 17, Outcome.Violated)]
    [InlineData(17, 17, Outcome.Satisfied)]
    public void Validate_EditionMaximum_BoundaryAtTheMaximum(int maximum, int age, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(WithMentee(AsOf.AddYears(-age)).Build(), AsOf, Rule, "s2", e => e.Set(Rule, "studentAgeMax", maximum));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "studentAgeMax" && Equals(p.Value, maximum));
    }
}
