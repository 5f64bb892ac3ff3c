namespace Mentoring.Domain;

/// <summary>
/// An error with a stable code from <see cref="DomainErrors"/>, a message in English and in Russian,
/// and the place it refers to (a field, a document path, an identifier).
/// </summary>
/// <remarks>
/// Codes never change once published: embedders match on <see cref="Code"/>, never on a message.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Error is the name every result library uses; the clash is with Visual Basic's Error statement only.")]
public sealed class Error : IEquatable<Error>
{
    private Error(string code, string message, string messageRu, string? target)
    {
        Code = code;
        Message = message;
        MessageRu = messageRu;
        Target = target;
    }

    /// <summary>The stable code, such as <c>MD0101</c>.</summary>
    public string Code { get; }

    /// <summary>What went wrong, in English.</summary>
    public string Message { get; }

    /// <summary>What went wrong, in Russian.</summary>
    public string MessageRu { get; }

    /// <summary>The place the error refers to (a field name or a document path), when known.</summary>
    public string? Target { get; }

    /// <summary>Creates an error. Used by the error catalogue and by embedders that define their own codes.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="message">The message in English.</param>
    /// <param name="messageRu">The message in Russian.</param>
    /// <param name="target">The place the error refers to, if any.</param>
    /// <returns>The error.</returns>
    /// <exception cref="ArgumentException">The code or a message is empty.</exception>
    public static Error Create(string code, string message, string messageRu, string? target = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageRu);
        return new Error(code, message, messageRu, string.IsNullOrWhiteSpace(target) ? null : target);
    }

    /// <summary>Returns the same error pointed at another place.</summary>
    /// <param name="target">The place, such as <c>term.end</c>.</param>
    /// <returns>A copy of this error with <see cref="Target"/> set.</returns>
    public Error At(string target) => new(Code, Message, MessageRu, target);

    /// <summary>Returns the same error with its target prefixed by an outer path (<c>outer.inner</c>).</summary>
    /// <param name="outer">The outer path, such as <c>programs[2]</c>.</param>
    /// <returns>A copy of this error with the longer target.</returns>
    public Error Under(string outer) =>
        new(Code, Message, MessageRu, Target is null ? outer : $"{outer}.{Target}");

    /// <summary>The message in the requested language: Russian for <c>ru</c>, English otherwise.</summary>
    /// <param name="language">A two-letter language code.</param>
    /// <returns>The message.</returns>
    public string MessageIn(string language) =>
        string.Equals(language, "ru", StringComparison.OrdinalIgnoreCase) ? MessageRu : Message;

    /// <inheritdoc />
    public bool Equals(Error? other) =>
        other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Target, other.Target, StringComparison.Ordinal)
        && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Error);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Target, Message);

    /// <inheritdoc />
    public override string ToString() => Target is null ? $"{Code}: {Message}" : $"{Code} at {Target}: {Message}";
}
