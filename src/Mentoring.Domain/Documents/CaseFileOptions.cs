using System.Globalization;

namespace Mentoring.Domain.Documents;

/// <summary>How a case file is read, with the limits that bound the work a hostile or broken document can cause.</summary>
/// <remarks>
/// Every limit is checked while the document is read, before the work it bounds, and each has its own located
/// error: <see cref="MaxBytes"/> MD1001, <see cref="MaxDepth"/> MD1011, <see cref="MaxStringLength"/> MD1012.
/// Reading is linear in the document's size within these limits.
/// </remarks>
public sealed class CaseFileOptions
{
    /// <summary>The default size limit: 64 MB.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>The default nesting limit: 64 levels of objects and arrays (a case file needs at most 8).</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default limit of one text value or property name: 1,048,576 characters.</summary>
    public const int DefaultMaxStringLength = 1024 * 1024;

    /// <summary>The largest document read, in bytes; a larger one is refused (MD1001) before it is read whole.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The deepest nesting of objects and arrays read (1 to 1,000); a deeper document is refused (MD1011) at the place it goes too deep.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>The longest text value or property name read, in characters as written (escapes count as written); a longer one is refused (MD1012) at its place.</summary>
    public int MaxStringLength { get; init; } = DefaultMaxStringLength;

    /// <summary>The file name diagnostics show when reading a stream or bytes (a path given to <see cref="CaseFile.Read(string, CaseFileOptions?)"/> names itself).</summary>
    public string? FileName { get; init; }

    /// <summary>
    /// The culture of the errors' messages (Russian for <c>ru</c>, English otherwise); null for
    /// <see cref="MessageCulture.Current"/> (by default <see cref="CultureInfo.CurrentUICulture"/>).
    /// </summary>
    public CultureInfo? Culture { get; init; }
}
