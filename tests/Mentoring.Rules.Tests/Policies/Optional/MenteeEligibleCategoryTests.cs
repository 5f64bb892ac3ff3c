using FsCheck.Xunit;
using Mentoring.Domain.Forms;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using static Mentoring.Rules.Tests.Policies.Support.OptionalParts;

namespace Mentoring.Rules.Tests.Policies.Optional;

public sealed class MenteeEligibleCategoryTests
{
    private const string Rule = "mentee.eligible-category";
    private static readonly DateOnly AsOf = D(2024, 1, 15);
    private static readonly DateOnly Formed = D(2023, 9, 1);

    private static CaseBuilder Mentee(DateOnly? birthDate = null, DateOnly? careerStart = null, DateOnly? hireDate = null) =>
        School()
            .Teacher("m1")
            .Teacher("t1", birthDate: birthDate, careerStart: careerStart, hireDate: hireDate, name: "Петров Павел Павлович")
            .Pair("p1", ["m1"], ["t1"], formedOn: Formed);

    private static Action<EditionBuilder> Only(string category, Action<EditionBuilder>? more = null) =>
        On(Rule, e =>
        {
            e.Set(Rule, "categories", new[] { category });
            more?.Invoke(e);
        });

    [Fact]
    public void Validate_JudgedOnTheAppointment_AppointedAtThirtyFourStaysAYoungSpecialistAfterThirtyFive()
    {
        var @case = Mentee(D(1988, 10, 1), D(2022, 9, 1)).Build();

        var finding = PolicyRunner.FindingFor(@case, D(2024, 1, 15), Rule, "t1", Only("young-specialist"));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("на 01.09.2023", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_JudgedOnTheAppointment_PairingOrderDateFirst()
    {
        var @case = School().Teacher("m1").Teacher("t1", birthDate: D(1988, 10, 1), careerStart: D(2022, 9, 1))
            .Pair("p1", ["m1"], ["t1"], formedOn: D(2023, 9, 1)).PairingOrder("po-1", D(2023, 10, 2), "p1").Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1", Only("young-specialist"));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("на 02.10.2023", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoDayOfAppointment_UnknownNotTheDateOfValidation()
    {
        var @case = School().Teacher("m1").Teacher("t1", birthDate: D(1995, 1, 1), careerStart: D(2022, 9, 1)).Pair("p1", ["m1"], ["t1"]).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1", On(Rule));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("дата назначения в паре p1", finding.Missing[0], StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(OptionalPolicyArbitraries) })]
    public bool Validate_TemporalStability_OnlyALaterDateOfValidationChangesNothing(JoinedStudent t)
    {
        // A teacher born on t.Born who started teaching a year before joining the pair on t.Joined.
        var @case = School().Teacher("m1").Teacher("t1", birthDate: t.Born.AddYears(-10), careerStart: t.Joined.AddYears(-1))
            .Pair("p1", ["m1"], ["t1"], formedOn: t.Joined).Build();

        var first = PolicyRunner.FindingFor(@case, t.Joined, Rule, "t1", Only("young-specialist"));
        var later = PolicyRunner.FindingFor(@case, t.Joined.AddDays(t.LaterDays), Rule, "t1", Only("young-specialist"));

        return first.Outcome == later.Outcome && first.MessageRu == later.MessageRu;
    }

    [Fact]
    public void Validate_NotTurnedOn_NoFinding()
    {
        Assert.Empty(PolicyRunner.Findings(Mentee().Build(), AsOf, Rule));
    }

    [Fact]
    public void Validate_YoungSpecialist_SatisfiedNamingTheCategory()
    {
        var finding = PolicyRunner.FindingFor(Mentee(D(1999, 1, 1), D(2022, 9, 1)).Build(), AsOf, Rule, "t1", On(Rule));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("Наставляемый Петров П. П. (пара p1) на 01.09.2023 относится к категории: молодой специалист", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains(finding.Parameters, p => p.Name == "ageUnder" && Equals(p.Value, 35));
    }

    [Theory]
    [InlineData(34, Outcome.Satisfied)]
    [InlineData(35, Outcome.Violated)]
    public void Validate_AgeUnder_Boundary(int age, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(Mentee(Formed.AddYears(-age), D(2022, 9, 1)).Build(), AsOf, Rule, "t1", Only("young-specialist"));

        Assert.Equal(expected, finding.Outcome);
    }

    [Theory]
    [InlineData(2, Outcome.Satisfied)]
    [InlineData(3, Outcome.Violated)]
    public void Validate_MaxExperienceYears_Boundary(int years, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(Mentee(D(1999, 1, 1), Formed.AddYears(-years)).Build(), AsOf, Rule, "t1", Only("young-specialist"));

        Assert.Equal(expected, finding.Outcome);
    }

    [Theory]
    [InlineData(34, Outcome.Satisfied)]
    [InlineData(50, Outcome.Satisfied)]
    public void Validate_NoAgeLimit_AnyAgeWithLittleExperience(int age, Outcome expected)
    {
        var edition = Only("young-specialist", e => e.Set(Rule, "ageUnder", null));

        var finding = PolicyRunner.FindingFor(Mentee(Formed.AddYears(-age), D(2022, 9, 1)).Build(), AsOf, Rule, "t1", edition);

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains("без ограничения возраста", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoAgeLimit_ExperienceStillBounds()
    {
        var edition = Only("young-specialist", e => e.Set(Rule, "ageUnder", null));

        var finding = PolicyRunner.FindingFor(Mentee(D(1990, 1, 1), D(2015, 9, 1)).Build(), AsOf, Rule, "t1", edition);

        Assert.Equal(Outcome.Violated, finding.Outcome);
    }

    [Theory]
    [InlineData(29, Outcome.Satisfied)]
    [InlineData(30, Outcome.Violated)]
    public void Validate_EditionAgeUnderThirty_Boundary(int age, Outcome expected)
    {
        var edition = Only("young-specialist", e => e.Set(Rule, "ageUnder", 30));

        var finding = PolicyRunner.FindingFor(Mentee(Formed.AddYears(-age), D(2022, 9, 1)).Build(), AsOf, Rule, "t1", edition);

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "ageUnder" && Equals(p.Value, 30));
    }

    [Theory]
    [InlineData(4, Outcome.Satisfied)]
    [InlineData(5, Outcome.Violated)]
    public void Validate_EditionMaxExperienceFive_Boundary(int years, Outcome expected)
    {
        var edition = Only("young-specialist", e => e.Set(Rule, "maxExperienceYears", 5));

        var finding = PolicyRunner.FindingFor(Mentee(D(1995, 1, 1), Formed.AddYears(-years)).Build(), AsOf, Rule, "t1", edition);

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "maxExperienceYears" && Equals(p.Value, 5));
    }

    [Theory]
    [InlineData("до 35 лет", 34, Outcome.Satisfied)]
    [InlineData("до 35 лет", 35, Outcome.Violated)]
    [InlineData("моложе 35 лет", 35, Outcome.Violated)]
    [InlineData("не старше 35 лет", 35, Outcome.Satisfied)]
    [InlineData("не старше 35 лет", 36, Outcome.Violated)]
    [InlineData("до 35 лет включительно", 35, Outcome.Satisfied)]
    [InlineData("от 25 до 35 лет", 24, Outcome.Violated)]
    [InlineData("от 25 до 35 лет", 25, Outcome.Satisfied)]
    [InlineData("без ограничения возраста", 60, Outcome.Satisfied)]
    public void Validate_AgeAsTheTextSaysIt_Boundary(string words, int age, Outcome expected)
    {
        var edition = Only("young-specialist", e => e.Set(Rule, "ageUnder", words));

        var finding = PolicyRunner.FindingFor(Mentee(Formed.AddYears(-age), D(2022, 9, 1)).Build(), AsOf, Rule, "t1", edition);

        Assert.Equal(expected, finding.Outcome);
    }

    [Theory]
    [InlineData("не более 3 лет", 3, Outcome.Satisfied)]
    [InlineData("не более 3 лет", 4, Outcome.Violated)]
    [InlineData("до 3 лет", 3, Outcome.Violated)]
    [InlineData("менее 3 лет", 2, Outcome.Satisfied)]
    [InlineData("от 1 до 3 лет", 0, Outcome.Violated)]
    [InlineData("от 1 до 3 лет", 1, Outcome.Satisfied)]
    [InlineData("от 1 до 3 лет", 3, Outcome.Violated)]
    [InlineData("от 0 до 3-х лет", 0, Outcome.Satisfied)]
    public void Validate_ExperienceAsTheTextSaysIt_Boundary(string words, int years, Outcome expected)
    {
        var edition = Only("young-specialist", e => e.Set(Rule, "maxExperienceYears", words));

        var finding = PolicyRunner.FindingFor(Mentee(D(1995, 1, 1), Formed.AddYears(-years)).Build(), AsOf, Rule, "t1", edition);

        Assert.Equal(expected, finding.Outcome);
    }

    [Fact]
    public void Validate_ObjectForm_SameAsThePhrase()
    {
        var @case = Mentee(D(1995, 1, 1), Formed.AddYears(-3)).Build();
        var phrase = Only("young-specialist", e => e.Set(Rule, "maxExperienceYears", "не более 3 лет"));
        var json = Only("young-specialist", e => e.Set(Rule, "maxExperienceYears", new Dictionary<string, int> { ["atMost"] = 3 }));

        var byPhrase = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1", phrase);
        var byObject = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1", json);

        Assert.Equal(Outcome.Satisfied, byPhrase.Outcome);
        Assert.Equal(byPhrase.Outcome, byObject.Outcome);
        Assert.Equal(byPhrase.MessageRu, byObject.MessageRu);
        Assert.Contains(byObject.Parameters, p => p.Name == "maxExperienceYears" && Equals(p.Value, YearsBound.AtMost(3)));
    }

    [Property(Arbitrary = new[] { typeof(Mentoring.Rules.Tests.EditionFiles.YearsBoundArbitraries) }, MaxTest = 40)]
    public bool Validate_PhraseAndObjectForms_SameOutcomeAsContains(Mentoring.Rules.Tests.EditionFiles.ExperienceBound given, byte experience)
    {
        var bound = given.Bound;
        // A teacher of 30 with 0–7 whole years on the day of the appointment, under the bound written either way.
        var years = experience % 8;
        var @case = Mentee(Formed.AddYears(-30), Formed.AddYears(-years)).Build();
        var phrase = Only("young-specialist", e => e.Set(Rule, "ageUnder", null).Set(Rule, "maxExperienceYears", bound.ToRussian()));
        var json = Only("young-specialist", e => e.Set(Rule, "ageUnder", null).Set(Rule, "maxExperienceYears", bound));

        var byPhrase = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1", phrase);
        var byObject = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1", json);

        var expected = bound.Contains(years) ? Outcome.Satisfied : Outcome.Violated;
        return byPhrase.Outcome == expected && byObject.Outcome == expected && byPhrase.MessageRu == byObject.MessageRu;
    }

    [Fact]
    public void Validate_RangeViolated_MessageQuotesTheBoundsInWords()
    {
        var edition = Only("young-specialist", e => e.Set(Rule, "ageUnder", "не старше 35 лет").Set(Rule, "maxExperienceYears", "от 1 до 3 лет"));

        var finding = PolicyRunner.FindingFor(Mentee(D(1995, 1, 1), Formed.AddMonths(-6)).Build(), AsOf, Rule, "t1", edition);

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("молодой специалист (не старше 35 лет, стаж от 1 до 3 лет)", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LowerBoundAndCareerStartMissing_Unknown()
    {
        var edition = Only("young-specialist", e => e.Set(Rule, "maxExperienceYears", "от 1 до 3 лет"));

        var finding = PolicyRunner.FindingFor(Mentee(D(1995, 1, 1)).Build(), AsOf, Rule, "t1", edition);

        Assert.Equal(Outcome.Unknown, finding.Outcome);
    }

    [Theory]
    [InlineData(2022, 9, 2, Outcome.Satisfied)]
    [InlineData(2022, 9, 1, Outcome.Violated)]
    public void Validate_NewlyHired_LessThanAYearInTheOrganization(int year, int month, int day, Outcome expected)
    {
        var finding = PolicyRunner.FindingFor(Mentee(hireDate: D(year, month, day)).Build(), AsOf, Rule, "t1", Only("newly-hired"));

        Assert.Equal(expected, finding.Outcome);
        Assert.Contains(finding.Parameters, p => p.Name == "categories" && p.Value is IReadOnlyList<string> list && list.SequenceEqual(["newly-hired"]));
    }

    [Fact]
    public void Validate_ExperiencedTeacherUnderEveryCategory_UnknownForTheNewPost()
    {
        var finding = PolicyRunner.FindingFor(Mentee(D(1975, 1, 1), D(1998, 9, 1), D(2005, 9, 1)).Build(), AsOf, Rule, "t1", On(Rule));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["история должностей Петров П. П."], finding.Missing);
    }

    private static CaseBuilder Posted(DateOnly? careerStart, params Domain.People.TeacherPost[] posts) =>
        School().Teacher("m1").PostedTeacher("t1", "Петров Павел Павлович", D(1975, 1, 1), careerStart, posts).Pair("p1", ["m1"], ["t1"], formedOn: Formed);

    [Fact]
    public void Validate_NewPost_MovedToAPostWithoutExperience_SatisfiedNamingTheCategory()
    {
        var @case = Posted(D(1998, 9, 1), Post("учитель математики", D(1998, 9, 1), D(2023, 8, 31)), Post("педагог-психолог", D(2023, 8, 30))).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1", Only("new-post"));

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("на 01.09.2023 относится к категории: назначенный на должность, по которой не имеет опыта работы", finding.MessageRu, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2022, 9, 2, Outcome.Satisfied)]
    [InlineData(2022, 9, 1, Outcome.Violated)]
    public void Validate_NewPost_LessThanAWholeYearInThePostOnTheAppointment(int year, int month, int day, Outcome expected)
    {
        var @case = Posted(null, Post("педагог-психолог", D(year, month, day), prior: false)).Build();

        Assert.Equal(expected, PolicyRunner.FindingFor(@case, AsOf, Rule, "t1", Only("new-post")).Outcome);
    }

    [Fact]
    public void Validate_NewPost_BackToAFormerPost_Violated()
    {
        var @case = Posted(D(1998, 9, 1), Post("учитель математики", D(1998, 9, 1), D(2020, 8, 31)), Post("завуч", D(2020, 9, 1), D(2023, 8, 31)), Post("учитель математики", D(2023, 8, 30))).Build();

        Assert.Equal(Outcome.Violated, PolicyRunner.FindingFor(@case, AsOf, Rule, "t1", Only("new-post")).Outcome);
    }

    [Fact]
    public void Validate_NewPost_ExperienceBeforeTheHistoryNotRecorded_UnknownNamingThePost()
    {
        var @case = Posted(D(1998, 9, 1), Post("педагог-психолог", D(2023, 8, 30))).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1", Only("new-post"));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["опыт работы Петров П. П. в должности «педагог-психолог» до 30.08.2023"], finding.Missing);
    }

    [Fact]
    public void Validate_NewPost_NoPostOnTheAppointment_UnknownSayingSo()
    {
        var @case = Posted(D(1998, 9, 1), Post("учитель", D(1998, 9, 1), D(2020, 8, 31))).Build();

        var finding = PolicyRunner.FindingFor(@case, AsOf, Rule, "t1", Only("new-post"));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["должность Петров П. П. на 01.09.2023 (в истории должностей её нет)"], finding.Missing);
    }

    [Fact]
    public void Validate_BirthDateMissing_Unknown()
    {
        var finding = PolicyRunner.FindingFor(Mentee(careerStart: D(2022, 9, 1)).Build(), AsOf, Rule, "t1", Only("young-specialist"));

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Equal(["дата рождения Петров П. П."], finding.Missing);
    }

    [Fact]
    public void Validate_ExperiencedTeacher_ViolatedNamingTheCategories()
    {
        var finding = PolicyRunner.FindingFor(Mentee(D(1975, 1, 1), D(1998, 9, 1), D(2005, 9, 1)).Build(), AsOf, Rule, "t1", Only("young-specialist"));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Contains("не относится ни к одной из категорий: молодой специалист (моложе 35 лет, стаж менее 3 лет)", finding.MessageRu, StringComparison.Ordinal);
        Assert.Equal(["t1", "p1"], finding.Subjects.Select(s => s.Id));
    }

    [Fact]
    public void Validate_StudentForm_NotApplicable()
    {
        var @case = School().Student("s1", grade: 10).Student("s2", grade: 6).Pair("p1", ["s1"], ["s2"], form: MentoringForm.StudentStudent).Build();

        Assert.Equal(Outcome.NotApplicable, Assert.Single(PolicyRunner.Findings(@case, AsOf, Rule, On(Rule))).Outcome);
    }
}
