using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Outcome = Mentoring.Rules.Policies.Outcome;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.OptionalParts;

namespace Mentoring.Rules.Tests.Policies.Programs;

/// <summary><c>program.duration</c> with <c>wholePeriod</c>: «на весь период» instead of a number of months.</summary>
public sealed class ProgramDurationWholePeriodTests
{
    private const string Rule = "program.duration";
    private static readonly DateOnly AsOf = D(2024, 1, 15);
    private static readonly DateOnly Start = D(2023, 9, 1);

    private static Action<EditionBuilder> Whole(string period) => e => e.Set(Rule, "wholePeriod", period);

    private static Finding Judge(string period, DateOnly end, DateOnly? birth = null, DateOnly? careerStart = null, params Domain.People.TeacherPost[] posts)
    {
        var @case = School().Teacher("m1").PostedTeacher("t1", "Петров Павел Павлович", birth, careerStart, posts)
            .Pair("p1", ["m1"], ["t1"]).Program("prog-1", "p1", Start, end).Build();
        return PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1", Whole(period));
    }

    [Theory]
    [InlineData(2025, 8, 31, Outcome.Satisfied, null)]
    [InlineData(2025, 9, 1, Outcome.Violated, Severity.Warning)]
    [InlineData(2025, 9, 2, Outcome.Violated, Severity.Error)]
    [InlineData(2024, 5, 31, Outcome.Violated, Severity.Error)]
    public void Validate_YoungSpecialist_EndsWhenTheThirdYearOfWorkEnds(int year, int month, int day, Outcome expected, Severity? severity)
    {
        // Born 1995: 35 only in 2030; in pedagogical work from 01.09.2022, so a young specialist until 31.08.2025.
        var finding = Judge("young-specialist", D(year, month, day), D(1995, 3, 10), D(2022, 9, 1));

        Assert.Equal(expected, finding.Outcome);
        Assert.Equal(severity ?? Severity.Error, finding.Severity);
    }

    [Fact]
    public void Validate_YoungSpecialist_TheThirtyFifthBirthdayComesFirst()
    {
        var finding = Judge("young-specialist", D(2024, 1, 9), D(1989, 1, 10), D(2022, 9, 1));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("совпадает с периодом, на который установлено наставничество (период работы молодым специалистом)", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("до 35 лет", 2024, 1, 9)]
    [InlineData("не старше 35 лет", 2025, 1, 9)]
    public void Validate_YoungSpecialist_AgeBoundAsTheTextSaysIt_EndsTheDayBeforeTheFirstAgeOutside(string ageUnder, int year, int month, int day)
    {
        // Born 10.01.1989, in pedagogical work from 01.09.2022 («не более 5 лет»: a young specialist for 6 whole years).
        var @case = School().Teacher("m1").PostedTeacher("t1", "Петров Павел Павлович", D(1989, 1, 10), D(2022, 9, 1))
            .Pair("p1", ["m1"], ["t1"]).Program("prog-1", "p1", Start, D(year, month, day)).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "prog-1", e => e
            .Set(Rule, "wholePeriod", "young-specialist")
            .Set("mentee.eligible-category", "ageUnder", YearsBound.Parse(ageUnder).Value)
            .Set("mentee.eligible-category", "maxExperienceYears", YearsBound.Parse("не более 5 лет").Value));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
    }

    [Fact]
    public void Validate_YoungSpecialist_ProgramRunsPast_ViolatedNamingTheLastDay()
    {
        var finding = Judge("young-specialist", D(2024, 8, 31), D(1989, 1, 10), D(2022, 9, 1));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("наставляемый Петров П. П.: программа продолжается после того, как истёк период работы молодым специалистом (09.01.2024)", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_YoungSpecialist_BirthDateMissing_UnknownNotViolated()
    {
        var finding = Judge("young-specialist", D(2024, 5, 31), null, D(2022, 9, 1));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["дата рождения Петров П. П."], finding.Missing);
    }

    [Fact]
    public void Validate_Probation_EndsEarly_ViolatedNamingTheProbation()
    {
        var finding = Judge("probation", D(2023, 10, 31), posts: Post("учитель", D(2023, 8, 30), probationEnd: D(2023, 11, 29)));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("программа заканчивается раньше, чем истекает испытательный срок (29.11.2023)", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("the program ends before the probation does, on 2023-11-29", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Probation_EndsWithTheRecordedProbation()
    {
        var post = Post("учитель", D(2023, 8, 30), probationEnd: D(2023, 11, 29));

        Assert.Equal(Outcome.Satisfied, Judge("probation", D(2023, 11, 29), posts: post).Outcome);
        Assert.Equal(Outcome.Violated, Judge("probation", D(2024, 5, 31), posts: post).Outcome);
    }

    [Fact]
    public void Validate_ProbationNotRecorded_UnknownSayingWhy()
    {
        var finding = Judge("probation", D(2023, 11, 30), posts: Post("учитель", D(2023, 8, 30)));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["срок испытания Петров П. П. по должности на 01.09.2023"], finding.Missing);
    }

    [Fact]
    public void Validate_Adaptation_AlwaysUnknownSayingTheCaseCannotGiveIt()
    {
        var finding = Judge("adaptation", D(2024, 5, 31), D(1995, 3, 10), D(2022, 9, 1));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("окончание периода адаптации Петров П. П.: ни положение, ни дело не определяют его датой или числом месяцев", finding.Missing);
    }

    [Fact]
    public void Validate_WholePeriod_MonthsAreNotApplied()
    {
        // Three years is past the default twelve months, and right for the whole period.
        Assert.Equal(Outcome.Satisfied, Judge("young-specialist", D(2025, 8, 31), D(1995, 3, 10), D(2022, 9, 1)).Outcome);
        Assert.Equal(Outcome.Violated, Judge("none", D(2025, 8, 31), D(1995, 3, 10), D(2022, 9, 1)).Outcome);
    }
}
