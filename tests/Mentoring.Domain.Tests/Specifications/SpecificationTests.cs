using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Consents.Specifications;
using Mentoring.Domain.Pairs.Specifications;
using Mentoring.Domain.People;
using Mentoring.Domain.People.Specifications;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Programs.Specifications;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Pairs;

namespace Mentoring.Domain.Tests.Specifications;

/// <summary>Two dates 1960–2030 (28 February, 29 February and 1 March often) and a number of years 0–40.</summary>
public sealed record DatesAndYears(DateOnly From, DateOnly To, int Years);

/// <summary>The generators of the specifications' property tests.</summary>
public static class SpecificationArbitraries
{
    /// <summary>Dates around leap days and a number of years.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DatesAndYears> Dates()
    {
        var day = Gen.OneOf(
            from n in Gen.Choose(new DateOnly(1960, 1, 1).DayNumber, new DateOnly(2030, 12, 31).DayNumber) select DateOnly.FromDayNumber(n),
            from y in Gen.Choose(1960, 2030)
            from md in Gen.Elements((2, 28), (2, 29), (3, 1))
            select md.Item2 == 29 && !DateTime.IsLeapYear(y) ? new DateOnly(y, 2, 28) : new DateOnly(y, md.Item1, md.Item2));
        return (from a in day from b in day from years in Gen.Choose(0, 40) select new DatesAndYears(a, b, years)).ToArbitrary();
    }
}

public sealed class SpecificationTests
{
    private static readonly OrganizationId School = OrganizationId.Create("school-1").Value;

    [Property(Arbitrary = new[] { typeof(SpecificationArbitraries) })]
    public bool LatestStartFor_AnyDates_BoundSeparatesWholeYears(DatesAndYears d)
    {
        var years = Math.Max(d.Years, 1);
        return CalendarMath.LatestStartFor(d.To, years) is { } bound
            && (CalendarMath.WholeYears(d.From, d.To) >= years) == (d.From <= bound);
    }

    [Property(Arbitrary = new[] { typeof(SpecificationArbitraries) })]
    public bool StudentAgeSpec_AnyBirthDate_AsAgeOnCounts(DatesAndYears d)
    {
        var student = Student(d.From);
        var age = student.AgeOn(d.To);
        return new StudentAgeSpec(d.To).IsSatisfiedBy(student) == (age is >= 10 and < 18)
            && new StudentAgeSpec(d.To, d.Years % 10, 10 + d.Years).IsSatisfiedBy(student) == (age >= d.Years % 10 && age < 10 + d.Years);
    }

    [Property(Arbitrary = new[] { typeof(SpecificationArbitraries) })]
    public bool TeacherSpecs_AnyDates_AsTheTeacherCounts(DatesAndYears d)
    {
        var teacher = Teacher(birth: d.From.AddYears(-20), career: d.From, hire: d.From);
        return new TeacherExperienceSpec(d.To, d.Years).IsSatisfiedBy(teacher) == (teacher.ExperienceYearsOn(d.To, ExperienceScope.Total) >= d.Years)
            && new YoungSpecialistSpec(d.To, 35, Math.Max(d.Years, 1)).IsSatisfiedBy(teacher) == (teacher.IsYoungSpecialistOn(d.To, 35, Math.Max(d.Years, 1)) == true)
            && new NewlyHiredSpec(d.To).IsSatisfiedBy(teacher) == (teacher.ExperienceYearsOn(d.To, ExperienceScope.Organization) < 1);
    }

    /// <summary>
    /// The rules judge in memory with the teacher's own counts (no specification compiled per pair): each specification
    /// agrees with them for either scope, with the career and the hire on different days.
    /// </summary>
    [Property(Arbitrary = new[] { typeof(SpecificationArbitraries) })]
    public bool TeacherExperienceSpec_EitherScope_AsExperienceYearsOnCounts(DatesAndYears d)
    {
        var teacher = Teacher(birth: d.From.AddYears(-30), career: d.From.AddYears(-d.Years % 5), hire: d.From);
        return new TeacherExperienceSpec(d.To, Math.Max(d.Years, 1), ExperienceScope.Organization).IsSatisfiedBy(teacher) == (teacher.ExperienceYearsOn(d.To, ExperienceScope.Organization) >= Math.Max(d.Years, 1))
            && new TeacherExperienceSpec(d.To, Math.Max(d.Years, 1), ExperienceScope.Total).IsSatisfiedBy(teacher) == (teacher.ExperienceYearsOn(d.To, ExperienceScope.Total) >= Math.Max(d.Years, 1))
            && new YoungSpecialistSpec(d.To, 35, Math.Max(d.Years, 1)).IsSatisfiedBy(teacher) == (teacher.IsYoungSpecialistOn(d.To, 35, Math.Max(d.Years, 1)) == true);
    }

