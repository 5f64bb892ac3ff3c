using Mentoring.Domain;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using Mentoring.EntityFrameworkCore.Conversions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mentoring.EntityFrameworkCore;

/// <summary>
/// The EF Core mapping of the model's aggregates that a school system queries by the shipped specifications: teachers,
/// students, pairs and groups, consents, personalized programs with their planned activities.
/// </summary>
/// <remarks>
/// Identifiers are stored as text (<see cref="IdentifierConverter{TId}"/>), names and terms as complex types (columns of
/// the owner's table), lists of identifiers and texts as JSON arrays (primitive collections: queried inside the database),
/// sets of kinds as codes, the aggregates' private state through their backing fields. Not mapped (keep the case file for
/// them): a program's stage history, changes, publications, completion and mentor report; orders, registries, roadmaps,
/// assessments and the other documents of a case.
/// </remarks>
public static class MentoringModel
{
    /// <summary>The identifier types stored as text, with their converters: for a host's own entities that refer to the model.</summary>
    /// <param name="configuration">The context's conventions (<c>DbContext.ConfigureConventions</c>).</param>
    /// <returns>The same builder.</returns>
    public static ModelConfigurationBuilder AddMentoringConventions(this ModelConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Properties<PersonId>().HaveConversion<PersonIdConverter, IdentifierComparer<PersonId>>().HaveMaxLength(Identifier.MaxLength);
        configuration.Properties<OrganizationId>().HaveConversion<OrganizationIdConverter, IdentifierComparer<OrganizationId>>().HaveMaxLength(Identifier.MaxLength);
        configuration.Properties<PairId>().HaveConversion<PairIdConverter, IdentifierComparer<PairId>>().HaveMaxLength(Identifier.MaxLength);
        configuration.Properties<ProgramId>().HaveConversion<ProgramIdConverter, IdentifierComparer<ProgramId>>().HaveMaxLength(Identifier.MaxLength);
        configuration.Properties<ActivityId>().HaveConversion<ActivityIdConverter, IdentifierComparer<ActivityId>>().HaveMaxLength(Identifier.MaxLength);
        configuration.Properties<DocumentId>().HaveConversion<DocumentIdConverter, IdentifierComparer<DocumentId>>().HaveMaxLength(Identifier.MaxLength);
        return configuration;
    }

    /// <summary>Maps the aggregates: <see cref="Teacher"/>, <see cref="Student"/>, <see cref="MentoringPair"/>, <see cref="Consent"/>, <see cref="PersonalizedProgram"/>.</summary>
    /// <param name="modelBuilder">The context's model (<c>DbContext.OnModelCreating</c>).</param>
    /// <returns>The same builder.</returns>
    /// <remarks>Call <see cref="AddMentoringConventions"/> in <c>ConfigureConventions</c> too: the mapping relies on its converters.</remarks>
    public static ModelBuilder ApplyMentoringModel(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Teacher>(Teacher);
        modelBuilder.Entity<Student>(Student);
        modelBuilder.Entity<MentoringPair>(Pair);
        modelBuilder.Entity<Consent>(Consent);
        modelBuilder.Entity<PersonalizedProgram>(Program);
        return modelBuilder;
    }

    private static void Teacher(EntityTypeBuilder<Teacher> b)
    {
        b.ToTable("Teachers");
        b.HasKey(t => t.Id);
        Name(b.ComplexProperty(t => t.Name));
        b.Property(t => t.OrganizationId);
        b.Property(t => t.Position).HasMaxLength(500);
        b.Property(t => t.BirthDate);
        b.Property(t => t.HireDate);
        b.Property(t => t.PedagogicalCareerStart);
        b.Property(t => t.IsHead);
        b.Property(t => t.IsDeputyHead);
        b.Property(t => t.IsPedagogicalWorker);
        b.PrimitiveCollection(t => t.Competences);
        b.Ignore(t => t.Posts); // the history of posts is not stored yet: a teacher read back has none (new-post stays unknown)
        b.HasIndex(t => t.OrganizationId);
    }

    private static void Student(EntityTypeBuilder<Student> b)
    {
        b.ToTable("Students");
        b.HasKey(s => s.Id);
        Name(b.ComplexProperty(s => s.Name));
        b.Property(s => s.OrganizationId);
        b.Property(s => s.BirthDate);
        b.Property(s => s.Grade);
        b.Ignore(s => s.Stage);
        b.HasIndex(s => s.BirthDate);
    }

