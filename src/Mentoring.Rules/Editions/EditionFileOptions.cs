namespace Mentoring.Rules.Editions;

/// <summary>The limits an edition file is read within, so that a hostile or broken file cannot cause unbounded work.</summary>
/// <remarks>
/// Each limit is checked while the file is read, before the work it bounds, and has its own located error:
/// <see cref="MaxBytes"/> MR0207, <see cref="MaxDepth"/> MR0208, <see cref="MaxStringLength"/> MR0210 (text that is
/// not valid UTF-8, or an escape that makes a lone surrogate, is MR0209). Reading is linear in the file's size.
/// </remarks>
public sealed class EditionFileOptions
{
    /// <summary>The default size limit: 16 MB (an edition file has a few kilobytes).</summary>
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    /// <summary>The default nesting limit: 64 levels (an edition needs 5).</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default limit of one text value or field name: 65,536 characters.</summary>
    public const int DefaultMaxStringLength = 64 * 1024;

    /// <summary>The default options.</summary>
    public static EditionFileOptions Default { get; } = new();

    /// <summary>The largest file read, in bytes; a larger one (or an endless stream) is refused (MR0207) once the limit is passed, before it is read whole.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The deepest nesting of objects and arrays read (1 to 1,000); deeper is refused (MR0208) at its place.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>The longest text value or field name, in characters as written; longer is refused (MR0210) at its place.</summary>
    public int MaxStringLength { get; init; } = DefaultMaxStringLength;
}
