namespace Mentoring.Domain;

/// <summary>The identifier of a document: an order, a consent, an addendum (its number as registered, or a case-file key).</summary>
public sealed class DocumentId : Identifier
{
    private DocumentId(string value)
        : base(value)
    {
    }

    /// <summary>Creates the identifier from its text.</summary>
    /// <param name="value">The text: not empty, at most <see cref="Identifier.MaxLength"/> characters.</param>
    /// <returns>The identifier, or an error naming the field <c>documentId</c>.</returns>
    public static Result<DocumentId> Create(string? value) => Validate(value, "documentId").Map(v => new DocumentId(v));
}
