using System.Globalization;
using Mentoring.Domain.Documents;

namespace Mentoring.Domain;

/// <summary>
/// Helpers for the <see cref="ValidationError"/>s of the catalogue (<see cref="DomainErrors"/>): pointing an error at
/// another place, nesting it under an outer path, reading its document location, describing it as one line.
/// </summary>
/// <remarks>
/// Every helper returns a new error and leaves the given one as it is (<see cref="ValidationError"/> is mutable;
/// the library never changes an error it has handed out).
/// </remarks>
public static class ErrorExtensions
{
    /// <summary>Returns the same error pointed at another place (its <see cref="ValidationError.Identifier"/>).</summary>
    /// <param name="error">The error.</param>
    /// <param name="identifier">The place, such as <c>term.end</c>.</param>
    /// <returns>A copy with that identifier.</returns>
    public static ValidationError At(this ValidationError error, string identifier)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ValidationError(identifier ?? string.Empty, error.ErrorMessage, error.ErrorCode, error.Severity);
    }

    /// <summary>Returns the same error with its identifier prefixed by an outer path (<c>outer.inner</c>).</summary>
    /// <param name="error">The error.</param>
    /// <param name="outer">The outer path, such as <c>programs[2]</c>.</param>
    /// <returns>A copy with the longer identifier.</returns>
    public static ValidationError Under(this ValidationError error, string outer)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.At(string.IsNullOrEmpty(error.Identifier) ? outer : $"{outer}.{error.Identifier}");
    }

    /// <summary>Returns the same error as a warning (<see cref="ValidationSeverity.Warning"/>).</summary>
    /// <param name="error">The error.</param>
    /// <returns>A copy with the warning severity.</returns>
    public static ValidationError AsWarning(this ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ValidationError(error.Identifier, error.ErrorMessage, error.ErrorCode, ValidationSeverity.Warning);
    }

    /// <summary>
    /// The place in a document the error refers to, when its identifier is a document location
    /// (<c>file(line,column): path</c>, see <see cref="DocumentLocation"/>); null for a field path.
    /// </summary>
    /// <param name="error">The error.</param>
    /// <returns>The location, or null.</returns>
    public static DocumentLocation? Location(this ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return DocumentLocation.TryParse(error.Identifier, out var location) ? location : null;
    }

    /// <summary>One line: <c>code at identifier: message</c> (or <c>code: message</c> without an identifier).</summary>
    /// <param name="error">The error.</param>
    /// <returns>The text.</returns>
    public static string Describe(this ValidationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var warning = error.Severity == ValidationSeverity.Warning ? " (warning)" : string.Empty;
        return string.IsNullOrEmpty(error.Identifier)
            ? string.Create(CultureInfo.InvariantCulture, $"{error.ErrorCode}{warning}: {error.ErrorMessage}")
            : string.Create(CultureInfo.InvariantCulture, $"{error.ErrorCode}{warning} at {error.Identifier}: {error.ErrorMessage}");
    }

    /// <summary>The errors, one <see cref="Describe(ValidationError)"/> each, joined by <c>"; "</c>.</summary>
    /// <param name="errors">The errors.</param>
    /// <returns>The text.</returns>
    public static string Describe(this IEnumerable<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return string.Join("; ", errors.Select(e => e.Describe()));
    }
}
