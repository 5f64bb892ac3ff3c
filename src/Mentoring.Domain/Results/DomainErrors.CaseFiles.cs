using System.Globalization;

namespace Mentoring.Domain;

public static partial class DomainErrors
{
    /// <summary>Errors of reading documents: JSON case files (MD1001–MD1019) and imported tables (MD1020–MD1039).</summary>
    /// <remarks>A document error's target is the place in the document (a JSON path, a heading).</remarks>
    public static class CaseFiles
    {
        /// <summary>MD1001: the document is larger than the configured limit; it is refused before it is read whole.</summary>
        /// <param name="size">The size in bytes (at least this many when the size was not known in advance).</param>
        /// <param name="limit">The limit in bytes.</param>
        /// <returns>The error.</returns>
        public static ValidationError TooLarge(long size, long limit) => DomainErrors.Create(
            "MD1001", $"The document has {Bytes(size)} bytes, more than the limit of {Bytes(limit)} bytes: it was not read. Split it or raise the size limit.",
            $"Документ занимает {Bytes(size)} байт, больше предела {Bytes(limit)} байт, и не был прочитан. Разделите его или увеличьте предел размера.", "$");

        /// <summary>MD1002: the document is not well-formed JSON.</summary>
        /// <param name="detail">The parser's description of the problem.</param>
        /// <returns>The error.</returns>
        public static ValidationError Syntax(string detail) => DomainErrors.Create(
            "MD1002", $"The document is not valid JSON: {detail}",
            $"Документ не является корректным JSON: {detail}", "$");

        /// <summary>MD1003: a value has the wrong JSON type.</summary>
        /// <param name="path">The JSON path of the value.</param>
        /// <param name="expected">What was expected, such as "a string" or "an array".</param>
        /// <param name="found">The JSON type found, such as "number".</param>
        /// <returns>The error.</returns>
        public static ValidationError WrongType(string path, string expected, string found) => DomainErrors.Create(
            "MD1003", $"'{path}' must be {expected}, but is {found}.",
            $"«{path}» должно быть {ExpectedRu(expected)}, а указано {FoundRu(found)}.", path);

        /// <summary>MD1004: an object has a property the format does not define (often a typo).</summary>
        /// <param name="path">The JSON path of the property.</param>
        /// <param name="name">The property's name.</param>
        /// <param name="allowed">The properties allowed there.</param>
        /// <returns>The error.</returns>
        public static ValidationError UnknownProperty(string path, string name, IEnumerable<string> allowed) => DomainErrors.Create(
            "MD1004", $"'{name}' is not a known property here. Allowed: {string.Join(", ", allowed)}.",
            $"Свойство «{name}» здесь не предусмотрено. Допустимы: {string.Join(", ", allowed)}.", path);

        /// <summary>MD1005: a date is not in an accepted format.</summary>
        /// <param name="path">Where the date is.</param>
        /// <param name="value">The text found.</param>
        /// <param name="formats">The accepted formats, such as <c>yyyy-MM-dd</c>.</param>
        /// <returns>The error.</returns>
        public static ValidationError InvalidDate(string path, string value, string formats) => DomainErrors.Create(
            "MD1005", $"'{value}' is not a date: expected {formats}.",
            $"«{value}» не является датой: ожидается формат {formats}.", path);

        /// <summary>MD1006: the document could not be opened or read.</summary>
        /// <param name="detail">Why.</param>
        /// <returns>The error.</returns>
        public static ValidationError NotReadable(string detail) => DomainErrors.Create(
            "MD1006", $"The document could not be read: {detail}", $"Документ не удалось прочитать: {detail}", "$");

        /// <summary>MD1006: the document could not be opened or read, with the reason in both languages.</summary>
        /// <param name="detail">Why, in English.</param>
        /// <param name="detailRu">Why, in Russian.</param>
        /// <returns>The error.</returns>
        public static ValidationError NotReadable(string detail, string detailRu) => DomainErrors.Create(
            "MD1006", $"The document could not be read: {detail}", $"Документ не удалось прочитать: {detailRu}", "$");

