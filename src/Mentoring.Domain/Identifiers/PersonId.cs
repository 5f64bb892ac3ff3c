namespace Mentoring.Domain;

/// <summary>The identifier of a person: a teacher, a student, or anyone else the documents name.</summary>
public sealed class PersonId : Identifier
{
    private PersonId(string value)
        : base(value)
    {
    }

    /// <summary>Creates the identifier from its text.</summary>
    /// <param name="value">The text: not empty, at most <see cref="Identifier.MaxLength"/> characters.</param>
    /// <returns>The identifier, or an error naming the field <c>personId</c>.</returns>
    public static Result<PersonId> Create(string? value) => Validate(value, "personId").Map(v => new PersonId(v));
}
