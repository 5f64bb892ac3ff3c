using System.Globalization;

namespace Mentoring.Domain;

/// <summary>
/// The culture the error catalogue writes its messages in: Russian for a Russian culture (<c>ru</c>, <c>ru-RU</c>),
/// English for any other. By default it is <see cref="CultureInfo.CurrentUICulture"/>; an API that takes options with
/// a culture (<c>CaseFileOptions.Culture</c>, <c>ImportOptions.Culture</c>) uses that one for the errors of the call.
/// </summary>
/// <remarks>
/// An error is a <see cref="Ardalis.Result.ValidationError"/> with one <c>ErrorMessage</c>, rendered when the error is
/// created. <see cref="Use"/> sets the culture for the current asynchronous flow, like
/// <see cref="CultureInfo.CurrentUICulture"/> itself, without changing the thread's culture for anything else.
/// </remarks>
public static class MessageCulture
{
    private static readonly AsyncLocal<CultureInfo?> Override = new();

    /// <summary>The culture messages are written in now: the one set by <see cref="Use"/>, or the current UI culture.</summary>
    public static CultureInfo Current => Override.Value ?? CultureInfo.CurrentUICulture;

    /// <summary>True when messages are written in Russian now.</summary>
    public static bool IsRussian => IsRussianCulture(Current);

    /// <summary>Writes the messages of the errors created until the returned scope is disposed in <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture; null keeps the current one (the scope then changes nothing).</param>
    /// <returns>The scope: dispose it to restore the previous culture.</returns>
    public static IDisposable Use(CultureInfo? culture)
    {
        var previous = Override.Value;
        if (culture is not null)
        {
            Override.Value = culture;
        }

        return new Scope(previous);
    }

    /// <summary>True when <paramref name="culture"/> is Russian (its two-letter language is <c>ru</c>).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>True for Russian.</returns>
    public static bool IsRussianCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return string.Equals(culture.TwoLetterISOLanguageName, "ru", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Picks the message of the current culture.</summary>
    /// <param name="english">The message in English.</param>
    /// <param name="russian">The message in Russian.</param>
    /// <returns>One of them.</returns>
    internal static string Pick(string english, string russian) => IsRussian ? russian : english;

    private sealed class Scope(CultureInfo? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (!_disposed)
            {
                Override.Value = previous;
                _disposed = true;
            }
        }
    }
}
