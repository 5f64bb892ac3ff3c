using System.Runtime.CompilerServices;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Organizations;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;

namespace Mentoring.Rules.Tests.Readme;

/// <summary>
/// README.md's example ("Ten lines"), kept here between the markers so that it compiles and runs; a test checks that
/// README's code block is the same text (its usings, then these lines).
/// </summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void Example_Runs_AndFindsTheShortProgram()
    {
        using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var saved = Console.Out;
        Console.SetOut(output);
        try
        {
#pragma warning disable IDE0011 // README's example keeps to ten lines: one-statement loops without braces
            // README:begin
            var @case = MentoringCase.Build("school-7", "СОШ № 7", OrganizationKind.School, c => c
                .AddTeacher("T-01", "Соколова Анна Викторовна")
                .AddTeacher("T-02", "Егоров Илья Сергеевич")
                .AddPair("P-1", mentors: ["T-01"], mentees: ["T-02"], MentoringForm.TeacherTeacher)
                .AddProgram("PR-1", pair: "P-1", start: new(2024, 9, 1), end: new(2024, 10, 31)));  // two months: the model keeps it
            foreach (var e in @case.ValidationErrors)                                             // every error at once, with its place
                Console.WriteLine($"{e.ErrorCode} {e.Identifier}: {e.ErrorMessage}");             // MD0001 teachers[1].name: …
            var validator = new MentoringValidator(EditionCatalog.Bundled);                      // one per host: compiled once, thread-safe
            var report = @case.Bind(c => validator.Validate(c, "krasnokutsky-2022", asOf: new(2024, 10, 1))).Value;
            foreach (var f in report.Findings.Where(f => f.Outcome == Outcome.Violated))
                Console.WriteLine($"{f.RuleId} ({f.Clause}): {f.MessageRu}");   // program.duration (002 §1 (понятия)): Утверждённый срок программы PR-1 (01.09.2024–31.10.2024) короче 3 месяцев …
            // README:end
#pragma warning restore IDE0011
        }
        finally
        {
            Console.SetOut(saved);
        }

        Assert.True(output.ToString().Contains("program.duration (002 §1 (понятия)): Утверждённый срок программы PR-1 (01.09.2024–31.10.2024) короче 3 месяцев", StringComparison.Ordinal), output.ToString());
        Assert.DoesNotContain("MD", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_CodeBlock_IsTheExampleHere()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var start = Array.IndexOf(readme, "## Ten lines") + 2;
        var block = readme.Skip(start + 1).TakeWhile(l => l != "```").ToArray();
        var usings = block.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal)).ToArray();
        var code = block.Skip(usings.Length).SkipWhile(string.IsNullOrEmpty).ToArray();

        var source = File.ReadAllLines(ThisFile());
        var region = source.SkipWhile(l => l.Trim() != "// README:begin").Skip(1).TakeWhile(l => l.Trim() != "// README:end").Select(l => l.Length >= 12 ? l[12..] : l.Trim()).ToArray();

        Assert.Equal("```csharp run", readme[start]);   // "run": the snippet tests run it too (CONTRIBUTING.md)
        Assert.Equal(usings.Where(l => l.StartsWith("using Mentoring.", StringComparison.Ordinal)), source.Where(l => l.StartsWith("using Mentoring.", StringComparison.Ordinal)));
        Assert.Equal(code, region);
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;

    private static string RepositoryRoot() => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "..", ".."));
}
