using Mentoring.Domain;

namespace Mentoring.Rules.Policies;

/// <summary>
/// The catalogue of Mentoring.Rules' own errors (MR codes): editions, parameters, rule sets. Codes are stable.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term>MR01xx</term><description>rule sets and policy metadata</description></item>
/// <item><term>MR02xx</term><description>editions: files, rule switches, parameters, inheritance</description></item>
/// </list>
/// </remarks>
public static class RuleErrors
{
    /// <summary>MR0101: no rule has this identifier.</summary>
    /// <param name="ruleId">The unknown identifier.</param>
    /// <param name="known">The identifiers that exist.</param>
    /// <returns>The error.</returns>
    public static ValidationError UnknownRule(string ruleId, IEnumerable<string> known) => DomainErrors.Create(
        "MR0101", $"There is no rule '{ruleId}'. Known rules: {string.Join(", ", known)}.",
        $"Правила «{ruleId}» нет. Известные правила: {string.Join(", ", known)}.", "rules");

    /// <summary>MR0102: the rule has no parameter of this name.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="name">The unknown parameter.</param>
    /// <param name="known">The rule's parameters.</param>
    /// <returns>The error.</returns>
    public static ValidationError UnknownParameter(string ruleId, string name, IEnumerable<string> known)
    {
        var list = known.ToArray();
        var allowed = list.Length == 0 ? "none" : string.Join(", ", list);
        var allowedRu = list.Length == 0 ? "нет" : string.Join(", ", list);
        return DomainErrors.Create(
            "MR0102", $"Rule '{ruleId}' has no parameter '{name}'. Its parameters: {allowed}.",
            $"У правила «{ruleId}» нет параметра «{name}». Его параметры: {allowedRu}.", $"rules.{ruleId}.parameters.{name}");
    }

    /// <summary>MR0103: a parameter's value is not of its kind or outside its range.</summary>
    /// <param name="ruleId">The rule.</param>
    /// <param name="name">The parameter.</param>
    /// <param name="expected">What was expected, in English.</param>
    /// <param name="expectedRu">What was expected, in Russian.</param>
    /// <param name="found">What was found.</param>
    /// <returns>The error.</returns>
    public static ValidationError BadParameterValue(string ruleId, string name, string expected, string expectedRu, string found) => DomainErrors.Create(
        "MR0103", $"Parameter '{name}' of rule '{ruleId}' must be {expected}, but is {found}.",
        $"Параметр «{name}» правила «{ruleId}» должен быть: {expectedRu}; указано: {found}.", $"rules.{ruleId}.parameters.{name}");

    /// <summary>MR0104: two rules share an identifier.</summary>
    /// <param name="ruleId">The identifier.</param>
    /// <returns>The error.</returns>
    public static ValidationError DuplicateRule(string ruleId) => DomainErrors.Create(
        "MR0104", $"More than one rule has the identifier '{ruleId}'.",
        $"Идентификатор правила «{ruleId}» используется более одного раза.", "rules");

    /// <summary>MR0105: a policy rule lacks metadata it must have.</summary>
    /// <param name="type">The rule class.</param>
    /// <param name="what">What is missing, such as <c>[Citation]</c>.</param>
    /// <returns>The error.</returns>
    public static ValidationError MissingMetadata(string type, string what) => DomainErrors.Create(
        "MR0105", $"The policy rule {type} has no {what}.", $"У правила {type} не указано {what}.", type);

    /// <summary>MR0106: an assembly of rules cannot be loaded.</summary>
    /// <param name="path">The assembly's path.</param>
    /// <param name="detail">Why, in English.</param>
    /// <param name="detailRu">Why, in Russian.</param>
    /// <returns>The error.</returns>
    public static ValidationError RulesAssemblyUnreadable(string path, string detail, string detailRu) => DomainErrors.Create(
        "MR0106", $"The rules assembly '{path}' cannot be loaded: {detail}",
        $"Сборку правил «{path}» не удалось загрузить: {detailRu}", path);

    /// <summary>MR0201: an edition's file cannot be read or is not valid JSON.</summary>
    /// <param name="detail">What went wrong, in English.</param>
    /// <param name="detailRu">What went wrong, in Russian.</param>
    /// <returns>The error.</returns>
    public static ValidationError EditionUnreadable(string detail, string detailRu) => DomainErrors.Create(
        "MR0201", $"The edition cannot be read: {detail}", $"Редакцию не удалось прочитать: {detailRu}");

