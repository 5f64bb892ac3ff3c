namespace Mentoring.Cli;

/// <summary>The exit codes of every command (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Done; no violation of severity error found (warnings alone exit 0 unless <c>--fail-on warning</c>).</summary>
    public const int Ok = 0;

    /// <summary>Every input was read, and at least one violation of severity error was found (with <c>--fail-on warning</c>: or of severity warning).</summary>
    public const int Violations = 1;

    /// <summary>Bad input or usage: an unknown option, rule or edition, a missing or unreadable file. Wins over 1.</summary>
    public const int BadInput = 2;
}
