using Mentoring.Cli.Commands;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;

namespace Mentoring.Cli.Output;

/// <summary>Writes what a command found to standard output, as a readable table (<c>text</c>) or a stable machine format (<c>json</c>).</summary>
internal abstract class OutputWriter(Language language)
{
    public Language Language { get; } = language;

    /// <summary>Creates the writer for <c>--format</c>.</summary>
    /// <param name="format"><c>text</c> or <c>json</c>.</param>
    /// <param name="language">The language of messages.</param>
    /// <param name="context">The streams and the terminal.</param>
    /// <param name="all">For text: list every finding, not only violations and unknowns.</param>
    /// <returns>The writer.</returns>
    public static OutputWriter Create(string? format, Language language, CliContext context, bool all = false) =>
        format == "json"
            ? new JsonOutput(language, context.Stdout)
            : new TextOutput(language, Consoles.Create(context.Stdout, context.Terminal), Consoles.Border(context.Terminal), all);

    public abstract void Validation(ValidationRun run);

    public abstract void Rules(IReadOnlyList<PolicyDescriptor> policies);

    public abstract void Editions(IReadOnlyList<Edition> editions);

    public abstract void Explain(RuleInfo rule);

    /// <summary>
    /// A run that ended before any report (a usage error, an edition that cannot be used): nothing on standard output in
    /// text (the errors are on standard error), a JSON document with the errors in JSON.
    /// </summary>
    /// <param name="errors">The errors, each with its code and, when known, its file.</param>
    /// <param name="exitCode">The exit code of the run.</param>
    public virtual void Failure(IReadOnlyList<JsonError> errors, int exitCode)
    {
    }
}
