namespace Mentoring.Cli;

/// <summary>Whether standard output and standard error are terminals (colours, live progress) or redirected (plain, deterministic text).</summary>
/// <param name="Output">True when standard output is a terminal.</param>
/// <param name="Error">True when standard error is a terminal: the progress bar is drawn there.</param>
internal sealed record Terminal(bool Output, bool Error)
{
    /// <summary>Both redirected: what tests and pipes see.</summary>
    public static Terminal Redirected { get; } = new(false, false);
}
