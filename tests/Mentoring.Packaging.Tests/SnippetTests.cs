using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Mentoring.Packaging.Tests;

/// <summary>
/// Every documented snippet works (CONTRIBUTING.md, "Snippets in the documentation"): each <c>csharp</c> block of
/// README.md, docs/*.md and the packages' READMEs compiles as a program (or a library, when it only declares types) of
/// a consumer that references the libraries, with the implicit usings of a console application and its own usings
/// shown; blocks marked <c>run</c> also run, from the repository's root, to the exit code their <c>exit=N</c> marker
/// gives (0 without it); blocks marked <c>fragment</c> are skipped. Every line of an <c>sh</c> block that invokes
/// <c>mentoring</c> runs against the bundled data, with the exit code its <c># exit N</c> comment gives (0 without).
/// </summary>
/// <remarks>
/// The C# blocks are compiled in this process by Roslyn against the assemblies this test references: no project per
/// snippet, a few seconds for all of them. The <c>mentoring</c> lines run the tool this test project references.
/// </remarks>
public sealed class SnippetTests
{
    private static readonly string[] ImplicitUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    ];

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => MetadataReference.CreateFromFile(p)),
    ]);

    public static TheoryData<string> CSharpBlocks() =>
        [.. MarkdownBlocks.All().Where(b => b.Language is "csharp" or "cs" or "c#").Select(b => b.Location)];

    public static TheoryData<string> MentoringLines() => [.. ShellLines().Select(l => l.Location)];

    [Fact]
    public void Documentation_CSharpBlocks_AreMarkedWithKnownMarkersOnly()
    {
        var known = new[] { "run", "fragment" };
        var bad = MarkdownBlocks.All().Where(b => b.Language == "csharp")
            .SelectMany(b => b.Markers.Where(m => !known.Contains(m, StringComparer.Ordinal) && !m.StartsWith("exit=", StringComparison.Ordinal)).Select(m => $"{b.Location}: {m}"))
            .ToArray();

        Assert.True(bad.Length == 0, "Unknown snippet markers: " + string.Join("; ", bad));
    }

    [Theory]
    [MemberData(nameof(CSharpBlocks))]
    public void CSharpBlock_Compiles_AndRunsWhenMarked(string location)
    {
        var block = MarkdownBlocks.All().Single(b => b.Location == location);
        if (block.Has("fragment"))
        {
            return;
        }

        var tree = CSharpSyntaxTree.ParseText(block.Text, new CSharpParseOptions(LanguageVersion.Latest), path: block.File);
        var isProgram = tree.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().Any();
        var usings = CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")), new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            "Snippet_" + Guid.NewGuid().ToString("N"),
            [tree, usings],
            References.Value,
            new CSharpCompilationOptions(isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(emitted.Success, $"{location} does not compile (mark it ```csharp fragment``` if it is one on purpose):{Environment.NewLine}"
            + string.Join(Environment.NewLine, errors.Select(e => $"  line {block.Line + e.Location.GetLineSpan().StartLinePosition.Line + 1}: {e.Id} {e.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")));

        if (!block.Has("run"))
        {
            return;
        }

        Assert.True(isProgram, $"{location} is marked run but has no statements to run.");
        var expected = int.Parse(block.Value("exit") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var (exitCode, output) = RunProgram(image.ToArray());
        Assert.True(exitCode == expected, $"{location} exited with {exitCode}, not {expected}. Output:{Environment.NewLine}{output}");
    }

    [Theory]
    [MemberData(nameof(MentoringLines))]
    public void MentoringLine_RunsOnTheBundledData_WithTheDocumentedExitCode(string location)
    {
        var line = ShellLines().Single(l => l.Location == location);
        var folder = Directory.CreateTempSubdirectory("mentoring-doc-line-");
        try
        {
            // The bundled data as the docs name it (samples/…), in a folder of its own: files the line writes stay there.
            Directory.CreateSymbolicLink(Path.Combine(folder.FullName, "samples"), Path.Combine(DotNet.RepositoryRoot, "samples"));
            var tool = Path.Combine(AppContext.BaseDirectory, "mentoring.dll");
            var script = $"mentoring() {{ \"{DotNet.Host}\" \"{tool}\" \"$@\"; }}\n{line.Command}";
            var result = DotNet.Bash(folder.FullName, TimeSpan.FromMinutes(2), new Dictionary<string, string?> { ["NO_COLOR"] = null, ["COLUMNS"] = null }, script);

            Assert.True(result.ExitCode == line.ExitCode, $"{location}: `{line.Command}` should exit {line.ExitCode}. {result.Describe()}");
        }
        finally
        {
            File.Delete(Path.Combine(folder.FullName, "samples"));
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A documented <c>mentoring</c> command: its place, its text (continuations joined) and its exit code.</summary>
    private sealed record ShellLine(string Location, string Command, int ExitCode);

    private static IEnumerable<ShellLine> ShellLines()
    {
        foreach (var block in MarkdownBlocks.All().Where(b => b.Language is "sh" or "bash" or "shell" && !b.Has("fragment")))
        {
            var lines = block.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var first = i;
                var command = new StringBuilder(lines[i]);
                while (command.ToString().TrimEnd().EndsWith('\\') && i + 1 < lines.Length)
                {
                    command.Length = command.ToString().TrimEnd().Length - 1;
                    command.Append(' ').Append(lines[++i].Trim());
                }

                var text = command.ToString().Trim();
                if (!text.StartsWith("mentoring ", StringComparison.Ordinal) && text != "mentoring")
                {
                    continue;
                }

                var exit = System.Text.RegularExpressions.Regex.Match(text, @"#.*\bexit (?<code>\d)\b");
                yield return new ShellLine($"{block.File}:{block.Line + first + 1}", text, exit.Success ? int.Parse(exit.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
            }
        }
    }

    private static readonly Lock ConsoleLock = new();

    private static (int ExitCode, string Output) RunProgram(byte[] image)
    {
        // Console and the working directory belong to the process: one snippet runs at a time.
        lock (ConsoleLock)
        {
            var context = new AssemblyLoadContext("snippet", isCollectible: true);
            var output = new StringWriter();
            var stdout = Console.Out;
            var directory = Environment.CurrentDirectory;
            try
            {
                Console.SetOut(output);
                Environment.CurrentDirectory = DotNet.RepositoryRoot;
                var entry = context.LoadFromStream(new MemoryStream(image)).EntryPoint!;
                var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? [] : [Array.Empty<string>()]);
                if (result is Task task)
                {
                    task.GetAwaiter().GetResult();
                    result = task.GetType().GetProperty("Result")?.GetValue(task);
                }

                return (result is int code ? code : 0, output.ToString());
            }
            catch (TargetInvocationException exception)
            {
                return (-1, output + exception.InnerException!.ToString());
            }
            finally
            {
                Console.SetOut(stdout);
                Environment.CurrentDirectory = directory;
                context.Unload();
            }
        }
    }
}
