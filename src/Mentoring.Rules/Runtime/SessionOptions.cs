namespace Mentoring.Rules.Runtime;

/// <summary>Per-session settings.</summary>
public sealed class SessionOptions
{
    /// <summary>The defaults.</summary>
    public static SessionOptions Default { get; } = new();

    /// <summary>
    /// How many times one rule may fire for the same facts within one <c>Fire</c> call before
    /// <see cref="RuleFiringLimitException"/> stops it (a rule that keeps re-activating itself). Default 1,000.
    /// </summary>
    public int MaxRefiresPerMatch { get; init; } = 1_000;

    /// <summary>How many times one rule may fire in total within one <c>Fire</c> call. Default 1,000,000.</summary>
    public int MaxFiringsPerRule { get; init; } = 1_000_000;

    /// <summary>Whether the session keeps a <see cref="FiringRecord"/> of every firing in <see cref="ISession.Firings"/>. Default true.</summary>
    public bool RecordFirings { get; init; } = true;
}
