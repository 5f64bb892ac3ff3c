using Mentoring.Domain.Forms;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;

namespace Mentoring.Domain.Cases;

/// <summary>The builder's plain-value overloads: strings, dates and numbers, every error collected for <see cref="Build"/>.</summary>
public sealed partial class MentoringCaseBuilder
{
    private readonly List<ValidationError> _valueErrors = [];
    private int _teacherCount;
    private int _studentCount;
    private int _pairCount;
    private int _programCount;

    /// <summary>The case from plain values: see <see cref="MentoringCase.Build"/>.</summary>
    internal static Result<MentoringCase> FromValues(string organizationId, string organizationName, OrganizationKind kind, Action<MentoringCaseBuilder> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var id = OrganizationId.Create(organizationId);
        if (!id.IsSuccess)
        {
            return Result<MentoringCase>.Invalid(id.ValidationErrors.Select(e => e.At("organization.id")));
        }

        var organization = Organization.Create(id.Value, organizationName, kind);
        var builder = organization.IsSuccess
            ? new MentoringCaseBuilder(organization.Value)
            : new MentoringCaseBuilder(Organization.Create(id.Value, "-", OrganizationKind.School).Value);
        builder._valueErrors.AddRange(organization.ValidationErrors.Select(e => e.Under("organization")));
        describe(builder);
        return builder.Build();
    }

    /// <summary>Adds a staff member from plain values; an invalid value is kept as an error for <see cref="Build"/>.</summary>
    /// <param name="id">The identifier, such as <c>T-01</c>.</param>
    /// <param name="fullName">The full name, «Фамилия Имя Отчество».</param>
    /// <param name="position">The position, or null.</param>
    /// <param name="birthDate">The birth date, or null.</param>
    /// <param name="hireDate">The first day of work in this organization, or null.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddTeacher(string id, string fullName, string? position = null, DateOnly? birthDate = null, DateOnly? hireDate = null)
    {
        var path = $"teachers[{_teacherCount++}]";
        var personId = Take(PersonId.Create(id), $"{path}.id");
        var name = Take(PersonName.Parse(fullName), $"{path}.name");
        if (personId is not null && name is not null && Take(Teacher.Create(personId, name, Organization.Id, position, birthDate, hireDate), path, under: true) is { } teacher)
        {
            Teachers.Add(teacher);
        }

        return this;
    }

    /// <summary>Adds a student from plain values; an invalid value is kept as an error for <see cref="Build"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="fullName">The full name, «Фамилия Имя Отчество».</param>
    /// <param name="birthDate">The birth date, or null.</param>
    /// <param name="grade">The grade, 1 to 11, or null.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddStudent(string id, string fullName, DateOnly? birthDate = null, int? grade = null)
    {
        var path = $"students[{_studentCount++}]";
        var personId = Take(PersonId.Create(id), $"{path}.id");
        var name = Take(PersonName.Parse(fullName), $"{path}.name");
        if (personId is not null && name is not null && Take(Student.Create(personId, name, Organization.Id, birthDate, grade), path, under: true) is { } student)
        {
            Students.Add(student);
        }

        return this;
    }

    /// <summary>Adds a pair or group from plain values; an invalid value is kept as an error for <see cref="Build"/>.</summary>
    /// <param name="id">The identifier, such as <c>P-1</c>.</param>
    /// <param name="mentors">The mentors' identifiers.</param>
    /// <param name="mentees">The mentees' identifiers.</param>
    /// <param name="form">The form of mentoring.</param>
    /// <param name="formedOn">The day formed, or null.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddPair(string id, IEnumerable<string> mentors, IEnumerable<string> mentees, MentoringForm form, DateOnly? formedOn = null)
    {
        ArgumentNullException.ThrowIfNull(mentors);
        ArgumentNullException.ThrowIfNull(mentees);
        var path = $"pairs[{_pairCount++}]";
        var pairId = Take(PairId.Create(id), $"{path}.id");
        var mentorIds = mentors.Select((m, i) => Take(PersonId.Create(m), $"{path}.mentors[{i}]")).ToArray();
        var menteeIds = mentees.Select((m, i) => Take(PersonId.Create(m), $"{path}.mentees[{i}]")).ToArray();
        if (pairId is not null && mentorIds.All(m => m is not null) && menteeIds.All(m => m is not null)
            && Take(MentoringPair.Create(pairId, Organization.Id, mentorIds!, menteeIds!, form, formedOn: formedOn), path, under: true) is { } pair)
        {
            Pairs.Add(pair);
        }

        return this;
    }

    /// <summary>Adds a personalized program in draft from plain values; an invalid value is kept as an error for <see cref="Build"/>.</summary>
    /// <param name="id">The identifier, such as <c>PR-1</c>.</param>
    /// <param name="pair">The pair's identifier.</param>
    /// <param name="start">The first day of the term.</param>
    /// <param name="end">The last day of the term.</param>
    /// <param name="direction">The direction, or null.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddProgram(string id, string pair, DateOnly start, DateOnly end, string? direction = null)
    {
        var path = $"programs[{_programCount++}]";
        var programId = Take(ProgramId.Create(id), $"{path}.id");
        var pairId = Take(PairId.Create(pair), $"{path}.pairId");
        var term = Take(ProgramTerm.Create(start, end), path, under: true);
        if (programId is not null && pairId is not null && term is not null
            && Take(PersonalizedProgram.Create(programId, pairId, term, direction), path, under: true) is { } program)
        {
            Programs.Add(program);
        }

        return this;
    }

    /// <summary>The value, or null with its errors kept at <paramref name="path"/> (or under it).</summary>
    private T? Take<T>(Result<T> result, string path, bool under = false)
        where T : class
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        _valueErrors.AddRange(result.ValidationErrors.Select(e => under ? e.Under(path) : e.At(path)));
        return null;
    }
}
