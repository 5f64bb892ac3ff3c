using System.Text.Json;
using Mentoring.Cli.Tests.Rules;

namespace Mentoring.Cli.Tests;

/// <summary>
/// Exit code 1 means an error-severity violation (readings.md, principle 7); warnings alone exit 0 unless
/// <c>--fail-on warning</c>; <c>--strict</c> turns a missing written document into a violation (principle 2). The
/// summary counts errors, warnings and unknowns apart, and lists the rules the edition does not check.
/// Two probe rules of this assembly, loaded with <c>--rules</c>, give a warning and a missing document.
/// </summary>
public sealed class SeverityAndStrictTests
{
    private static readonly string Compliant = CliHarness.Sample("krasnokutsky-2022", "compliant");

    private static string Probes => typeof(WarningOnlyProbe).Assembly.Location;

    [Fact]
    public void Validate_WarningsAndUnknownsOnly_ReturnsZero()
    {
        var result = Run("--format", "json");

        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
        var summary = Summary(result);
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.True(summary.GetProperty("warnings").GetInt32() >= 1);
        Assert.True(summary.GetProperty("unknown").GetInt32() >= 1);
    }

    [Fact]
    public void Validate_FailOnWarning_WarningsAloneReturnOne()
    {
        var result = Run("--format", "json", "--fail-on", "warning");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("warning", Summary(result).GetProperty("failOn").GetString());
    }

    [Fact]
    public void Validate_Strict_MissingWrittenDocumentIsAnErrorAndReturnsOne()
    {
        var result = Run("--format", "json", "--strict");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var probe = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "probe.missing-document");
        Assert.Equal("violated", probe.GetProperty("outcome").GetString());
        Assert.Equal("error", probe.GetProperty("severity").GetString());
        Assert.True(json.RootElement.GetProperty("summary").GetProperty("strict").GetBoolean());
    }

    [Fact]
    public void Validate_NotStrict_MissingWrittenDocumentIsUnknown()
    {
        using var json = JsonDocument.Parse(Run("--format", "json").Stdout);

        var probe = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "probe.missing-document");
        Assert.Equal("unknown", probe.GetProperty("outcome").GetString());
        Assert.Equal("письменное согласие наставника (проверочное правило)", probe.GetProperty("missing")[0].GetString());
    }

    [Fact]
    public void Validate_WarningOfARuleOfSeverityError_IsCountedAsAWarning()
    {
        using var json = JsonDocument.Parse(Run("--format", "json").Stdout);

        var probe = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "probe.warning-only");
        Assert.Equal("violated", probe.GetProperty("outcome").GetString());
        Assert.Equal("warning", probe.GetProperty("severity").GetString());
    }

    [Fact]
    public void Validate_Text_SaysWhatWasNotPresentedAndCountsApart()
    {
        var result = Run();

        Assert.Contains("Не представлено:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("probe.missing-document: письменное согласие наставника (проверочное правило)", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Нарушения — ошибки", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Нарушения — предупреждения", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Не определено", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 — ошибок нет, есть предупреждения", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Strict_TextSaysSoAndExitsOne()
    {
        var result = Run("--strict");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"[│|] Строгая проверка\s+[│|] да\s+[│|]", result.Stdout);
    }

    [Fact]
    public void Validate_RulesTheEditionDoesNotSwitchOn_AreListedAsNotChecked()
    {
        // krasnokutsky-2022 follows the federal model: the Argun-only consent of a mentee is off there.
        var text = CliHarness.Run("validate", Compliant, "--edition", "krasnokutsky-2022", "--as-of", "2024-06-30");
        var json = CliHarness.Run("validate", Compliant, "--edition", "krasnokutsky-2022", "--as-of", "2024-06-30", "--format", "json");

        Assert.Contains("Не проверяется в этой редакции (правило не включено; это не значит, что требование выполнено):", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("  consent.mentee-written — ", text.Stdout, StringComparison.Ordinal);
        var notChecked = Summary(json).GetProperty("notChecked").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()).ToList();
        Assert.Contains("consent.mentee-written", notChecked);
        using var findings = JsonDocument.Parse(json.Stdout);
        Assert.DoesNotContain(findings.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "consent.mentee-written");
    }

    [Fact]
    public void Validate_ViolationsExample_SummaryCountsErrorsAndWarningsApart()
    {
        var result = CliHarness.Run("validate", CliHarness.Sample("krasnokutsky-2022", "violations"), "--edition", "krasnokutsky-2022", "--as-of", "2024-06-30", "--format", "json");

        var summary = Summary(result);
        Assert.Equal(summary.GetProperty("violated").GetInt32(), summary.GetProperty("errors").GetInt32() + summary.GetProperty("warnings").GetInt32());
        Assert.True(summary.GetProperty("errors").GetInt32() > 0);
        Assert.Equal(1, result.ExitCode);
    }

    private static CliResult Run(params string[] extra) =>
        CliHarness.Run(["validate", Compliant, "--edition", "krasnokutsky-2022", "--as-of", "2024-06-30", "--rules", Probes, .. extra]);

    private static JsonElement Summary(CliResult result)
    {
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("summary").Clone();
    }
}
