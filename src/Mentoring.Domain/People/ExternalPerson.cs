using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.People;

/// <summary>
/// A mentor from outside the organization: an employer, a university or college teacher
/// (the forms «работодатель – студент» and «педагог вуза (колледжа) – молодой педагог»).
/// </summary>
/// <remarks>002 §1 (формы наставничества); 003 annex 3 (место работы наставника).</remarks>
public sealed class ExternalPerson : IPerson
{
    private ExternalPerson(PersonId id, PersonName name, string? organization, string? position, DateOnly? birthDate)
    {
        Id = id;
        Name = name;
        Organization = organization;
        Position = position;
        BirthDate = birthDate;
    }

    /// <inheritdoc />
    public PersonId Id { get; }

    /// <inheritdoc />
    public PersonName Name { get; }

    /// <summary>The employer, university or college the person works for, as the documents name it, or null.</summary>
    public string? Organization { get; }

    /// <summary>The person's position there, or null.</summary>
    public string? Position { get; }

    /// <inheritdoc />
    public DateOnly? BirthDate { get; }

    /// <summary>Creates a person from outside the organization.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="organization">The employer, university or college, or null when unknown.</param>
    /// <param name="position">The position, or null when unknown.</param>
    /// <param name="birthDate">The birth date, or null when unknown.</param>
    /// <returns>The person; this factory has no failing case beyond null arguments.</returns>
    public static Result<ExternalPerson> Create(PersonId id, PersonName name, string? organization = null, string? position = null, DateOnly? birthDate = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        return new ExternalPerson(id, name, Texts.Optional(organization), Texts.Optional(position), birthDate);
    }

    /// <inheritdoc />
    public int? AgeOn(DateOnly asOf) => BirthDate is { } birth ? CalendarMath.WholeYears(birth, asOf) : null;
}
