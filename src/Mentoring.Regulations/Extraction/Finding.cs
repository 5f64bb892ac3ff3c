namespace Mentoring.Regulations.Extraction;

/// <summary>One setting read from one sentence: a rule switched on, or one parameter's value.</summary>
internal sealed record Finding(string RuleId, string? Parameter, object? Value, string Sentence, RegulationClause Clause);

/// <summary>A sentence that speaks of what an edition sets but that the extractor did not map, and why.</summary>
internal sealed record Unmapped(string Sentence, RegulationClause Clause, string ReasonRu, string ReasonEn);
