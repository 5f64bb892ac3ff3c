using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.People;

/// <summary>A student (обучающийся) of a general-education organization taking part in mentoring.</summary>
/// <remarks>
/// 003 §1.3 (обучающиеся в возрасте от 10 до 18 лет), §2.4 (согласие законного представителя
/// несовершеннолетнего), §4.2 («ученик – ученик»). An unknown birth date or grade is null.
/// </remarks>
public sealed class Student : IPerson
{
    // For an object-relational mapper (Mentoring.EntityFrameworkCore), which sets the state through the backing fields;
    // never called by the model, so no invariant is skipped: what it reads back was written from a valid Student.
#pragma warning disable CS8618 // set by the mapper
    private Student()
    {
    }
#pragma warning restore CS8618

    private Student(PersonId id, PersonName name, OrganizationId organizationId, DateOnly? birthDate, int? grade)
    {
        Id = id;
        Name = name;
        OrganizationId = organizationId;
        BirthDate = birthDate;
        Grade = grade;
    }

    /// <inheritdoc />
    public PersonId Id { get; }

    /// <inheritdoc />
    public PersonName Name { get; }

    /// <summary>The organization the student studies in.</summary>
    public OrganizationId OrganizationId { get; }

    /// <inheritdoc />
    public DateOnly? BirthDate { get; }

    /// <summary>The grade (класс), 1 to 11, or null when unknown.</summary>
    public int? Grade { get; }

    /// <summary>The stage of general education given by <see cref="Grade"/>, or null when the grade is unknown.</summary>
    public EducationStage? Stage => Grade is { } grade ? EducationStages.OfGrade(grade) : null;

    /// <summary>Creates a student.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="organizationId">The organization the student studies in.</param>
    /// <param name="birthDate">The birth date, or null when unknown.</param>
    /// <param name="grade">The grade, 1 to 11, or null when unknown.</param>
    /// <returns>The student, or <see cref="DomainErrors.People.GradeOutOfRange"/> (MD0104) at <c>grade</c>.</returns>
    public static Result<Student> Create(PersonId id, PersonName name, OrganizationId organizationId, DateOnly? birthDate = null, int? grade = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(organizationId);
        return grade is { } g && EducationStages.OfGrade(g) is null
            ? DomainErrors.People.GradeOutOfRange(g).Fail()
            : new Student(id, name, organizationId, birthDate, grade);
    }

    /// <inheritdoc />
    public int? AgeOn(DateOnly asOf) => BirthDate is { } birth ? CalendarMath.WholeYears(birth, asOf) : null;
}
