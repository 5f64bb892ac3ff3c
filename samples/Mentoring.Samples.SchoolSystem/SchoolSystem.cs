using Ardalis.Specification;
using Mentoring.Domain;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Documents;
using Mentoring.Domain.Pairs.Specifications;
using Mentoring.Domain.Programs.Specifications;
using Mentoring.EntityFrameworkCore.Specifications;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Specifications;
using Mentoring.Rules.Validation;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Samples.SchoolSystem;

/// <summary>What an import did.</summary>
/// <param name="Saved">True when the case went into the database.</param>
/// <param name="Errors">The violations of error severity.</param>
/// <param name="Warnings">The violations of warning severity.</param>
/// <param name="Messages">The errors' messages, in Russian.</param>
public sealed record ImportOutcome(bool Saved, int Errors, int Warnings, IReadOnlyList<string> Messages);

/// <summary>One of the school system's questions: what it asks, the SQL the database ran, and the answer.</summary>
/// <param name="Question">The question.</param>
/// <param name="Sql">The SQL, as EF Core writes it.</param>
/// <param name="Found">The identifiers found.</param>
public sealed record Answer(string Question, string Sql, IReadOnlyList<string> Found);

/// <summary>
/// A small school system: imports a school's case into its database, validating on save, and asks the regulation's
/// questions with the library's specifications, which EF Core translates to SQL.
/// </summary>
/// <param name="db">The database.</param>
/// <param name="editionId">The edition the school works under.</param>
public sealed class SchoolSystem(SchoolDbContext db, string editionId)
{
    private readonly MentoringValidator _validator = new(EditionCatalog.Bundled);

    /// <summary>
    /// Validates the case under the edition on the day and saves it. Validation on save: with <paramref name="strict"/>,
    /// a violation of error severity refuses the save (nothing is written); otherwise the case is saved and the
    /// violations are reported and kept with it.
    /// </summary>
    /// <param name="caseFile">The case file.</param>
    /// <param name="asOf">The day of validation.</param>
    /// <param name="strict">True to refuse a case with errors.</param>
    /// <returns>What happened.</returns>
    public async Task<ImportOutcome> ImportAsync(string caseFile, DateOnly asOf, bool strict)
    {
        var read = CaseFile.Read(caseFile);
        if (!read.IsSuccess)
        {
            string[] problems = [.. read.ValidationErrors.Select(e => e.Describe())];
            return new(false, problems.Length, 0, problems);
        }

        var municipal = read.Value;

        var saved = true;
        int errors = 0, warnings = 0;
        var messages = new List<string>();
        foreach (var school in municipal.Cases)
        {
            var report = _validator.Validate(school, editionId, asOf);
            if (!report.IsSuccess)
            {
                string[] refused = [.. report.ValidationErrors.Select(e => e.Describe())];
                return new(false, refused.Length, 0, refused);
            }

            var found = report.Value.Findings;
            var schoolErrors = found.Where(f => f.IsError).ToList();
            errors += schoolErrors.Count;
            warnings += found.Count(f => f.IsWarning);
            messages.AddRange(schoolErrors.Select(f => $"{f.RuleId}: {f.MessageRu}"));
            if (strict && schoolErrors.Count != 0)
            {
                saved = false;
                continue;
            }

            await SaveAsync(school, asOf, schoolErrors.Count, found.Count(f => f.IsWarning), await File.ReadAllTextAsync(caseFile).ConfigureAwait(false)).ConfigureAwait(false);
        }

        return new(saved, errors, warnings, messages);
    }

    /// <summary>The school system's questions on a day, each run in the database.</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>The answers.</returns>
    public async Task<IReadOnlyList<Answer>> AskAsync(DateOnly asOf)
    {
        var edition = EditionCatalog.Bundled.Resolve(editionId, asOf).Value;
        return
        [
            await AskAsync("Учителя, которых можно назначить наставниками", db.Teachers, EditionSpecifications.EligibleMentors(edition, asOf), t => t.Id.Value).ConfigureAwait(false),
            await AskAsync("Учителя установленных категорий наставляемых", db.Teachers, EditionSpecifications.EligibleMentees(edition, asOf), t => t.Id.Value).ConfigureAwait(false),
            await AskAsync("Обучающиеся от 10 до 18 лет", db.Students, EditionSpecifications.StudentsOfAge(edition, asOf), s => s.Id.Value).ConfigureAwait(false),
            await AskAsync("Программы, которые завершаются в ближайшие 30 дней", db.Programs, new ProgramEndingWithinSpec(asOf, 30), p => p.Id.Value).ConfigureAwait(false),
            await AskAsync("Программы с просроченными мероприятиями", db.Programs, new ProgramWithOverdueActivitiesSpec(asOf), p => p.Id.Value).ConfigureAwait(false),
            await AskAsync("Пары без действующего согласия наставника", db.Pairs, new PairLackingConsentSpec(db.Consents, ConsentKind.MentorParticipation, asOf), p => p.Id.Value).ConfigureAwait(false),
        ];
    }

    private static async Task<Answer> AskAsync<T>(string question, IQueryable<T> set, ISpecification<T> specification, Func<T, string> id)
        where T : class
    {
        var query = set.AsNoTracking().WithSpecification(specification);
        var found = await query.ToListAsync().ConfigureAwait(false);
        return new(question, query.ToQueryString(), [.. found.Select(id).Order(StringComparer.Ordinal)]);
    }

    private async Task SaveAsync(MentoringCase school, DateOnly asOf, int errors, int warnings, string json)
    {
        var id = school.Organization.Id.Value;
        if (await db.Cases.AnyAsync(c => c.OrganizationId == id).ConfigureAwait(false))
        {
            return; // imported before: the sample imports once
        }

        db.Teachers.AddRange(school.Teachers);
        db.Students.AddRange(school.Students);
        db.Pairs.AddRange(school.Pairs);
        db.Consents.AddRange(school.Consents);
        db.Programs.AddRange(school.Programs);
        db.Cases.Add(new StoredCase { OrganizationId = id, EditionId = editionId, ValidatedOn = asOf, Errors = errors, Warnings = warnings, Json = json });
        await db.SaveChangesAsync().ConfigureAwait(false);
    }
}