        /// <summary>MD1006 for an input/output failure, described without the runtime's own (English-only) message.</summary>
        /// <param name="exception">The failure.</param>
        /// <returns>The error.</returns>
        public static ValidationError NotReadable(Exception exception) => exception switch
        {
            FileNotFoundException or DirectoryNotFoundException => NotReadable("the file does not exist.", "файл не существует."),
            UnauthorizedAccessException => NotReadable("access to the file is denied.", "доступ к файлу запрещён."),
            PathTooLongException => NotReadable("the path is too long.", "путь слишком длинный."),
            InvalidDataException => NotReadable("the file is damaged or is not of the expected format.", "файл повреждён или имеет не тот формат."),
            _ => NotReadable("an input/output error occurred.", "произошла ошибка ввода-вывода."),
        };

        /// <summary>MD1007: a property is set that the object's kind does not use (an order of another kind).</summary>
        /// <param name="path">The property's path.</param>
        /// <param name="kind">The object's kind code.</param>
        /// <returns>The error.</returns>
        public static ValidationError NotForKind(string path, string kind) => DomainErrors.Create(
            "MD1007", $"'{path}' is not used by kind '{kind}': remove it or change the kind.",
            $"«{path}» не используется для вида «{kind}»: удалите его или измените вид.", path);

        /// <summary>MD1008: the root is neither one organization's case nor a municipality's list, or it mixes both.</summary>
        /// <returns>The error.</returns>
        public static ValidationError Shape() => DomainErrors.Create(
            "MD1008", "The root must be either one organization's case (with 'organization') or a municipal file (with 'organizations'), not both and not neither.",
            "Корень документа должен быть либо делом одной организации (свойство «organization»), либо муниципальным файлом (свойство «organizations»), но не тем и другим сразу.", "$");

        /// <summary>MD1009: the file declares a format version this library does not read.</summary>
        /// <param name="version">The declared version.</param>
        /// <param name="supported">The supported version.</param>
        /// <returns>The error.</returns>
        public static ValidationError UnsupportedVersion(string version, int supported) => DomainErrors.Create(
            "MD1009", $"Format version {version} is not supported; this library reads version {supported}.",
            $"Версия формата {version} не поддерживается; библиотека читает версию {supported}.", "$.formatVersion");

        /// <summary>MD1010: reading failed for a reason the document does not explain (a defect of the reader, reported rather than thrown).</summary>
        /// <param name="detail">The exception's message.</param>
        /// <returns>The error.</returns>
        public static ValidationError Unexpected(string detail) => DomainErrors.Create(
            "MD1010", $"The document could not be processed: {detail}", $"Документ не удалось обработать: {detail}", "$");

        /// <summary>MD1010: reading failed because of a defect of the reader, not of the document (reported rather than thrown).</summary>
        /// <returns>The error.</returns>
        public static ValidationError Unexpected() => DomainErrors.Create(
            "MD1010", "The document could not be processed because of a defect of the reader; please report it together with the document.",
            "Документ не удалось обработать из-за ошибки программы чтения; сообщите о ней и приложите документ.", "$");

        /// <summary>MD1002: the document is not well-formed JSON, with the description in both languages.</summary>
        /// <param name="detail">What is wrong, in English.</param>
        /// <param name="detailRu">What is wrong, in Russian.</param>
        /// <returns>The error.</returns>
        public static ValidationError Syntax(string detail, string detailRu) => DomainErrors.Create(
            "MD1002", $"The document is not valid JSON: {detail}", $"Документ не является корректным JSON: {detailRu}", "$");

        /// <summary>MD1011: objects and arrays are nested deeper than the configured limit.</summary>
        /// <param name="limit">The largest nesting allowed.</param>
        /// <returns>The error.</returns>
        public static ValidationError TooDeep(int limit) => DomainErrors.Create(
            "MD1011", $"Objects and arrays are nested more than {limit} levels deep here: the document was not read further. Flatten it or raise the depth limit.",
            $"Здесь объекты и массивы вложены глубже {Plural.RuWithNumber(limit, "уровня", "уровней", "уровней")}, и документ дальше не читался. Уменьшите вложенность или увеличьте предел глубины.", "$");

        /// <summary>MD1012: a text value (or property name) is longer than the configured limit.</summary>
        /// <param name="length">The length found, in characters.</param>
        /// <param name="limit">The longest text allowed, in characters.</param>
        /// <returns>The error.</returns>
        public static ValidationError TextTooLong(long length, long limit) => DomainErrors.Create(
            "MD1012", $"This text has {Bytes(length)} characters, more than the limit of {Bytes(limit)}: the document was not read further.",
            $"Текст здесь содержит {Bytes(length)} {Plural.Ru(length, "символ", "символа", "символов")}, больше предела {Bytes(limit)}, и документ дальше не читался.", "$");