    private static void Pair(EntityTypeBuilder<MentoringPair> b)
    {
        b.ToTable("Pairs");
        b.HasKey(p => p.Id);
        b.Property(p => p.OrganizationId);
        b.PrimitiveCollection(p => p.Mentors).ElementType(e => e.HasConversion<PersonIdConverter, IdentifierComparer<PersonId>>());
        b.PrimitiveCollection(p => p.Mentees).ElementType(e => e.HasConversion<PersonIdConverter, IdentifierComparer<PersonId>>());
        b.Property(p => p.Form);
        b.Property(p => p.RoleModel);
        b.Property(p => p.Kinds).HasConversion(new CodeSetConverter<MentoringKind>(), CodeSetConverter<MentoringKind>.Comparer);
        b.Property(p => p.ApprovedByOrder);
        b.Property(p => p.FormedOn);
        b.Property(p => p.CuratorInvolved);
        b.Ignore(p => p.Scale);
        b.Ignore(p => p.IsGroup);
    }

    private static void Consent(EntityTypeBuilder<Consent> b)
    {
        b.ToTable("Consents");
        b.HasKey(c => c.Id);
        b.Property(c => c.Kind);
        b.Property(c => c.Status);
        b.Property(c => c.GivenBy);
        b.Property(c => c.OnBehalfOf);
        b.Property(c => c.PairId);
        b.Property(c => c.Form);
        b.Property(c => c.GivenOn);
        b.Property(c => c.WithdrawnOn);
        b.Ignore(c => c.IsRefusal);
        b.Ignore(c => c.Subject);
        b.HasIndex(c => new { c.Kind, c.GivenBy });
    }

    private static void Program(EntityTypeBuilder<PersonalizedProgram> b)
    {
        b.ToTable("Programs");
        b.HasKey(p => p.Id);
        b.Property(p => p.PairId);
        Term(b.ComplexProperty(p => p.Term));
        Term(b.ComplexProperty<ProgramTerm>("InitialTerm"));
        b.Property(p => p.Direction).HasMaxLength(2000);
        b.PrimitiveCollection(p => p.MenteeDifficulties);
        b.PrimitiveCollection(p => p.MenteeStrengths);
        b.Property(p => p.Form);
        b.Property<Domain.Forms.MentoringForm?>("InitialForm");
        b.Property(p => p.Kinds).HasConversion(new CodeSetConverter<MentoringKind>(), CodeSetConverter<MentoringKind>.Comparer);
        b.Property(p => p.Status);
        b.Property(p => p.ApprovedOn);
        b.Property(p => p.ActivatedOn);
        b.OwnsMany(p => p.Activities, a =>
        {
            a.ToTable("ProgramActivities");
            a.WithOwner().HasForeignKey("ProgramId");
            a.HasKey("ProgramId", nameof(PlannedActivity.Id));
            a.Property(x => x.Id);
            a.Property(x => x.Title).HasMaxLength(2000);
            a.Property(x => x.Due);
            a.Property(x => x.Responsible);
            a.Property(x => x.DoneOn);
            a.Ignore(x => x.IsDone);
        });
        b.Navigation(p => p.Activities).HasField("_activities").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(p => p.ApprovedTerm);
        b.Ignore(p => p.MentorReport);
        b.Ignore(p => p.Completion);
        b.Ignore(p => p.Stage);
        b.Ignore(p => p.StageHistory);
        b.Ignore(p => p.Changes);
        b.Ignore(p => p.Publications);
        b.Ignore(p => p.IsFinished);
        b.Ignore(p => p.AllActivitiesDone);
        b.Ignore(p => p.StagesInOrder);
        b.HasIndex(p => p.PairId);
    }

    private static void Name(ComplexPropertyBuilder<PersonName> name)
    {
        name.Property(n => n.Surname).HasMaxLength(PersonName.MaxPartLength).HasColumnName("Surname");
        name.Property(n => n.GivenName).HasMaxLength(PersonName.MaxPartLength).HasColumnName("GivenName");
        name.Property(n => n.Patronymic).HasMaxLength(PersonName.MaxPartLength).HasColumnName("Patronymic");
        name.Ignore(n => n.FullName);
        name.Ignore(n => n.ShortName);
    }

    private static void Term(ComplexPropertyBuilder<ProgramTerm> term)
    {
        term.Property(t => t.Start);
        term.Property(t => t.End);
        term.Ignore(t => t.EndExclusive);
        term.Ignore(t => t.WholeMonths);
        term.Ignore(t => t.Days);
    }
}
