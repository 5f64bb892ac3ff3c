using System.Collections.Frozen;

namespace Mentoring.Domain;

/// <summary>
/// The terms of one enum: lookup by value, by code and by Russian name (with the seeds' alternative
/// spellings), and parsing that lists the allowed codes when it fails.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class Vocabulary<TEnum>
    where TEnum : struct, Enum
{
    private readonly FrozenDictionary<TEnum, Term<TEnum>> _byValue;
    private readonly FrozenDictionary<string, Term<TEnum>> _byCode;
    private readonly FrozenDictionary<string, Term<TEnum>> _byName;

    private Vocabulary(string field, IReadOnlyList<Term<TEnum>> terms)
    {
        Field = field;
        All = terms;
        _byValue = terms.ToFrozenDictionary(t => t.Value);
        _byCode = terms.ToFrozenDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        _byName = terms
            .SelectMany(t => t.AliasesRu.Append(t.NameRu).Append(t.NameEn).Select(n => (Name: Normalize(n), Term: t)))
            .DistinctBy(p => p.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(p => p.Name, p => p.Term, StringComparer.Ordinal);
    }

    /// <summary>The name of the field these terms fill in a document, used in errors (for example <c>form</c>).</summary>
    public string Field { get; }

    /// <summary>Every term, in the enum's order.</summary>
    public IReadOnlyList<Term<TEnum>> All { get; }

    /// <summary>The codes, in the enum's order.</summary>
    public IEnumerable<string> Codes => All.Select(t => t.Code);

    /// <summary>The term of a value.</summary>
    /// <param name="value">A defined value.</param>
    /// <returns>Its term.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public Term<TEnum> this[TEnum value] =>
        _byValue.TryGetValue(value, out var term)
            ? term
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no value {value}.");

    /// <summary>True when the value is one of the enum's defined values.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when defined.</returns>
    public bool IsDefined(TEnum value) => _byValue.ContainsKey(value);

    /// <summary>Checks that a value is defined (not <c>default</c> and not a cast of an unknown number).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value, or an error listing the allowed codes.</returns>
    public Result<TEnum> Check(TEnum value) =>
        IsDefined(value) ? value : DomainErrors.General.UnknownCode(Field, value.ToString(), Codes).Fail();

    /// <summary>Parses a code (such as <c>teacher-teacher</c>) or a Russian or English name (such as «учитель – учитель»).</summary>
    /// <param name="text">The code or name; case, hyphens and dashes, and repeated spaces do not matter.</param>
    /// <returns>The value, or an error listing the allowed codes.</returns>
    public Result<TEnum> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DomainErrors.General.Empty(Field).Fail();
        }

        var trimmed = text.Trim();
        if (_byCode.TryGetValue(trimmed, out var byCode))
        {
            return byCode.Value;
        }

        return _byName.TryGetValue(Normalize(trimmed), out var byName)
            ? byName.Value
            : DomainErrors.General.UnknownCode(Field, trimmed, Codes).Fail();
    }

    /// <summary>Starts a vocabulary.</summary>
    /// <param name="field">The document field the terms fill.</param>
    /// <returns>A builder.</returns>
    internal static Builder For(string field) => new(field);

    private static string Normalize(string name)
    {
        var chars = new List<char>(name.Length);
        var lastWasSpace = true;
        foreach (var raw in name.Trim().ToLowerInvariant())
        {
            var c = raw switch
            {
                'ё' => 'е',
                '–' or '—' or '-' or '«' or '»' or '"' or '(' or ')' or ',' => ' ',
                _ => raw,
            };
            if (c == ' ')
            {
                if (!lastWasSpace)
                {
                    chars.Add(' ');
                }

                lastWasSpace = true;
            }
            else
            {
                chars.Add(c);
                lastWasSpace = false;
            }
        }

        return new string([.. chars]).TrimEnd();
    }

    /// <summary>Collects the terms of a vocabulary and checks that every enum value has exactly one.</summary>
    internal sealed class Builder
    {
        private readonly string _field;
        private readonly List<Term<TEnum>> _terms = [];

        internal Builder(string field) => _field = field;

        internal Builder Add(TEnum value, string code, string nameRu, string nameEn, string source, params string[] aliasesRu)
        {
            _terms.Add(new Term<TEnum>(value, code, nameRu, nameEn, source, aliasesRu));
            return this;
        }

        internal Vocabulary<TEnum> Build()
        {
            var values = Enum.GetValues<TEnum>();
            var missing = values.Except(_terms.Select(t => t.Value)).ToArray();
            if (missing.Length != 0 || _terms.Count != values.Length)
            {
                throw new InvalidOperationException(
                    $"The vocabulary of {typeof(TEnum).Name} must name every value exactly once; missing: {string.Join(", ", missing)}.");
            }

            return new Vocabulary<TEnum>(_field, [.. _terms.OrderBy(t => t.Value)]);
        }
    }
}
