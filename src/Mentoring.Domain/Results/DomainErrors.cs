namespace Mentoring.Domain;

/// <summary>
/// The one catalogue of the domain's errors. Every code is stable: once published it keeps its meaning.
/// Each error is an Ardalis <see cref="ValidationError"/>: <c>ErrorCode</c> is the code, <c>Identifier</c> the place
/// (a field path such as <c>programs[2].term.end</c>, or a <see cref="Mentoring.Domain.Documents.DocumentLocation"/> for a reader's
/// error), <c>ErrorMessage</c> the message in <see cref="MessageCulture.Current"/> (Russian or English).
/// </summary>
/// <remarks>
/// Codes are grouped by concept, one nested class per concept, each in its own file
/// (<c>DomainErrors.&lt;Concept&gt;.cs</c>):
/// <list type="table">
/// <item><term>MD00xx</term><description>general: empty values, identifiers, date ranges, duplicates</description></item>
/// <item><term>MD01xx</term><description>people and organizations</description></item>
/// <item><term>MD02xx</term><description>forms, role models, kinds, stages (codes of the regulation)</description></item>
/// <item><term>MD03xx</term><description>documents: orders, consents, employment-contract addenda</description></item>
/// <item><term>MD04xx</term><description>pairs and groups</description></item>
/// <item><term>MD05xx</term><description>personalized programs</description></item>
/// <item><term>MD06xx</term><description>roadmaps</description></item>
/// <item><term>MD07xx</term><description>registries</description></item>
/// <item><term>MD08xx</term><description>monitoring</description></item>
/// </list>
/// </remarks>
public static partial class DomainErrors
{
    /// <summary>
    /// Creates an error of the catalogue, its message in <see cref="MessageCulture.Current"/>. Used by the catalogue,
    /// by the rules' catalogue and by embedders that define their own codes.
    /// </summary>
    /// <param name="code">The stable code, such as <c>MD0101</c>.</param>
    /// <param name="english">The message in English.</param>
    /// <param name="russian">The message in Russian.</param>
    /// <param name="identifier">The place the error refers to, if any.</param>
    /// <param name="severity">The severity: <see cref="ValidationSeverity.Error"/> unless the problem does not prevent the result.</param>
    /// <returns>The error.</returns>
    /// <exception cref="ArgumentException">The code or a message is empty.</exception>
    public static ValidationError Create(string code, string english, string russian, string? identifier = null, ValidationSeverity severity = ValidationSeverity.Error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(english);
        ArgumentException.ThrowIfNullOrWhiteSpace(russian);
        return new ValidationError(string.IsNullOrWhiteSpace(identifier) ? string.Empty : identifier, MessageCulture.Pick(english, russian), code, severity);
    }

    /// <summary>Errors that any concept can raise.</summary>
    public static class General
    {
        /// <summary>MD0001: a required text is empty.</summary>
        /// <param name="field">The field's name.</param>
        /// <returns>The error, pointed at the field.</returns>
        public static ValidationError Empty(string field) => DomainErrors.Create(
            "MD0001", $"'{field}' must not be empty.", $"Поле «{field}» не должно быть пустым.", field);

        /// <summary>MD0002: a text is longer than allowed.</summary>
        /// <param name="field">The field's name.</param>
        /// <param name="maxLength">The maximum length.</param>
        /// <returns>The error, pointed at the field.</returns>
        public static ValidationError TooLong(string field, int maxLength) => DomainErrors.Create(
            "MD0002", $"'{field}' must be at most {maxLength} characters long.",
            $"Поле «{field}» должно быть не длиннее {maxLength} символов.", field);

        /// <summary>MD0003: an identifier has characters outside letters, digits, '-', '_', '.', '/', '№'.</summary>
        /// <param name="field">The field's name.</param>
        /// <param name="value">The rejected value.</param>
        /// <returns>The error, pointed at the field.</returns>
        public static ValidationError InvalidIdentifier(string field, string value) => DomainErrors.Create(
            "MD0003", $"'{value}' is not a valid identifier for '{field}': use letters, digits, '-', '_', '.', '/' or '№', without spaces at the ends.",
            $"«{value}» не подходит как идентификатор для «{field}»: допустимы буквы, цифры, '-', '_', '.', '/' и '№' без пробелов по краям.", field);

        /// <summary>MD0004: an end date is before its start date.</summary>
        /// <param name="field">The field's name.</param>
        /// <param name="start">The start date.</param>
        /// <param name="end">The end date.</param>
        /// <returns>The error, pointed at the field.</returns>
        public static ValidationError EndBeforeStart(string field, DateOnly start, DateOnly end) => DomainErrors.Create(
            "MD0004", $"'{field}' ends on {end:yyyy-MM-dd}, before it starts on {start:yyyy-MM-dd}.",
            $"«{field}»: дата окончания {end:dd.MM.yyyy} раньше даты начала {start:dd.MM.yyyy}.", field);

        /// <summary>MD0005: two items of one collection share an identifier.</summary>
        /// <param name="field">The collection's name.</param>
        /// <param name="id">The repeated identifier.</param>
        /// <returns>The error, pointed at the collection.</returns>
        public static ValidationError DuplicateId(string field, string id) => DomainErrors.Create(
            "MD0005", $"'{field}' has the identifier '{id}' more than once.",
            $"В «{field}» идентификатор «{id}» встречается более одного раза.", field);

        /// <summary>MD0006: a number is outside its allowed range.</summary>
        /// <param name="field">The field's name.</param>
        /// <param name="value">The rejected value.</param>
        /// <param name="min">The smallest allowed value.</param>
        /// <param name="max">The largest allowed value.</param>
        /// <returns>The error, pointed at the field.</returns>
        public static ValidationError OutOfRange(string field, decimal value, decimal min, decimal max) => DomainErrors.Create(
            "MD0006", $"'{field}' is {value}, outside the range {min} to {max}.",
            $"«{field}» равно {value}, что вне допустимого диапазона от {min} до {max}.", field);

        /// <summary>MD0007: a required value is missing.</summary>
        /// <param name="field">The field's name.</param>
        /// <returns>The error, pointed at the field.</returns>
        public static ValidationError Missing(string field) => DomainErrors.Create(
            "MD0007", $"'{field}' is required.", $"Поле «{field}» обязательно.", field);

        /// <summary>MD0008: a code is not one of the known codes.</summary>
        /// <param name="field">The field's name.</param>
        /// <param name="value">The rejected code.</param>
        /// <param name="allowed">The codes that are allowed.</param>
        /// <returns>The error, pointed at the field.</returns>
        public static ValidationError UnknownCode(string field, string value, IEnumerable<string> allowed) => DomainErrors.Create(
            "MD0008", $"'{value}' is not a known code for '{field}'. Allowed: {string.Join(", ", allowed)}.",
            $"«{value}» не является допустимым кодом для «{field}». Допустимы: {string.Join(", ", allowed)}.", field);
    }
}
