using Mentoring.Domain;

namespace Mentoring.Rules.Importing;

/// <summary>The format of an imported table.</summary>
public enum TableFormat
{
    /// <summary>Comma-, semicolon- or tab-separated text, UTF-8 (the delimiter is detected).</summary>
    Csv = 1,

    /// <summary>An Excel workbook (Office Open XML).</summary>
    Xlsx = 2,
}

/// <summary>How a table is imported.</summary>
public sealed class ImportOptions
{
    /// <summary>The default size limit: 64 MB.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>The file name diagnostics show.</summary>
    public string? FileName { get; init; }

    /// <summary>The worksheet to read from a workbook; the first one when null.</summary>
    public string? Sheet { get; init; }

    /// <summary>The largest document read, in bytes; a larger one is refused (MD1001).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>
    /// The culture of the errors' messages (Russian for <c>ru</c>, English otherwise); null for
    /// <see cref="MessageCulture.Current"/> (by default <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>).
    /// </summary>
    public System.Globalization.CultureInfo? Culture { get; init; }
}
