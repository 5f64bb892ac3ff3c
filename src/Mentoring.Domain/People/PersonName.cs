namespace Mentoring.Domain.People;

/// <summary>
/// A person's name as Russian documents write it: surname, given name and, when there is one, patronymic
/// («Иванова Мария Петровна», short form «Иванова М. П.»).
/// </summary>
/// <remarks>
/// 003 annex 3 (базы наставников и наставляемых: ФИО). Documents that give only initials
/// («Иванова М. П.») are representable: the initials are kept as the given name and the patronymic.
/// </remarks>
public sealed class PersonName : IEquatable<PersonName>
{
    /// <summary>The longest part of a name accepted.</summary>
    public const int MaxPartLength = 100;

    // Written once on first use: findings name the same people many times over.
    private string? _shortName;

    private PersonName(string surname, string givenName, string? patronymic)
    {
        Surname = surname;
        GivenName = givenName;
        Patronymic = patronymic;
    }

    /// <summary>The surname («фамилия»).</summary>
    public string Surname { get; }

    /// <summary>The given name («имя»), or its initial when a document gives only that.</summary>
    public string GivenName { get; }

    /// <summary>The patronymic («отчество»), when the person has one or the document gives it.</summary>
    public string? Patronymic { get; }

    /// <summary>The full name, «Иванова Мария Петровна».</summary>
    public string FullName => Patronymic is null ? $"{Surname} {GivenName}" : $"{Surname} {GivenName} {Patronymic}";

    /// <summary>The surname with initials, «Иванова М. П.».</summary>
    public string ShortName => _shortName ??= Patronymic is null
        ? $"{Surname} {Initial(GivenName)}"
        : $"{Surname} {Initial(GivenName)} {Initial(Patronymic)}";

    /// <summary>Creates a name from its parts, collecting every error.</summary>
    /// <param name="surname">The surname; required.</param>
    /// <param name="givenName">The given name or its initial; required.</param>
    /// <param name="patronymic">The patronymic, or null.</param>
    /// <returns>
    /// The name, or <see cref="DomainErrors.General.Empty"/> (MD0001), <see cref="DomainErrors.General.TooLong"/>
    /// (MD0002), <see cref="DomainErrors.People.NameHasInvalidCharacters"/> (MD0102), each pointed at its part.
    /// </returns>
    public static Result<PersonName> Create(string? surname, string? givenName, string? patronymic = null)
    {
        var s = Part(surname, "surname");
        var g = Part(givenName, "givenName");
        var p = Texts.Optional(patronymic) is null ? Result<string>.Success(string.Empty) : Part(patronymic, "patronymic");
        return ResultExtras.Combine(s.ToResult(), g.ToResult(), p.ToResult())
            .Then(() => new PersonName(s.Value, g.Value, p.Value.Length == 0 ? null : p.Value));
    }

    /// <summary>
    /// Reads a full name written surname first: «Иванова Мария Петровна», «Иванова Мария», «Иванова М. П.»,
    /// «Иванова М.П.». Words after the given name form the patronymic («Мамедов Ильгар Рамиз оглы»).
    /// </summary>
    /// <param name="text">The full name.</param>
    /// <returns>
    /// The name, or <see cref="DomainErrors.General.Empty"/> (MD0001) for an empty text,
    /// <see cref="DomainErrors.People.NameNotParsable"/> (MD0101) for a single word, or the errors of
    /// <see cref="Create"/>.
    /// </returns>
    public static Result<PersonName> Parse(string? text)
    {
        if (Texts.Optional(text) is not { } normalized)
        {
            return DomainErrors.General.Empty("name").Fail();
        }

        var words = normalized.Split(' ');
        if (words.Length == 2 && SplitInitials(words[1]) is { } initials)
        {
            return Create(words[0], initials.Given, initials.Patronymic);
        }

        return words.Length < 2
            ? DomainErrors.People.NameNotParsable(normalized).Fail()
            : Create(words[0], words[1], words.Length > 2 ? string.Join(' ', words[2..]) : null);
    }

    /// <inheritdoc />
    public bool Equals(PersonName? other) =>
        other is not null
        && string.Equals(Surname, other.Surname, StringComparison.Ordinal)
        && string.Equals(GivenName, other.GivenName, StringComparison.Ordinal)
        && string.Equals(Patronymic, other.Patronymic, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PersonName);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Surname),
        StringComparer.Ordinal.GetHashCode(GivenName),
        Patronymic is null ? 0 : StringComparer.Ordinal.GetHashCode(Patronymic));

    /// <inheritdoc />
    public override string ToString() => FullName;

    private static Result<string> Part(string? value, string field)
    {
        if (Texts.Optional(value) is not { } text)
        {
            return DomainErrors.General.Empty(field).Fail();
        }

        if (text.Length > MaxPartLength)
        {
            return DomainErrors.General.TooLong(field, MaxPartLength).Fail();
        }

        return text.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '’' or '.')
               && char.IsLetter(text[0])
            ? text
            : DomainErrors.People.NameHasInvalidCharacters(field, text).Fail();
    }

    private static string Initial(string part) => part.Length == 2 && part[1] == '.' ? part : $"{part[0]}.";

    private static (string Given, string Patronymic)? SplitInitials(string word) =>
        word.Length == 4 && char.IsLetter(word[0]) && word[1] == '.' && char.IsLetter(word[2]) && word[3] == '.'
            ? (word[..2], word[2..])
            : null;
}
