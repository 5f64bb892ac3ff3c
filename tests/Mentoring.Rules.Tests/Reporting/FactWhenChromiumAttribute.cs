namespace Mentoring.Rules.Tests.Reporting;

/// <summary>
/// A fact that runs only where headless Chromium is installed at <see cref="Path"/> (Debian's <c>chromium</c> package);
/// elsewhere the test is reported skipped with that reason. xunit 2.9.3 has no dynamic skip, so the attribute sets
/// <see cref="FactAttribute.Skip"/> when the executable is absent.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FactWhenChromiumAttribute : FactAttribute
{
    /// <summary>Where the test looks for Chromium.</summary>
    public const string Path = "/usr/bin/chromium";

    public FactWhenChromiumAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"Chromium is not installed at {Path} (apt-get install chromium): the rendering of the HTML report in a browser is not checked.";
        }
    }
}

/// <summary>A theory that runs only where headless Chromium is installed (see <see cref="FactWhenChromiumAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class TheoryWhenChromiumAttribute : TheoryAttribute
{
    public TheoryWhenChromiumAttribute()
    {
        if (!File.Exists(FactWhenChromiumAttribute.Path))
        {
            Skip = $"Chromium is not installed at {FactWhenChromiumAttribute.Path} (apt-get install chromium): the report's layout at phone and desktop widths is not checked.";
        }
    }
}
