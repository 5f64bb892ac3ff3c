using Mentoring.Domain.Consents;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using Mentoring.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Samples.SchoolSystem;

/// <summary>The school system's database: the model's aggregates (Mentoring.EntityFrameworkCore) and the stored case files.</summary>
/// <param name="options">The provider and connection.</param>
public sealed class SchoolDbContext(DbContextOptions<SchoolDbContext> options) : DbContext(options)
{
    /// <summary>The teachers.</summary>
    public DbSet<Teacher> Teachers => Set<Teacher>();

    /// <summary>The students.</summary>
    public DbSet<Student> Students => Set<Student>();

    /// <summary>The pairs and groups.</summary>
    public DbSet<MentoringPair> Pairs => Set<MentoringPair>();

    /// <summary>The consents.</summary>
    public DbSet<Consent> Consents => Set<Consent>();

    /// <summary>The personalized programs with their activities.</summary>
    public DbSet<PersonalizedProgram> Programs => Set<PersonalizedProgram>();

    /// <summary>Each school's case file as imported, with its validation at import (the documents the mapping does not cover live here).</summary>
    public DbSet<StoredCase> Cases => Set<StoredCase>();

    /// <summary>Opens the database: SQLite in a file by default, PostgreSQL when a connection string for it is given.</summary>
    /// <param name="sqlitePath">The SQLite file, created on first run.</param>
    /// <param name="postgres">A PostgreSQL connection string (<c>Host=…;Database=…;Username=…;Password=…</c>), or null.</param>
    /// <returns>The context.</returns>
    public static SchoolDbContext Open(string sqlitePath, string? postgres = null)
    {
        var options = new DbContextOptionsBuilder<SchoolDbContext>();
        _ = postgres is null ? options.UseSqlite($"Data Source={sqlitePath}") : options.UseNpgsql(postgres);
        return new SchoolDbContext(options.Options);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddMentoringConventions();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyMentoringModel();
        modelBuilder.Entity<StoredCase>(b =>
        {
            b.ToTable("Cases");
            b.HasKey(c => c.OrganizationId);
            b.Property(c => c.OrganizationId).HasMaxLength(128);
            b.Property(c => c.EditionId).HasMaxLength(128);
        });
    }
}

/// <summary>A school's case file as imported.</summary>
public sealed class StoredCase
{
    /// <summary>The organization.</summary>
    public required string OrganizationId { get; init; }

    /// <summary>The edition it was validated under.</summary>
    public required string EditionId { get; init; }

    /// <summary>The day it was validated on.</summary>
    public required DateOnly ValidatedOn { get; init; }

    /// <summary>The violations of error severity found at import.</summary>
    public required int Errors { get; init; }

    /// <summary>The violations of warning severity found at import.</summary>
    public required int Warnings { get; init; }

    /// <summary>The case file (JSON), as read.</summary>
    public required string Json { get; init; }
}
