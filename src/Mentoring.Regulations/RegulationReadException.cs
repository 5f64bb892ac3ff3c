namespace Mentoring.Regulations;

/// <summary>A Положение could not be read: the file is missing, empty, not of its format, or has no text layer.</summary>
/// <remarks>
/// Codes: MG0101 — the file cannot be opened; MG0102 — not a DOCX/PDF that can be read (damaged or encrypted);
/// MG0103 — no text found (a scanned PDF, an empty file); MG0104 — the extension is none of .docx, .pdf, .txt.
/// </remarks>
public sealed class RegulationReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RegulationReadException()
        : this("MG0103", "The regulation could not be read.", "Положение прочитать не удалось.", string.Empty)
    {
    }

    /// <summary>Creates the exception with an English message.</summary>
    /// <param name="message">The message.</param>
    public RegulationReadException(string message)
        : this("MG0103", message, message, string.Empty)
    {
    }

    /// <summary>Creates the exception with an English message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RegulationReadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "MG0102";
        MessageRu = message;
        Target = string.Empty;
    }

    internal RegulationReadException(string code, string message, string messageRu, string target, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        MessageRu = messageRu;
        Target = target;
    }

    /// <summary>The stable code: MG0101–MG0104.</summary>
    public string Code { get; }

    /// <summary>The message in Russian.</summary>
    public string MessageRu { get; }

    /// <summary>The file (its name as given).</summary>
    public string Target { get; }
}