        /// <summary>MD1013: the text is not valid UTF-8, or an escape makes a lone UTF-16 surrogate.</summary>
        /// <param name="what">What was found, in English.</param>
        /// <param name="whatRu">What was found, in Russian.</param>
        /// <returns>The error.</returns>
        public static ValidationError InvalidText(string what, string whatRu) => DomainErrors.Create(
            "MD1013", $"The text is not valid Unicode here: {what}. Save the document as UTF-8.",
            $"Текст здесь не является корректным Юникодом: {whatRu}. Сохраните документ в кодировке UTF-8.", "$");

        /// <summary>MD1014: a value is valid JSON of the right type but lies outside what the domain can represent (a date at the end of the calendar, for example).</summary>
        /// <param name="path">The JSON path of the value (or of the object holding it).</param>
        /// <returns>The error.</returns>
        public static ValidationError OutOfRange(string path) => DomainErrors.Create(
            "MD1014", $"'{path}' holds a value outside the range this library handles (such as a date at the very end of the calendar or a number too large): correct it.",
            $"«{path}» содержит значение вне допустимого диапазона (например, дату у самого конца календаря или слишком большое число): исправьте его.", path);

        /// <summary>MD1015: a number does not fit the type the format expects.</summary>
        /// <param name="path">The JSON path of the value.</param>
        /// <param name="value">The number as written (shortened when long).</param>
        /// <param name="expected">What was expected, such as "a whole number".</param>
        /// <returns>The error.</returns>
        public static ValidationError NumberOutOfRange(string path, string value, string expected) => DomainErrors.Create(
            "MD1015", $"'{Shorten(value)}' is too large or too precise for {expected} at '{path}'.",
            $"Число «{Shorten(value)}» в «{path}» слишком велико или слишком точно: ожидается {ExpectedRuNominative(expected)}.", path);

        /// <summary>MD1020: a table has a column heading the format does not know.</summary>
        /// <param name="heading">The heading found.</param>
        /// <param name="expected">The headings expected.</param>
        /// <returns>The error.</returns>
        public static ValidationError UnknownHeading(string heading, IEnumerable<string> expected) => DomainErrors.Create(
            "MD1020", $"'{heading}' is not a known column heading. Expected: {Quote(expected)}.",
            $"Заголовок столбца «{heading}» не распознан. Ожидаются: {Quote(expected)}.", heading);

        /// <summary>MD1021: a required column is missing.</summary>
        /// <param name="heading">The missing heading.</param>
        /// <param name="expected">The headings expected.</param>
        /// <returns>The error.</returns>
        public static ValidationError MissingHeading(string heading, IEnumerable<string> expected) => DomainErrors.Create(
            "MD1021", $"The required column '{heading}' is missing. Expected: {Quote(expected)}.",
            $"Нет обязательного столбца «{heading}». Ожидаются: {Quote(expected)}.", heading);

        /// <summary>MD1022: the same column heading appears twice.</summary>
        /// <param name="heading">The heading.</param>
        /// <returns>The error.</returns>
        public static ValidationError DuplicateHeading(string heading) => DomainErrors.Create(
            "MD1022", $"The column '{heading}' appears more than once.", $"Столбец «{heading}» встречается более одного раза.", heading);

        /// <summary>MD1023: a cell is not a number where one is expected.</summary>
        /// <param name="heading">The column.</param>
        /// <param name="value">The text found.</param>
        /// <param name="expected">What was expected, such as "a whole number".</param>
        /// <returns>The error.</returns>
        public static ValidationError InvalidNumber(string heading, string value, string expected) => DomainErrors.Create(
            "MD1023", $"'{value}' in column '{heading}' is not {expected}.",
            $"«{value}» в столбце «{heading}» не является {ExpectedRu(expected)}.", heading);

        /// <summary>MD1024: the table has no heading row, or the requested sheet does not exist.</summary>
        /// <param name="detail">What is missing.</param>
        /// <returns>The error.</returns>
        public static ValidationError NoTable(string detail) => DomainErrors.Create(
            "MD1024", $"No table to read: {detail}", $"Нет таблицы для чтения: {detail}", "$");

