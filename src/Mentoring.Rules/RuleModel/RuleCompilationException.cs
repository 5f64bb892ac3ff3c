namespace Mentoring.Rules.RuleModel;

/// <summary>A rule definition is invalid; raised when a rule is defined or when the repository compiles.</summary>
public sealed class RuleCompilationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleCompilationException()
        : this("A rule definition is invalid.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public RuleCompilationException(string message)
        : base(message)
    {
        RuleId = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RuleCompilationException(string message, Exception innerException)
        : base(message, innerException)
    {
        RuleId = string.Empty;
    }

    /// <summary>Creates the exception for a rule.</summary>
    /// <param name="ruleId">The rule at fault.</param>
    /// <param name="message">What is wrong (the rule id is prefixed).</param>
    public RuleCompilationException(string ruleId, string message)
        : base($"Rule '{ruleId}': {message}")
    {
        RuleId = ruleId;
    }

    /// <summary>The id of the rule at fault, or an empty string.</summary>
    public string RuleId { get; }
}
