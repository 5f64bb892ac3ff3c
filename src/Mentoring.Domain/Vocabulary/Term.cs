namespace Mentoring.Domain;

/// <summary>
/// One term of the regulation's vocabulary: an enum value with its stable code (used in documents), its
/// Russian name as the seeds write it, its English name, and where the regulation defines it.
/// </summary>
/// <typeparam name="TEnum">The enum the term belongs to.</typeparam>
public sealed class Term<TEnum>
    where TEnum : struct, Enum
{
    internal Term(TEnum value, string code, string nameRu, string nameEn, string source, IReadOnlyList<string> aliasesRu)
    {
        Value = value;
        Code = code;
        NameRu = nameRu;
        NameEn = nameEn;
        Source = source;
        AliasesRu = aliasesRu;
    }

    /// <summary>The enum value.</summary>
    public TEnum Value { get; }

    /// <summary>The stable code used in documents, such as <c>teacher-teacher</c>.</summary>
    public string Code { get; }

    /// <summary>The Russian display name, such as «педагог – педагог».</summary>
    public string NameRu { get; }

    /// <summary>The English display name.</summary>
    public string NameEn { get; }

    /// <summary>Where the regulation defines the term (seed and section), such as <c>002 §1</c>.</summary>
    public string Source { get; }

    /// <summary>Other Russian spellings the seeds use for the same thing (for example «учитель – учитель»).</summary>
    public IReadOnlyList<string> AliasesRu { get; }

    /// <summary>The name in the requested language: Russian for <c>ru</c>, English otherwise.</summary>
    /// <param name="language">A two-letter language code.</param>
    /// <returns>The name.</returns>
    public string NameIn(string language) =>
        string.Equals(language, "ru", StringComparison.OrdinalIgnoreCase) ? NameRu : NameEn;

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({NameRu})";
}
