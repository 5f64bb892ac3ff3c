namespace Mentoring.Cli.Tests;

/// <summary>
/// Golden files: the expected output of a command, kept in <c>Golden/</c>. A difference fails the test; to accept
/// a new output on purpose, run the tests with <c>MENTORING_UPDATE_GOLDEN=1</c> and review the diff.
/// </summary>
internal static class Golden
{
    private const string UpdateVariable = "MENTORING_UPDATE_GOLDEN";

    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(CliHarness.ProjectDirectory, "Golden", name);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        var refresh = $"To accept the new output: {UpdateVariable}=1 dotnet test tests/Mentoring.Cli.Tests, then review the diff of {path}.";
        Assert.True(File.Exists(path), $"The golden file {path} does not exist. {refresh}");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .First(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]);
        Assert.Fail(
            $"The output differs from {path} at line {line + 1}:{Environment.NewLine}" +
            $"  expected: {(line < expectedLines.Length ? expectedLines[line] : "<end>")}{Environment.NewLine}" +
            $"  actual:   {(line < actualLines.Length ? actualLines[line] : "<end>")}{Environment.NewLine}{refresh}");
    }
}
