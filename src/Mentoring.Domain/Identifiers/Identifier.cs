using System.Diagnostics.CodeAnalysis;

namespace Mentoring.Domain;

/// <summary>
/// The base of every identifier in the model: a non-empty text of at most 128 characters, compared ordinally.
/// Two identifiers are equal only when they are of the same type and have the same text.
/// </summary>
/// <remarks>
/// Identifiers come from the documents (a staff number, an order number, a registry row): the model keeps
/// them as given, trimmed, and only refuses what cannot be an identifier at all.
/// </remarks>
public abstract class Identifier : IEquatable<Identifier>, IComparable<Identifier>
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 128;

    // The hash, kept once computed (0: not yet): identifiers are keys of many lookups and never change.
    private int _hash;

    /// <summary>Creates an identifier from text that <see cref="Validate"/> accepted.</summary>
    /// <param name="value">The validated text.</param>
    private protected Identifier(string value) => Value = value;

    /// <summary>The identifier's text.</summary>
    public string Value { get; }

    /// <summary>Checks a candidate identifier.</summary>
    /// <param name="value">The text.</param>
    /// <param name="field">The field's name, for the error.</param>
    /// <returns>The trimmed text, or an error.</returns>
    private protected static Result<string> Validate(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DomainErrors.General.Empty(field).Fail();
        }

        var trimmed = value.Trim();
        if (trimmed.Length > MaxLength)
        {
            return DomainErrors.General.TooLong(field, MaxLength).Fail();
        }

        foreach (var c in trimmed)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '№' or ' ' or ':' or '#'))
            {
                return DomainErrors.General.InvalidIdentifier(field, trimmed).Fail();
            }
        }

        return trimmed;
    }

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] Identifier? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && other.GetType() == GetType()
            && other.GetHashCode() == GetHashCode() // kept once computed: most identifiers compared are different
            && string.Equals(Value, other.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Identifier);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = _hash;
        if (hash == 0)
        {
            _hash = hash = HashCode.Combine(GetType(), StringComparer.Ordinal.GetHashCode(Value));
        }

        return hash;
    }

    /// <inheritdoc />
    public int CompareTo(Identifier? other) =>
        other is null ? 1 : string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Equality by type and text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when they are equal.</returns>
    public static bool operator ==(Identifier? left, Identifier? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by type and text.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Identifier? left, Identifier? right) => !(left == right);

    /// <summary>Ordinal order of the texts.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Identifier? left, Identifier? right) => Compare(left, right) < 0;

    /// <summary>Ordinal order of the texts.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> sorts first or they are equal.</returns>
    public static bool operator <=(Identifier? left, Identifier? right) => Compare(left, right) <= 0;

    /// <summary>Ordinal order of the texts.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Identifier? left, Identifier? right) => Compare(left, right) > 0;

    /// <summary>Ordinal order of the texts.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns>True when <paramref name="left"/> sorts last or they are equal.</returns>
    public static bool operator >=(Identifier? left, Identifier? right) => Compare(left, right) >= 0;

    private static int Compare(Identifier? left, Identifier? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
