namespace Mentoring.Packaging.Tests;

/// <summary>A fenced code block of a Markdown file: where it is, its info string and its text.</summary>
/// <param name="File">The file, relative to the repository's root.</param>
/// <param name="Line">The line of the opening fence (1-based).</param>
/// <param name="Language">The first word of the info string (<c>csharp</c>, <c>sh</c>, …).</param>
/// <param name="Markers">The other words of the info string (<c>run</c>, <c>fragment</c>, <c>exit=1</c>).</param>
/// <param name="Text">The block's text, without the fences.</param>
public sealed record MarkdownBlock(string File, int Line, string Language, IReadOnlyList<string> Markers, string Text)
{
    /// <summary>Where the block is, as <c>file:line</c>: the start of every failure message about it.</summary>
    public string Location => $"{File}:{Line}";

    /// <summary>True when the info string has the marker (<c>run</c>, <c>fragment</c>).</summary>
    public bool Has(string marker) => Markers.Contains(marker, StringComparer.Ordinal);

    /// <summary>The value of a <c>name=value</c> marker, or null.</summary>
    public string? Value(string name) =>
        Markers.FirstOrDefault(m => m.StartsWith(name + "=", StringComparison.Ordinal)) is { } m ? m[(name.Length + 1)..] : null;
}

/// <summary>Reads the fenced code blocks of the documentation the snippet tests check.</summary>
internal static class MarkdownBlocks
{
    /// <summary>
    /// The documentation whose snippets must work: README.md, docs/*.md, CONTRIBUTING.md and the packages' READMEs
    /// (src/*/README.md and the tool's samples/Mentoring.Cli/README.md).
    /// </summary>
    public static IReadOnlyList<string> Files()
    {
        var root = DotNet.RepositoryRoot;
        IEnumerable<string> files =
        [
            Path.Combine(root, "README.md"),
            Path.Combine(root, "CONTRIBUTING.md"),
            .. Directory.GetFiles(Path.Combine(root, "docs"), "*.md"),
            .. Directory.GetDirectories(Path.Combine(root, "src")).Select(d => Path.Combine(d, "README.md")),
            Path.Combine(root, "samples", "Mentoring.Cli", "README.md"),
        ];
        return [.. files.Where(File.Exists).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Every fenced block of every file of <see cref="Files"/>.</summary>
    public static IReadOnlyList<MarkdownBlock> All() => [.. Files().SelectMany(Read)];

    /// <summary>The fenced blocks of one file (relative to the repository's root).</summary>
    public static IEnumerable<MarkdownBlock> Read(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(DotNet.RepositoryRoot, file));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!line.StartsWith("```", StringComparison.Ordinal) || line.Trim() == "```")
            {
                continue;
            }

            var info = line[3..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var start = i;
            var text = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                text.Add(lines[i]);
            }

            yield return new MarkdownBlock(file, start + 1, info[0], info[1..], string.Join('\n', text));
        }
    }
}
