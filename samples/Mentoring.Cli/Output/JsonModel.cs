using System.Text.Json.Serialization;
using Ardalis.Result;
using Mentoring.Domain;

namespace Mentoring.Cli.Output;

#pragma warning disable SA1649, SA1402 // The JSON model is one contract: docs/cli.md.

/// <summary><c>mentoring validate --format json</c>: the findings, the summary and the inputs that could not be read.</summary>
internal sealed record JsonValidation(IReadOnlyList<JsonFinding> Findings, JsonSummary Summary, IReadOnlyList<JsonError> Errors);

internal sealed record JsonFinding(
    string RuleId,
    string Outcome,
    string Severity,
    string Clause,
    string Citation,
    string Message,
    IReadOnlyList<JsonSubject> Subjects,
    string OrganizationId,
    string File,
    IReadOnlyList<string>? Missing);

internal sealed record JsonSubject(string Kind, string Id, string? Name);

/// <summary>The totals: violations (errors and warnings apart), unknowns, and the rules the edition does not check.</summary>
internal sealed record JsonSummary(
    string Edition,
    string EditionTitle,
    IReadOnlyList<string> EditionChain,
    string AsOf,
    bool Strict,
    string FailOn,
    int Files,
    int FilesNotRead,
    int Organizations,
    int Violated,
    int Errors,
    int Warnings,
    int Unknown,
    int Satisfied,
    int NotApplicable,
    IReadOnlyList<JsonNotChecked> NotChecked,
    int ExitCode);

/// <summary>A rule the edition does not switch on: not checked, never passed.</summary>
internal sealed record JsonNotChecked(string RuleId, string Title);

/// <summary>An input that could not be used: where (a document location, or the identifier as given), its code and message.</summary>
internal sealed record JsonError(string File, int Line, int Column, string Path, string Code, string Message)
{
    /// <summary>The error as JSON: its document location when it has one, otherwise its identifier as the file.</summary>
    public static JsonError From(ValidationError error) => error.Location() is { } at
        ? new(at.File, at.Line, at.Column, at.Path, error.ErrorCode, error.ErrorMessage)
        : new(error.Identifier ?? string.Empty, 0, 0, string.Empty, error.ErrorCode, error.ErrorMessage);
}

/// <summary>
/// Any command's <c>--format json</c> when the run ended before a report (a usage error, an edition that cannot be
/// used): no findings, the exit code, and the errors — the same shape as <see cref="JsonValidation"/>, so a script reads
/// <c>summary.exitCode</c> and <c>errors</c> alike.
/// </summary>
internal sealed record JsonFailure(IReadOnlyList<JsonFinding> Findings, JsonFailureSummary Summary, IReadOnlyList<JsonError> Errors);

internal sealed record JsonFailureSummary(int ExitCode);

/// <summary><c>mentoring rules --format json</c>.</summary>
internal sealed record JsonRule(string Id, string Title, string Clause, string Citation, string Severity, bool EnabledByDefault, string? EffectiveFrom, IReadOnlyList<JsonParameter> Parameters);

internal sealed record JsonParameter(string Name, string Kind, string Default, string Description);

/// <summary><c>mentoring editions --format json</c>.</summary>
internal sealed record JsonEdition(string Id, string Title, string Source, string? Inherits, string? EffectiveFrom, string? EffectiveTo, IReadOnlyList<string> Overlays, string Origin);

/// <summary><c>mentoring explain --format json</c>.</summary>
internal sealed record JsonExplanation(JsonRule Rule, string Quote, string AsOf, IReadOnlyList<JsonEditionState> Editions);

internal sealed record JsonEditionState(string Edition, bool InForce, bool? Enabled, string? SetBy, bool SwitchesOn, IReadOnlyList<JsonParameterValue> Parameters);

internal sealed record JsonParameterValue(string Name, string Value, string Source);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(JsonValidation))]
[JsonSerializable(typeof(JsonFailure))]
[JsonSerializable(typeof(IReadOnlyList<JsonRule>))]
[JsonSerializable(typeof(IReadOnlyList<JsonEdition>))]
[JsonSerializable(typeof(JsonExplanation))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
