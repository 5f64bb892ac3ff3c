using FsCheck.Xunit;
using Mentoring.Domain.Forms;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Optional;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.PairParts;

namespace Mentoring.Rules.Tests.Policies.Pairs;

public sealed class PairStudentAgeTests
{
    private const string Rule = "pair.student-age";
    private static readonly DateOnly AsOf = D(2024, 1, 15);
    private static readonly DateOnly Joined = D(2023, 9, 1);

    private static CaseBuilder WithMentee(DateOnly? born, DateOnly? joined = null) =>
        School().Student("s1", D(2007, 3, 1), 11).Student("s2", born, 5, name: "Орлов Кирилл Денисович")
            .Pair("p1", ["s1"], ["s2"], form: MentoringForm.StudentStudent, formedOn: joined ?? Joined);

    [Theory]
    [InlineData(2013, 9, 2, Outcome.Violated)]
    [InlineData(2013, 9, 1, Outcome.Satisfied)]
    [InlineData(2005, 9, 2, Outcome.Satisfied)]
    [InlineData(2005, 9, 1, Outcome.Violated)]
    public void Validate_BandFromTenToUnderEighteen_OnTheDayTheStudentJoined(int year, int month, int day, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(WithMentee(D(year, month, day)).Build(), AsOf, Rule, "s2");

        Assert.Equal(expected, finding.Outcome);
    }

    [Fact]
    public void Validate_GoalNotDuty_NineYearsOldIsAWarningNamingTheStudentPairAndDay()
    {
        var finding = PolicyRunner.FindingFor(WithMentee(D(2014, 6, 1)).Build(), AsOf, Rule, "s2");

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("Обучающийся Орлов К. Д. (пара p1): на день вступления в пару 01.09.2023 полных лет: 9", finding.MessageRu, StringComparison.Ordinal);
        Assert.Equal(["s2", "p1"], finding.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Validate_JoinedAtSeventeen_StaysInTheBandAfterTheEighteenthBirthday()
    {
        var @case = WithMentee(D(2006, 1, 10)).Build();

        Assert.Equal(Outcome.Satisfied, PolicyRunner.FindingFor(@case, D(2024, 6, 1), Rule, "s2").Outcome);
    }

    [Property(Arbitrary = new[] { typeof(OptionalPolicyArbitraries) })]
    public bool Validate_TemporalStability_OnlyALaterDateOfValidationChangesNothing(JoinedStudent t)
    {
        var @case = WithMentee(t.Born, t.Joined).Build();

        var first = PolicyRunner.FindingFor(@case, t.Joined, Rule, "s2");
        var later = PolicyRunner.FindingFor(@case, t.Joined.AddDays(t.LaterDays), Rule, "s2");

        return first.Outcome == later.Outcome && first.Severity == later.Severity && first.MessageRu == later.MessageRu;
    }

    [Fact]
    public void Validate_NoBirthDate_Unknown()
    {
        var finding = PolicyRunner.FindingFor(WithMentee(null).Build(), AsOf, Rule, "s2");

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["дата рождения Орлов К. Д."], finding.Missing);
    }

    [Theory]
    [InlineData(2010, Outcome.Satisfied)]
    [InlineData(2013, Outcome.Unknown)]
    [InlineData(2005, Outcome.Unknown)]
    [InlineData(2015, Outcome.Violated)]
    [InlineData(2004, Outcome.Violated)]
    public void Validate_BirthYearAlone_DecidesAwayFromTheEdgesOnly(int birthYear, Outcome expected)
    {
        var @case = WithMentee(null).MenteeRegistry(MenteeRow("r1", person: "s2", birthYear: birthYear, mentorName: "Волков Илья Сергеевич")).Build();

        Assert.Equal(expected, PolicyRunner.FindingFor(@case, AsOf, Rule, "s2").Outcome);
    }

    [Fact]
    public void Validate_JoiningDayUnknown_FromThePairingOrder()
    {
        var @case = School().Student("s1", D(2007, 3, 1), 11).Student("s2", D(2005, 12, 1), 11)
            .Pair("p1", ["s1"], ["s2"], form: MentoringForm.StudentStudent, order: "po-1").PairingOrder("po-1", D(2023, 11, 30), "p1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "s2");

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("30.11.2023, полных лет: 17", finding.MessageRu, StringComparison.Ordinal);
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
        var finding = PolicyRunner.FindingFor(WithMentee(Joined.AddYears(-age)).Build(), AsOf, Rule, "s2", e => e.Set(Rule, "studentAgeMin", minimum));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "studentAgeMin" && Equals(p.Value, minimum));
    }

    [Theory]
    [InlineData(17, 17, Outcome.Violated)]
    [InlineData(17, 16, Outcome.Satisfied)]
    public void Validate_EditionMaximum_TheMaximumIsExcluded(int maximum, int age, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(WithMentee(Joined.AddYears(-age)).Build(), AsOf, Rule, "s2", e => e.Set(Rule, "studentAgeMax", maximum));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "studentAgeMax" && Equals(p.Value, maximum));
    }
}
