using FsCheck.Xunit;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Pairs.Specifications;
using Mentoring.Domain.People;
using Mentoring.Domain.People.Specifications;
using Mentoring.Domain.Programs.Specifications;
using Mentoring.EntityFrameworkCore.Specifications;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.EntityFrameworkCore.Tests;

/// <summary>
/// The shipped specifications run in SQLite: the query sent carries the criterion in its WHERE, and the database returns
/// exactly what the specification's in-memory evaluation returns.
/// </summary>
public sealed class SpecificationsInDatabaseTests
{
    [Property(MaxTest = 60, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool StudentAgeSpec_GeneratedBirthDates_DatabaseEqualsMemory(PeopleDates data)
    {
        var students = data.People.Select((p, i) => Build.Student($"S-{i}", p.Birth)).ToList();
        var spec = new StudentAgeSpec(data.AsOf);
        return SameInDatabase(students, db => db.Students, spec, s => s.Id.Value)
            && students.All(s => spec.IsSatisfiedBy(s) == (s.AgeOn(data.AsOf) is >= 10 and < 18));
    }

    [Property(MaxTest = 60, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool TeacherSpecs_GeneratedDates_DatabaseEqualsMemory(PeopleDates data)
    {
        var teachers = data.People.Select((p, i) => Build.Teacher($"T-{i}", p.Birth, p.Career, p.Hire, pedagogical: i % 5 != 4)).ToList();
        return SameInDatabase(teachers, db => db.Teachers, new EligibleMentorSpec(data.AsOf, 3), t => t.Id.Value)
            && SameInDatabase(teachers, db => db.Teachers, new TeacherExperienceSpec(data.AsOf, 2, ExperienceScope.Organization), t => t.Id.Value)
            && SameInDatabase(teachers, db => db.Teachers, new EligibleMenteeSpec(data.AsOf, [MenteeCategory.YoungSpecialist, MenteeCategory.NewlyHired]), t => t.Id.Value);
    }

    [Fact]
    public void StudentAgeSpec_Query_TranslatedToWhereOnBirthDate()
    {
        using var db = TestDb.Create();
        var sql = db.Students.WithSpecification(new StudentAgeSpec(new DateOnly(2024, 9, 1))).ToQueryString();
        Assert.Contains("WHERE", sql, StringComparison.Ordinal);
        Assert.Contains("\"BirthDate\" <=", sql, StringComparison.Ordinal);
        Assert.Contains("\"BirthDate\" >", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgramEndingWithinSpec_Boundaries_InDatabaseAsInMemory()
    {
        var from = new DateOnly(2024, 5, 1);
        var programs = new[]
        {
            Build.Program("PR-1", new DateOnly(2023, 9, 1), from.AddDays(-1)),
            Build.Program("PR-2", new DateOnly(2023, 9, 1), from),
            Build.Program("PR-3", new DateOnly(2023, 9, 1), from.AddDays(30)),
            Build.Program("PR-4", new DateOnly(2023, 9, 1), from.AddDays(31)),
        };
        var spec = new ProgramEndingWithinSpec(from, 30);

        Assert.Equal(["PR-2", "PR-3"], spec.Evaluate(programs).Select(p => p.Id.Value).Order());
        Assert.True(SameInDatabase(programs, db => db.Programs, spec, p => p.Id.Value));
    }

    [Fact]
    public void ProgramWithOverdueActivitiesSpec_Activities_SubqueryInDatabaseAsInMemory()
    {
        var asOf = new DateOnly(2024, 3, 1);
        var programs = new[]
        {
            Build.Program("PR-1", new DateOnly(2023, 9, 1), new DateOnly(2024, 6, 30), ("A-1", asOf.AddDays(-1), null)),
            Build.Program("PR-2", new DateOnly(2023, 9, 1), new DateOnly(2024, 6, 30), ("A-1", asOf.AddDays(-10), asOf.AddDays(-10)), ("A-2", asOf, null)),
            Build.Program("PR-3", new DateOnly(2023, 9, 1), new DateOnly(2024, 6, 30), ("A-1", asOf.AddDays(-10), asOf.AddDays(-9))),
            Build.Program("PR-4", new DateOnly(2023, 9, 1), new DateOnly(2024, 6, 30)),
        };
        var spec = new ProgramWithOverdueActivitiesSpec(asOf);

        Assert.Equal(["PR-1", "PR-3"], spec.Evaluate(programs).Select(p => p.Id.Value).Order());
        Assert.True(SameInDatabase(programs, db => db.Programs, spec, p => p.Id.Value));
        using var db = TestDb.Create();
        Assert.Contains("EXISTS", db.Programs.WithSpecification(spec).ToQueryString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PairLackingConsentSpec_ConsentsTable_CorrelatedSubqueryAsInMemory()
    {
        var on = new DateOnly(2024, 9, 1);
        var pairs = new[]
        {
            Build.Pair("P-1", ["T-1"], ["T-2"]),
            Build.Pair("P-2", ["T-3"], ["T-4"]),
            Build.Pair("P-3", ["T-5", "T-6"], ["T-7"]),
            Build.Pair("P-4", ["T-8"], ["T-9"]),
        };
        var consents = new[]
        {
            Build.Consent("C-1", ConsentKind.MentorParticipation, "T-1", on),                                    // in force from that day
            Build.Consent("C-2", ConsentKind.MentorParticipation, "T-3", on.AddDays(1)),                         // given later
            Build.Consent("C-3", ConsentKind.MentorParticipation, "T-5", on.AddDays(-30)),                      // one of two mentors
            Build.Consent("C-4", ConsentKind.MentorParticipation, "T-8", on.AddDays(-30), withdrawn: on),       // withdrawn that day
            Build.Consent("C-5", ConsentKind.MenteeParticipation, "T-6", on.AddDays(-30)),                      // another kind
        };

        var inMemory = new PairLackingConsentSpec(consents.AsQueryable(), ConsentKind.MentorParticipation, on);
        Assert.Equal(["P-2", "P-3", "P-4"], inMemory.Evaluate(pairs).Select(p => p.Id.Value).Order());

        using var db = TestDb.Create();
        db.Pairs.AddRange(pairs);
        db.Consents.AddRange(consents);
        db.SaveChanges();
        using var fresh = db.Fresh();
        var query = fresh.Pairs.WithSpecification(new PairLackingConsentSpec(fresh.Consents, ConsentKind.MentorParticipation, on));
        Assert.Contains("\"Consents\"", query.ToQueryString(), StringComparison.Ordinal);
        Assert.Equal(["P-2", "P-3", "P-4"], query.AsEnumerable().Select(p => p.Id.Value).Order());
    }

    [Fact]
    public void ApplyMentoringModel_TeacherAndProgram_ReadBackAsWritten()
    {
        var teacher = Build.Teacher("T-1", new DateOnly(1990, 2, 28), new DateOnly(2012, 9, 1), new DateOnly(2020, 9, 1));
        var program = Build.Program("PR-1", new DateOnly(2024, 9, 1), new DateOnly(2025, 5, 31), ("A-1", new DateOnly(2024, 10, 1), new DateOnly(2024, 9, 30)));
        using var db = TestDb.Create();
        db.Teachers.Add(teacher);
        db.Programs.Add(program);
        db.SaveChanges();

        using var fresh = db.Fresh();
        var readTeacher = fresh.Teachers.Single();
        var readProgram = fresh.Programs.Single();

        Assert.Equal((teacher.Id, teacher.Name, teacher.OrganizationId, teacher.BirthDate, teacher.PedagogicalCareerStart, teacher.HireDate), (readTeacher.Id, readTeacher.Name, readTeacher.OrganizationId, readTeacher.BirthDate, readTeacher.PedagogicalCareerStart, readTeacher.HireDate));
        Assert.Equal(teacher.Competences, readTeacher.Competences);
        Assert.Equal((program.Term, program.ApprovedTerm, program.PairId, program.Status), (readProgram.Term, readProgram.ApprovedTerm, readProgram.PairId, readProgram.Status));
        Assert.Equal(program.Activities.Select(a => (a.Id, a.Title, a.Due, a.DoneOn)), readProgram.Activities.Select(a => (a.Id, a.Title, a.Due, a.DoneOn)));
    }

    /// <summary>Saves the items to an empty database, runs the specification there and in memory, and compares the keys.</summary>
    private static bool SameInDatabase<T>(IReadOnlyList<T> items, Func<TestDb, DbSet<T>> set, Ardalis.Specification.ISpecification<T> spec, Func<T, string> key)
        where T : class
    {
        using var db = TestDb.Create();
        set(db).AddRange(items);
        db.SaveChanges();
        using var fresh = db.Fresh();
        db.Log.Clear();
        var fromDatabase = set(fresh).WithSpecification(spec).AsEnumerable().Select(key).Order(StringComparer.Ordinal).ToList();
        var inMemory = spec.Evaluate(items).Select(key).Order(StringComparer.Ordinal).ToList();
        var ranInDatabase = db.Log.Commands.Count == 1 && db.Log.Commands[0].Contains("WHERE", StringComparison.Ordinal);
        return ranInDatabase && fromDatabase.SequenceEqual(inMemory);
    }
}
