using Mentoring.Domain.Consents;
using Mentoring.Domain.Documents;
using Mentoring.Domain.Pairs.Specifications;
using Mentoring.Domain.Programs.Specifications;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Specifications;
using Mentoring.Samples.SchoolSystem;

namespace Mentoring.EntityFrameworkCore.Tests;

/// <summary>The school system sample's flow, from an empty SQLite file: import validated on save, questions answered by the database.</summary>
public sealed class SchoolSystemSampleTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2021, 10, 1);
    private readonly string _directory = Directory.CreateTempSubdirectory("school-system-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task ImportAndAsk_EmptyDatabaseFile_AnswersInSqlEqualInMemoryEvaluation()
    {
        var file = Path.Combine(_directory, "school.db");
        var caseFile = Path.Combine(AppContext.BaseDirectory, "data", "school.json");
        await using var db = SchoolDbContext.Open(file);
        Assert.True(await db.Database.EnsureCreatedAsync());

        var system = new SchoolSystem(db, "argun-2021");
        var import = await system.ImportAsync(caseFile, AsOf, strict: true);
        var answers = await system.AskAsync(AsOf);

        Assert.True(import.Saved);
        var school = Assert.Single(CaseFile.Read(caseFile).Value.Cases);
        var edition = EditionCatalog.Bundled.Resolve("argun-2021", AsOf).Value;
        string[][] expected =
        [
            Ids(EditionSpecifications.EligibleMentors(edition, AsOf).Evaluate(school.Teachers).Select(t => t.Id.Value)),
            Ids(EditionSpecifications.EligibleMentees(edition, AsOf).Evaluate(school.Teachers).Select(t => t.Id.Value)),
            Ids(EditionSpecifications.StudentsOfAge(edition, AsOf).Evaluate(school.Students).Select(s => s.Id.Value)),
            Ids(new ProgramEndingWithinSpec(AsOf, 30).Evaluate(school.Programs).Select(p => p.Id.Value)),
            Ids(new ProgramWithOverdueActivitiesSpec(AsOf).Evaluate(school.Programs).Select(p => p.Id.Value)),
            Ids(new PairLackingConsentSpec(school.Consents.AsQueryable(), ConsentKind.MentorParticipation, AsOf).Evaluate(school.Pairs).Select(p => p.Id.Value)),
        ];
        Assert.Equal(expected, answers.Select(a => a.Found.ToArray()));
        Assert.All(answers, a => Assert.Contains("WHERE", a.Sql, StringComparison.Ordinal));
        Assert.NotEmpty(answers[2].Found); // the bundled school's students of 10 to 18 are found by the database
    }

    [Fact]
    public async Task ImportAsync_StrictWithErrors_NothingSaved()
    {
        var file = Path.Combine(_directory, "strict.db");
        var violations = Path.Combine(AppContext.BaseDirectory, "data", "violations.json");
        await using var db = SchoolDbContext.Open(file);
        await db.Database.EnsureCreatedAsync();

        var import = await new SchoolSystem(db, "argun-2021").ImportAsync(violations, new DateOnly(2022, 6, 30), strict: true);

        Assert.True(import.Errors > 0);
        Assert.False(import.Saved);
        Assert.Empty(db.Teachers);
        Assert.Empty(db.Cases);
    }

    private static string[] Ids(IEnumerable<string> ids) => [.. ids.Order(StringComparer.Ordinal)];
}
