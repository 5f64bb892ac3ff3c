using Mentoring.Domain.Forms;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.OptionalParts;

namespace Mentoring.Rules.Tests.Policies.Optional;

public sealed class MentorMinExperienceTests
{
    private const string Rule = "mentor.min-experience";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static CaseBuilder Mentor(DateOnly? careerStart, DateOnly? hireDate = null, DateOnly? formedOn = null) =>
        School()
            .Teacher("m1", careerStart: careerStart, hireDate: hireDate, name: "Иванова Мария Петровна")
            .Teacher("t1")
            .Pair("p1", ["m1"], ["t1"], formedOn: formedOn ?? D(2023, 9, 1));

    [Fact]
    public void Validate_NotTurnedOn_NoFinding()
    {
        Assert.Empty(PolicyRunner.Findings(Mentor(null).Build(), AsOf, Rule));
    }

    [Theory]
    [InlineData(2020, 9, 1, Outcome.Satisfied)]
    [InlineData(2020, 9, 2, Outcome.Violated)]
    public void Validate_ThreeYearsOnTheDayThePairWasFormed_Boundary(int year, int month, int day, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(Mentor(D(year, month, day)).Build(), AsOf, Rule, "m1", On(Rule));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "years" && Equals(p.Value, 3));
        Assert.Contains(finding.Parameters, p => p.Name == "scope" && Equals(p.Value, "total"));
    }

    [Fact]
    public void Validate_TooLittleExperience_ViolatedNamingMentorPairAndDate()
    {
        var finding = PolicyRunner.FindingFor(Mentor(D(2022, 9, 1)).Build(), AsOf, Rule, "m1", On(Rule));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("Наставник Иванова М. П. (пара p1): общий педагогический стаж на день назначения 01.09.2023 — полных лет: 1, меньше 3", finding.MessageRu, StringComparison.Ordinal);
        Assert.Equal(["m1", "p1"], finding.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Validate_ScopeOrganization_CountsFromTheHireDate()
    {
        var @case = Mentor(D(2000, 9, 1), hireDate: D(2022, 9, 1)).Build();

        var total = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1", On(Rule));
        var organization = PolicyRunner.FindingFor(@case, AsOf, Rule, "m1", On(Rule, e => e.Set(Rule, "scope", "organization")));

        Assert.Equal(Outcome.Satisfied, total.Outcome);
        Assert.Equal(Outcome.Violated, organization.Outcome);
        Assert.Contains("стаж работы в организации", organization.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, Outcome.Violated)]
    [InlineData(5, Outcome.Satisfied)]
    public void Validate_EditionYears_BoundaryAtTheYears(int have, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(Mentor(D(2023, 9, 1).AddYears(-have)).Build(), AsOf, Rule, "m1", On(Rule, e => e.Set(Rule, "years", 5)));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "years" && Equals(p.Value, 5));
    }

    [Theory]
    [InlineData("более 3 лет", 3, Outcome.Violated)]
    [InlineData("более 3 лет", 4, Outcome.Satisfied)]
    [InlineData("свыше 3 (трех) лет", 3, Outcome.Violated)]
    [InlineData("не менее 5 лет", 5, Outcome.Satisfied)]
    [InlineData("не менее 5 лет", 4, Outcome.Violated)]
    public void Validate_YearsAsTheTextSaysIt_Boundary(string words, int have, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(Mentor(D(2023, 9, 1).AddYears(-have)).Build(), AsOf, Rule, "m1", On(Rule, e => e.Set(Rule, "years", words)));

        Assert.Equal(expected, finding.Outcome);
    }

    [Fact]
    public void Validate_CareerStartMissing_Unknown()
    {
        var finding = PolicyRunner.FindingFor(Mentor(null).Build(), AsOf, Rule, "m1", On(Rule));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["дата начала педагогической деятельности Иванова М. П."], finding.Missing);
    }

    [Fact]
    public void Validate_OutsideMentor_Unknown()
    {
        var @case = School().External("x1", "Орлова Елена Викторовна").Teacher("t1")
            .Pair("p1", ["x1"], ["t1"], form: MentoringForm.UniversityTeacherYoungTeacher).Build();

        Assert.Equal(Outcome.Unknown, PolicyRunner.FindingFor(@case, AsOf, Rule, "x1", On(Rule)).Outcome);
    }

    [Fact]
    public void Validate_StudentForm_NotApplicable()
    {
        var @case = School().Student("s1", grade: 10).Student("s2", grade: 6).Pair("p1", ["s1"], ["s2"], form: MentoringForm.StudentStudent).Build();

        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(@case, AsOf, Rule, On(Rule))).Outcome);
    }
}
