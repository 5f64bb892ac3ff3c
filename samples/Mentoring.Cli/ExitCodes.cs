namespace Mentoring.Cli;

/// <summary>The exit codes of every command (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Done; no violation found.</summary>
    public const int Ok = 0;

    /// <summary>Every input was read, and at least one violation was found.</summary>
    public const int Violations = 1;

    /// <summary>Bad input or usage: an unknown option, rule or edition, a missing or unreadable file. Wins over 1.</summary>
    public const int BadInput = 2;
}