        /// <summary>MD1025: the table has more rows than the configured limit.</summary>
        /// <param name="limit">The most rows allowed.</param>
        /// <returns>The error.</returns>
        public static ValidationError TooManyRows(int limit) => DomainErrors.Create(
            "MD1025", $"The table has more than {Bytes(limit)} rows: it was not read further. Split it or raise the row limit.",
            $"В таблице больше {Bytes(limit)} {Plural.Ru(limit, "строки", "строк", "строк")}, и она дальше не читалась. Разделите её или увеличьте предел числа строк.", "$");

        /// <summary>MD1026: a cell lies beyond the configured number of columns (or its reference is not a valid cell reference).</summary>
        /// <param name="reference">The column (or cell reference) found.</param>
        /// <param name="limit">The most columns allowed.</param>
        /// <returns>The error.</returns>
        public static ValidationError TooManyColumns(string reference, int limit) => DomainErrors.Create(
            "MD1026", $"The cell '{Shorten(reference)}' lies beyond the limit of {Bytes(limit)} columns: the table was not read further.",
            $"Ячейка «{Shorten(reference)}» лежит за пределом в {Bytes(limit)} {Plural.Ru(limit, "столбец", "столбца", "столбцов")}, и таблица дальше не читалась.", "$");

        /// <summary>MD1027: a cell (or an activity's text joined from continuation rows) is longer than the configured limit.</summary>
        /// <param name="heading">The column, or <c>$</c> when not known yet.</param>
        /// <param name="length">The length found, in characters.</param>
        /// <param name="limit">The longest cell allowed, in characters.</param>
        /// <returns>The error.</returns>
        public static ValidationError CellTooLong(string heading, long length, long limit) => DomainErrors.Create(
            "MD1027", $"The cell has {Bytes(length)} characters, more than the limit of {Bytes(limit)}.",
            $"Ячейка содержит {Bytes(length)} {Plural.Ru(length, "символ", "символа", "символов")}, больше предела {Bytes(limit)}.", heading);

        /// <summary>MD1028: a workbook unpacks to more bytes than the configured limit (a compressed bomb, or a table too large).</summary>
        /// <param name="part">The part of the workbook being unpacked.</param>
        /// <param name="limit">The limit in bytes.</param>
        /// <returns>The error.</returns>
        public static ValidationError UnpackedTooLarge(string part, long limit) => DomainErrors.Create(
            "MD1028", $"The workbook unpacks to more than {Bytes(limit)} bytes (at part '{Shorten(part)}'): it was not read further. Split it or raise the unpacked size limit.",
            $"Книга распаковывается более чем в {Bytes(limit)} байт (часть «{Shorten(part)}»), и дальше не читалась. Разделите её или увеличьте предел распакованного размера.", "$");

        /// <summary>MD1029: a number is written with digits other than the ASCII 0–9 (Arabic-Indic, full-width) or is out of range.</summary>
        /// <param name="heading">The column.</param>
        /// <param name="value">The text found.</param>
        /// <returns>The error.</returns>
        public static ValidationError NonAsciiDigits(string heading, string value) => DomainErrors.Create(
            "MD1029", $"'{Shorten(value)}' in column '{heading}' uses digits other than 0–9: write the number with the digits 0–9.",
            $"«{Shorten(value)}» в столбце «{heading}» записано не цифрами 0–9: запишите число цифрами 0–9.", heading);

        private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 37), "…");

        private static string ExpectedRuNominative(string expected) => expected switch
        {
            "a number" => "число",
            "a whole number" => "целое число",
            _ => expected,
        };

        private static string Bytes(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

        private static string Quote(IEnumerable<string> headings) => string.Join(", ", headings.Select(h => $"«{h}»"));

        private static string FoundRu(string found) => found switch
        {
            "string" => "строковое значение",
            "number" => "число",
            "boolean" => "логическое значение",
            "array" => "массив",
            "object" => "объект",
            "null" => "пустое значение (null)",
            _ => $"значение «{found}»",
        };

        private static string ExpectedRu(string expected) => expected switch
        {
            "a string" => "строкой",
            "a number" => "числом",
            "a whole number" => "целым числом",
            "true or false" => "true или false",
            "an array" => "массивом",
            "an object" => "объектом",
            "a number of hours or a text" => "числом часов или текстом",
            "an age range such as 10-14" => "диапазоном возраста вида 10-14",
            _ => expected,
        };
    }
}
