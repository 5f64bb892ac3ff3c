using System.Globalization;

namespace Mentoring.Domain.Documents;

/// <summary>How a case file is read.</summary>
public sealed class CaseFileOptions
{
    /// <summary>The default size limit: 64 MB.</summary>
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>The largest document read, in bytes; a larger one is refused (MD1001) before it is read whole.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The file name diagnostics show when reading a stream or bytes (a path given to <see cref="CaseFile.Read(string, CaseFileOptions?)"/> names itself).</summary>
    public string? FileName { get; init; }

    /// <summary>
    /// The culture of the errors' messages (Russian for <c>ru</c>, English otherwise); null for
    /// <see cref="MessageCulture.Current"/> (by default <see cref="CultureInfo.CurrentUICulture"/>).
    /// </summary>
    public CultureInfo? Culture { get; init; }
}
