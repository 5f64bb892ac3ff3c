namespace Mentoring.Rules.Runtime;

/// <summary>A rule exceeded a firing limit of <see cref="SessionOptions"/> within one <c>Fire</c> call.</summary>
public sealed class RuleFiringLimitException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleFiringLimitException()
        : this("A rule exceeded its firing limit.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleFiringLimitException(string message)
        : base(message)
    {
        RuleId = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleFiringLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleId = string.Empty;
    }

    internal RuleFiringLimitException(string ruleId, int limit, string message)
        : base(message)
    {
        RuleId = ruleId;
        Limit = limit;
    }

    /// <summary>The rule that kept firing.</summary>
    public string RuleId { get; }

    /// <summary>The limit it exceeded.</summary>
    public int Limit { get; }
}

/// <summary>An action of a rule threw; the original exception is the inner exception.</summary>
public sealed class RuleActionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleActionException()
        : this("A rule action failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RuleActionException(string message)
        : base(message)
    {
        RuleId = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public RuleActionException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleId = string.Empty;
    }

    internal RuleActionException(string ruleId, FiringRecord firing, Exception innerException)
        : base($"Rule '{ruleId}' failed in its action for {firing}: {innerException.Message}", innerException)
    {
        RuleId = ruleId;
    }

    /// <summary>The rule whose action failed.</summary>
    public string RuleId { get; }
}
