using System.Text;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Documents;

namespace Mentoring.Domain.Tests.Documents;

/// <summary>Test data: the bundled example case file and helpers to read and write documents.</summary>
public static class CaseFiles
{
    public static string ExamplePath => Path.Combine(AppContext.BaseDirectory, "Documents", "case-file.example.json");

    public static string SchemaPath => Path.Combine(AppContext.BaseDirectory, "Documents", "case-file.schema.json");

    public static string ExampleText => File.ReadAllText(ExamplePath);

    public static Result<MunicipalCase> ReadText(string json, long? maxBytes = null, System.Globalization.CultureInfo? culture = null) =>
        CaseFile.Read(Encoding.UTF8.GetBytes(json), new CaseFileOptions { FileName = "case.json", MaxBytes = maxBytes ?? CaseFileOptions.DefaultMaxBytes, Culture = culture });

    public static string WriteText(Mentoring.Domain.Cases.MentoringCase value)
    {
        using var stream = new MemoryStream();
        CaseFile.Write(value, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string WriteText(Mentoring.Domain.Cases.MunicipalCase value)
    {
        using var stream = new MemoryStream();
        CaseFile.Write(value, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The example with one JSON fragment replaced (the fragment must occur exactly once).</summary>
    public static string ExampleWith(string fragment, string replacement)
    {
        var text = ExampleText;
        var at = text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(fragment, at + 1, StringComparison.Ordinal) < 0, $"'{fragment}' must occur once in the example.");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + fragment.Length));
    }

    /// <summary>The 1-based line of the first occurrence of a fragment in a text.</summary>
    public static int LineOf(string text, string fragment) => text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
