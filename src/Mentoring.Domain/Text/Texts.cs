namespace Mentoring.Domain;

/// <summary>Normalizes the free texts that documents carry: trimmed, inner runs of white space collapsed.</summary>
internal static class Texts
{
    /// <summary>The normalized text, or null when it is empty or white space (a missing fact).</summary>
    /// <param name="value">The text.</param>
    /// <returns>The normalized text or null.</returns>
    internal static string? Optional(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The normalized text, or <see cref="DomainErrors.General.Empty"/> (MD0001) at the field when it is empty.</summary>
    /// <param name="value">The text.</param>
    /// <param name="field">The field's name.</param>
    /// <returns>The normalized text or the error.</returns>
    internal static Result<string> Required(string? value, string field) =>
        Optional(value) is { } text ? text : DomainErrors.General.Empty(field).Fail();

    /// <summary>The distinct non-empty texts of a list, in their first order (compared without case).</summary>
    /// <param name="values">The texts, or null.</param>
    /// <returns>The normalized list.</returns>
    internal static IReadOnlyList<string> List(IEnumerable<string?>? values) =>
        values is null
            ? []
            : [.. values.Select(Optional).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];
}
