using Mentoring.Domain.Documents;

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
}

/// <summary>What an import gave: the value, or every problem found with its row and column.</summary>
/// <typeparam name="T">What was imported.</typeparam>
public sealed class ImportResult<T>
    where T : class
{
    internal ImportResult(T? value, IReadOnlyList<DocumentDiagnostic> diagnostics)
    {
        Value = diagnostics.Count == 0 ? value : null;
        Diagnostics = diagnostics;
    }

    /// <summary>The imported value, or null when there are problems.</summary>
    public T? Value { get; }

    /// <summary>Every problem found, in row order; empty on success.</summary>
    public IReadOnlyList<DocumentDiagnostic> Diagnostics { get; }

    /// <summary>True when the table was imported without problems.</summary>
    public bool IsSuccess => Value is not null;
}
