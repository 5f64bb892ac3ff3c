using Mentoring.Domain.Cases;

namespace Mentoring.Domain.Documents;

/// <summary>Asynchronous reading of case files (streams from a network, a request body, a blob store).</summary>
public static partial class CaseFile
{
    /// <summary>
    /// Reads a case file from a stream asynchronously, at most <see cref="CaseFileOptions.MaxBytes"/> bytes of it: a
    /// longer stream is refused (MD1005) as soon as the limit is passed, without reading the rest.
    /// </summary>
    /// <param name="stream">The stream, positioned at the document's start.</param>
    /// <param name="options">The options; the defaults when null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The cases, or every problem found.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static async Task<Result<MunicipalCase>> ReadAsync(Stream stream, CaseFileOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new CaseFileOptions();
        using var culture = MessageCulture.Use(options.Culture);
        var file = options.FileName ?? StreamName;
        try
        {
            if (stream.CanSeek && stream.Length - stream.Position > options.MaxBytes)
            {
                return Fail(file, DomainErrors.CaseFiles.TooLarge(stream.Length - stream.Position, options.MaxBytes));
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > options.MaxBytes)
                {
                    return Fail(file, DomainErrors.CaseFiles.TooLarge(buffer.Length + read, options.MaxBytes));
                }

                buffer.Write(chunk, 0, read);
            }

            cancellationToken.ThrowIfCancellationRequested();
            return Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), file, options);
        }
        catch (IOException exception)
        {
            return Fail(file, DomainErrors.CaseFiles.NotReadable(exception));
        }
        catch (UnauthorizedAccessException exception)
        {
            return Fail(file, DomainErrors.CaseFiles.NotReadable(exception));
        }
        catch (Exception exception) when (exception is NotSupportedException or ObjectDisposedException)
        {
            return Fail(file, DomainErrors.CaseFiles.NotReadable("the stream cannot be read.", "поток не читается."));
        }
    }
}
