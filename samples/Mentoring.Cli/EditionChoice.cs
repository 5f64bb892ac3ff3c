using Mentoring.Domain;
using Mentoring.Rules.Editions;

namespace Mentoring.Cli;

/// <summary>
/// The <c>--edition</c> value: a bundled edition's identifier, or the path of an edition file, which is read and
/// added to the bundled catalogue (its errors name the file, line and column).
/// </summary>
internal static class EditionChoice
{
    public static Result<(EditionCatalog Catalog, string EditionId)> Load(string? value)
    {
        var bundled = EditionCatalog.Bundled;
        if (string.IsNullOrWhiteSpace(value))
        {
            return (bundled, Cli.DefaultEdition);
        }

        if (!LooksLikeFile(value))
        {
            return (bundled, value);
        }

        return EditionFile.Read(value, bundled.Policies)
            .Bind(edition => bundled.With(edition).Map(catalog => (catalog, edition.Id)));
    }

    /// <summary>Errors as lines: <c>CODE at place: message</c>, in the language asked for.</summary>
    public static IEnumerable<string> Describe(IEnumerable<Error> errors, Language language) =>
        errors.Select(e => e.Target is null ? $"{e.Code}: {e.MessageIn(language.Code)}" : $"{e.Code} at {e.Target}: {e.MessageIn(language.Code)}");

    private static bool LooksLikeFile(string value) =>
        File.Exists(value)
        || value.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || value.Contains('/', StringComparison.Ordinal)
        || value.Contains('\\', StringComparison.Ordinal);
}