    [Theory]
    [InlineData("2014-09-01", "2024-08-31", false)] // the day before the 10th birthday
    [InlineData("2014-09-01", "2024-09-01", true)]  // the 10th birthday
    [InlineData("2006-09-01", "2024-08-31", true)]  // the day before the 18th birthday
    [InlineData("2006-09-01", "2024-09-01", false)] // the 18th birthday: out of the band
    [InlineData("2012-02-29", "2022-02-27", false)] // born on 29 February: not yet 10
    [InlineData("2012-02-29", "2022-02-28", true)]  // turns 10 on 28 February of a common year
    public void StudentAgeSpec_Birthdays_BandFrom10ToUnder18(string birth, string on, bool expected) =>
        Assert.Equal(expected, new StudentAgeSpec(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)).IsSatisfiedBy(Student(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void StudentAgeSpec_UnknownBirthDate_NotSatisfied() =>
        Assert.False(new StudentAgeSpec(new DateOnly(2024, 9, 1)).IsSatisfiedBy(Student(null)));

    [Fact]
    public void EligibleMentorSpec_NotPedagogicalOrTooLittleExperience_Excluded()
    {
        var on = new DateOnly(2024, 9, 1);
        var enough = Teacher(career: new DateOnly(2021, 9, 1));
        var short1 = Teacher(career: new DateOnly(2021, 9, 2));
        var unknown = Teacher();
        var staff = Teacher(career: new DateOnly(2000, 9, 1), pedagogical: false);

        Assert.Equal([enough], new EligibleMentorSpec(on, 3).Evaluate([enough, short1, unknown, staff]));
        Assert.Equal([enough, short1, unknown], new EligibleMentorSpec(on).Evaluate([enough, short1, unknown, staff]));
    }

    [Fact]
    public void EligibleMenteeSpec_Categories_AnyOfThemAndNoneForNone()
    {
        var on = new DateOnly(2024, 9, 1);
        var young = Teacher(birth: new DateOnly(1995, 1, 1), career: new DateOnly(2023, 9, 1));
        var hired = Teacher(birth: new DateOnly(1970, 1, 1), career: new DateOnly(1995, 9, 1), hire: new DateOnly(2023, 9, 2));
        var veteran = Teacher(birth: new DateOnly(1970, 1, 1), career: new DateOnly(1995, 9, 1), hire: new DateOnly(2023, 9, 1));

        Assert.Equal([young, hired], new EligibleMenteeSpec(on, [MenteeCategory.YoungSpecialist, MenteeCategory.NewlyHired]).Evaluate([young, hired, veteran]));
        Assert.Equal([young], new EligibleMenteeSpec(on, [MenteeCategory.YoungSpecialist]).Evaluate([young, hired, veteran]));
        Assert.Empty(new EligibleMenteeSpec(on, [MenteeCategory.NewPost]).Evaluate([young, hired, veteran]));
        Assert.Empty(new EligibleMenteeSpec(on, []).Evaluate([young, hired, veteran]));
    }

    [Fact]
    public void ProgramEndingWithinSpec_Window_BothEndsIncludedFinishedExcluded()
    {
        var from = new DateOnly(2024, 5, 1);
        var before = Program("PR-1", from.AddDays(-1));
        var first = Program("PR-2", from);
        var last = Program("PR-3", from.AddDays(14));
        var after = Program("PR-4", from.AddDays(15));

        Assert.Equal([first, last], new ProgramEndingWithinSpec(from, 14).Evaluate([before, first, last, after]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProgramEndingWithinSpec(from, -1));
    }

    [Fact]
    public void OverdueActivitySpec_DueDone_AsActivitiesOverdue()
    {
        var asOf = new DateOnly(2024, 3, 1);
        var program = Program("PR-1", new DateOnly(2024, 6, 30),
            ("A-1", asOf.AddDays(-1), null),              // overdue
            ("A-2", asOf, null),                          // due today: not yet
            ("A-3", asOf.AddDays(-5), asOf.AddDays(-5)),  // done on the day
            ("A-4", asOf.AddDays(-5), asOf.AddDays(-4))); // done late

        Assert.Equal(["A-1", "A-4"], new OverdueActivitySpec(asOf).Evaluate(program.Activities).Select(a => a.Id.Value));
        Assert.Equal(program.ActivitiesOverdue(asOf), new OverdueActivitySpec(asOf).Evaluate(program.Activities));
        Assert.True(new ProgramWithOverdueActivitiesSpec(asOf).IsSatisfiedBy(program));
        Assert.False(new ProgramWithOverdueActivitiesSpec(asOf.AddDays(-5)).IsSatisfiedBy(program));
    }

    [Property(Arbitrary = new[] { typeof(SpecificationArbitraries) })]
    public bool ConsentInForceSpec_AnyDates_AsIsInForceOn(DatesAndYears d)
    {
        var given = d.From < d.To ? d.From : d.To;
        var withdrawn = d.From < d.To ? d.To : d.From;
        var consent = Consent.Create(DocumentId.Create("C-1").Value, ConsentKind.MentorParticipation, Person("T-1"), given, withdrawnOn: d.Years % 2 == 0 ? withdrawn : null).Value;
        var on = given.AddDays(d.Years - 20);
        return new ConsentInForceSpec(on).IsSatisfiedBy(consent) == consent.IsInForceOn(on)
            && new ConsentInForceSpec(on, ConsentKind.MenteeParticipation).IsSatisfiedBy(consent) == false;
    }

    [Fact]
    public void PairLackingConsentSpec_Kinds_MentorsMenteesOrBoth()
    {
        var on = new DateOnly(2024, 9, 1);
        var pair = MentoringPair.Create(PairId.Create("P-1").Value, School, [Person("T-1")], [Person("T-2")], MentoringForm.TeacherTeacher).Value;
        Consent[] consents =
        [
            Consent.Create(DocumentId.Create("C-1").Value, ConsentKind.MentorParticipation, Person("T-1"), on).Value,
            Consent.Create(DocumentId.Create("C-2").Value, ConsentKind.PersonalData, Person("T-2"), on).Value,
            Consent.Create(DocumentId.Create("C-3").Value, ConsentKind.MenteeParticipation, Person("T-2"), on, pairId: PairId.Create("P-9").Value).Value,
        ];

        Assert.False(new PairLackingConsentSpec(consents.AsQueryable(), ConsentKind.MentorParticipation, on).IsSatisfiedBy(pair));
        Assert.True(new PairLackingConsentSpec(consents.AsQueryable(), ConsentKind.MentorParticipation, on.AddDays(-1)).IsSatisfiedBy(pair));
        Assert.True(new PairLackingConsentSpec(consents.AsQueryable(), ConsentKind.MenteeParticipation, on).IsSatisfiedBy(pair)); // given for another pair
        Assert.True(new PairLackingConsentSpec(consents.AsQueryable(), ConsentKind.PersonalData, on).IsSatisfiedBy(pair));        // the mentor has none
    }

    [Fact]
    public void OverdueRoadmapActivitySpec_DeadlinePassed_AsIsOverdue()
    {
        var asOf = new DateOnly(2024, 9, 10);
        var late = Domain.Roadmaps.RoadmapActivity.Create("1", "Приказ о наставничестве", Domain.Roadmaps.Deadline.Parse("до 01.09.2024").Value).Value;
        var done = Domain.Roadmaps.RoadmapActivity.Create("2", "Положение о наставничестве", Domain.Roadmaps.Deadline.Parse("до 01.09.2024").Value, doneOn: new DateOnly(2024, 8, 30)).Value;
        var coming = Domain.Roadmaps.RoadmapActivity.Create("3", "Отчёт", Domain.Roadmaps.Deadline.Parse("до 01.10.2024").Value).Value;

        Assert.Equal([late], new Domain.Roadmaps.Specifications.OverdueRoadmapActivitySpec(asOf).Evaluate([late, done, coming]));
    }

    private static PersonId Person(string id) => PersonId.Create(id).Value;

    private static Student Student(DateOnly? birth) =>
        Domain.People.Student.Create(Person("S-1"), PersonName.Parse("Петров Илья").Value, School, birth).Value;

    private static Teacher Teacher(DateOnly? birth = null, DateOnly? career = null, DateOnly? hire = null, bool pedagogical = true) =>
        Domain.People.Teacher.Create(Person("T-" + Guid.NewGuid().ToString("N")[..8]), PersonName.Parse("Иванова Анна").Value, School, birthDate: birth, hireDate: hire, pedagogicalCareerStart: career, isPedagogicalWorker: pedagogical).Value;

    private static PersonalizedProgram Program(string id, DateOnly end, params (string Id, DateOnly Due, DateOnly? Done)[] activities) =>
        PersonalizedProgram.Create(ProgramId.Create(id).Value, PairId.Create("P-1").Value, ProgramTerm.Create(new DateOnly(2023, 9, 1), end).Value,
            activities: activities.Select(a => PlannedActivity.Create(ActivityId.Create(a.Id).Value, "мероприятие", a.Due, doneOn: a.Done).Value)).Value;
}