    /// <summary>MR0202: no edition has this identifier.</summary>
    /// <param name="editionId">The unknown identifier.</param>
    /// <param name="known">The editions that exist.</param>
    /// <returns>The error.</returns>
    public static ValidationError UnknownEdition(string editionId, IEnumerable<string> known) => DomainErrors.Create(
        "MR0202", $"There is no edition '{editionId}'. Known editions: {string.Join(", ", known)}.",
        $"Редакции «{editionId}» нет. Известные редакции: {string.Join(", ", known)}.", "edition");

    /// <summary>MR0203: editions inherit from each other in a cycle.</summary>
    /// <param name="cycle">The editions of the cycle, in order.</param>
    /// <returns>The error.</returns>
    public static ValidationError InheritanceCycle(IEnumerable<string> cycle) => DomainErrors.Create(
        "MR0203", $"Editions inherit from each other in a cycle: {string.Join(" → ", cycle)}.",
        $"Редакции наследуют друг от друга по кругу: {string.Join(" → ", cycle)}.", "inherits");

    /// <summary>MR0204: a field of an edition is missing or malformed.</summary>
    /// <param name="field">The field.</param>
    /// <param name="expected">What was expected, in English.</param>
    /// <param name="expectedRu">What was expected, in Russian.</param>
    /// <returns>The error.</returns>
    public static ValidationError BadEditionField(string field, string expected, string expectedRu) => DomainErrors.Create(
        "MR0204", $"'{field}' must be {expected}.", $"«{field}»: ожидается {expectedRu}.", field);

    /// <summary>MR0205: two editions share an identifier.</summary>
    /// <param name="editionId">The identifier.</param>
    /// <returns>The error.</returns>
    public static ValidationError DuplicateEdition(string editionId) => DomainErrors.Create(
        "MR0205", $"More than one edition has the identifier '{editionId}'.",
        $"Идентификатор редакции «{editionId}» используется более одного раза.", "id");

    /// <summary>MR0206: the edition is not in force on the date of validation.</summary>
    /// <param name="editionId">The edition.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The error.</returns>
    public static ValidationError EditionNotInForce(string editionId, DateOnly asOf) => DomainErrors.Create(
        "MR0206", $"Edition '{editionId}' is not in force on {asOf:yyyy-MM-dd}.",
        $"Редакция «{editionId}» не действует на {asOf:dd.MM.yyyy}.", "asOf");

    /// <summary>MR0207: an edition's file is larger than the size limit (<see cref="Editions.EditionFileOptions.MaxBytes"/>); it was not read whole.</summary>
    /// <param name="limit">The limit in bytes.</param>
    /// <returns>The error.</returns>
    public static ValidationError EditionTooLarge(long limit) => DomainErrors.Create(
        "MR0207", $"The edition file has more than {Count(limit)} bytes: it was not read. An edition has a few kilobytes; check the file.",
        $"Файл редакции больше {Count(limit)} байт и не был прочитан. Редакция занимает несколько килобайт; проверьте файл.");

    /// <summary>MR0208: objects and arrays are nested deeper than the limit (<see cref="Editions.EditionFileOptions.MaxDepth"/>).</summary>
    /// <param name="limit">The deepest nesting allowed.</param>
    /// <returns>The error.</returns>
    public static ValidationError EditionTooDeep(int limit) => DomainErrors.Create(
        "MR0208", $"Objects and arrays are nested more than {limit} levels deep here: the file was not read further.",
        $"Здесь объекты и массивы вложены глубже {Plural.RuWithNumber(limit, "уровня", "уровней", "уровней")}, и файл дальше не читался.");

    /// <summary>MR0209: the text is not valid UTF-8, or an escape makes a lone UTF-16 surrogate.</summary>
    /// <param name="what">What was found, in English.</param>
    /// <param name="whatRu">What was found, in Russian.</param>
    /// <returns>The error.</returns>
    public static ValidationError EditionInvalidText(string what, string whatRu) => DomainErrors.Create(
        "MR0209", $"The text is not valid Unicode here: {what}. Save the file as UTF-8.",
        $"Текст здесь не является корректным Юникодом: {whatRu}. Сохраните файл в кодировке UTF-8.");

    /// <summary>MR0210: a text value or field name is longer than the limit (<see cref="Editions.EditionFileOptions.MaxStringLength"/>).</summary>
    /// <param name="length">The length found, in characters.</param>
    /// <param name="limit">The longest allowed.</param>
    /// <returns>The error.</returns>
    public static ValidationError EditionTextTooLong(long length, long limit) => DomainErrors.Create(
        "MR0210", $"This text has {Count(length)} characters, more than the limit of {Count(limit)}: the file was not read further.",
        $"Текст здесь содержит {Count(length)} {Plural.Ru(length, "символ", "символа", "символов")}, больше предела {Count(limit)}, и файл дальше не читался.");

    private static string Count(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
