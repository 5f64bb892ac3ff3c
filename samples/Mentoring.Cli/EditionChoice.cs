using System.Reflection;
using Ardalis.Result;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;

namespace Mentoring.Cli;

/// <summary>
/// The <c>--edition</c> value: a bundled edition's identifier, or the path of an edition file, which is read and
/// added to the bundled catalogue (its errors name the file, line and column); and the <c>--rules</c> assemblies,
/// whose NRules policy rules join the bundled ones.
/// </summary>
internal static class EditionChoice
{
    public static Result<(EditionCatalog Catalog, string EditionId)> Load(string? value, IReadOnlyList<string>? rules = null)
    {
        var catalog = rules is null || rules.Count == 0 ? Result<EditionCatalog>.Success(EditionCatalog.Bundled) : WithRules(rules);
        return catalog.Bind(bundled => Load(bundled, value));
    }

    /// <summary>The bundled editions over the bundled policies and those of the assemblies.</summary>
    private static Result<EditionCatalog> WithRules(IReadOnlyList<string> paths)
    {
        var assemblies = new List<Assembly>();
        var errors = new List<ValidationError>();
        foreach (var path in paths)
        {
            try
            {
                assemblies.Add(Assembly.LoadFrom(Path.GetFullPath(path)));
            }
            catch (Exception e) when (e is IOException or BadImageFormatException or ArgumentException or UnauthorizedAccessException or NotSupportedException)
            {
                errors.Add(RuleErrors.RulesAssemblyUnreadable(path, e is FileNotFoundException ? "no such file." : e.Message, e is FileNotFoundException ? "файла нет." : "это не сборка .NET."));
            }
        }

        if (errors.Count != 0)
        {
            return Result<EditionCatalog>.Invalid(errors);
        }

        return PolicyCatalog.Bundled.With(assemblies).Bind(EditionCatalog.BundledFor);
    }

    private static Result<(EditionCatalog Catalog, string EditionId)> Load(EditionCatalog bundled, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (bundled, Cli.DefaultEdition);
        }

        if (!LooksLikeFile(value))
        {
            return (bundled, value);
        }

        // The type first: a FIFO or a device (`--edition /dev/zero`) is refused without being opened.
        if (InputFiles.NotAFile(value, value) is { } notAFile)
        {
            return Result<(EditionCatalog, string)>.Invalid(notAFile);
        }

        return EditionFile.Read(value, bundled.Policies)
            .Bind(edition => bundled.With(edition).Map(catalog => (catalog, edition.Id)));
    }

    /// <summary>Errors as lines: <c>CODE (place): message</c>, in the language asked for.</summary>
    public static IEnumerable<string> Describe(IEnumerable<ValidationError> errors, Language language) =>
        errors.Select(e => string.IsNullOrEmpty(e.Identifier) ? $"{e.ErrorCode}: {e.ErrorMessage}" : $"{e.ErrorCode} ({Place(e.Identifier)}): {e.ErrorMessage}");

    /// <summary>Where an error is: a file position as given; the catalogue's "edition" is the option the user gave, <c>--edition</c>.</summary>
    private static string Place(string target) => target == "edition" ? "--edition" : target;

    private static bool LooksLikeFile(string value) =>
        File.Exists(value)
        || value.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || value.Contains('/', StringComparison.Ordinal)
        || value.Contains('\\', StringComparison.Ordinal);
}
