using Mentoring.Domain;

namespace Mentoring.Importing;

/// <summary>The format of an imported table.</summary>
public enum TableFormat
{
    /// <summary>Comma-, semicolon- or tab-separated text, UTF-8 (the delimiter is detected).</summary>
    Csv = 1,

    /// <summary>An Excel workbook (Office Open XML).</summary>
    Xlsx = 2,
}

/// <summary>How a table is imported, with the limits that bound the work a hostile or broken table can cause.</summary>
/// <remarks>
/// Every limit is checked while the table is read, before the work it bounds, and each has its own located error:
/// <see cref="MaxBytes"/> MD1001, <see cref="MaxRows"/> MD1025, <see cref="MaxColumns"/> MD1026,
/// <see cref="MaxCellLength"/> MD1027, <see cref="MaxUnpackedBytes"/> MD1028. A workbook's parts are read as
/// streams through the unpacked-size limit (never as a whole document), and its declared sizes and its sheet's
/// dimension are checked before any row is read. Reading is linear in the table's size within these limits.
/// </remarks>
public sealed class ImportOptions
{
    /// <summary>The default size limit: 64 MB.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>The default row limit: 1,048,576 (a worksheet's own limit).</summary>
    public const int DefaultMaxRows = 1_048_576;

    /// <summary>The default column limit: 256 (a registry has 16 columns, a roadmap 7).</summary>
    public const int DefaultMaxColumns = 256;

    /// <summary>The default cell limit: 32,767 characters (a worksheet cell's own limit); it also bounds an activity's text joined from continuation rows.</summary>
    public const int DefaultMaxCellLength = 32_767;

    /// <summary>The default limit of a workbook's unpacked size: 256 MB.</summary>
    public const long DefaultMaxUnpackedBytes = 256L * 1024 * 1024;

    /// <summary>The file name diagnostics show.</summary>
    public string? FileName { get; init; }

    /// <summary>The worksheet to read from a workbook; the first one when null.</summary>
    public string? Sheet { get; init; }

    /// <summary>The largest document read, in bytes; a larger one is refused (MD1001).</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The most rows read (the row number, for a workbook); more is refused (MD1025) at the first row beyond.</summary>
    public int MaxRows { get; init; } = DefaultMaxRows;

    /// <summary>The most columns read; a cell beyond (or a workbook whose dimension reaches beyond) is refused (MD1026).</summary>
    public int MaxColumns { get; init; } = DefaultMaxColumns;

    /// <summary>The longest cell read, in characters; a longer one is refused (MD1027) at its row and column.</summary>
    public int MaxCellLength { get; init; } = DefaultMaxCellLength;

    /// <summary>The most bytes a workbook may unpack to, all parts together; more (a compressed bomb) is refused (MD1028) before it is unpacked.</summary>
    public long MaxUnpackedBytes { get; init; } = DefaultMaxUnpackedBytes;

    /// <summary>
    /// The culture of the errors' messages (Russian for <c>ru</c>, English otherwise); null for
    /// <see cref="MessageCulture.Current"/> (by default <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>).
    /// </summary>
    public System.Globalization.CultureInfo? Culture { get; init; }
}
