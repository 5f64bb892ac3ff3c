using Mentoring.Domain;
using Mentoring.Rules.Policies;

namespace Mentoring.Rules.Editions;

/// <summary>Asynchronous reading of edition files.</summary>
public static partial class EditionFile
{
    /// <summary>Reads an edition from a stream asynchronously, checking it against the given policies.</summary>
    /// <param name="stream">The JSON text, UTF-8; an endless stream is read only up to <see cref="EditionFileOptions.MaxBytes"/>.</param>
    /// <param name="origin">The name to report places with, such as the file name.</param>
    /// <param name="policies">The policies whose identifiers and parameters the edition may name; the bundled ones when null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The edition, or every error with its place (MR0201 when the stream cannot be read, MR0207 when it is too large).</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<Result<Edition>> ReadAsync(Stream stream, string origin, PolicyCatalog? policies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(origin);
        var options = EditionFileOptions.Default;
        origin = string.IsNullOrWhiteSpace(origin) ? "<stream>" : origin;
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > options.MaxBytes)
                {
                    return RuleErrors.EditionTooLarge(options.MaxBytes).At(SourceMap.Format(origin, 1, 1)).Fail();
                }

                buffer.Write(chunk, 0, read);
            }

            bytes = buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            var (en, ru) = Unreadable(e);
            return RuleErrors.EditionUnreadable(en, $"поток не читается ({ru})").At(origin).Fail();
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Parse(bytes, origin, policies ?? PolicyCatalog.Bundled, options);
    }

    /// <summary>Reads an edition file asynchronously, checking it against the given policies.</summary>
    /// <param name="path">The file.</param>
    /// <param name="policies">The policies; the bundled ones when null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The edition, or every error with its file, line and column.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<Result<Edition>> ReadAsync(string path, PolicyCatalog? policies, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException or ArgumentException)
        {
            var (en, ru) = Unreadable(e);
            return RuleErrors.EditionUnreadable(en, $"файл не открывается ({ru})").At(path).Fail();
        }

        await using (stream.ConfigureAwait(false))
        {
            return await ReadAsync(stream, path, policies, cancellationToken).ConfigureAwait(false);
        }
    }
}
