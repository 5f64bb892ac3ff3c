using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Mentoring.Cli.Commands;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;

namespace Mentoring.Cli.Output;

/// <summary>The stable machine format (docs/cli.md): camelCase, codes for outcomes and severities, <c>yyyy-MM-dd</c> dates.</summary>
internal sealed class JsonOutput(Language language, TextWriter writer) : OutputWriter(language)
{
    private static readonly CliJsonContext Context = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public override void Validation(ValidationRun run) => Write(
        new JsonValidation(
            [.. run.Files.SelectMany(file => file.Reports.SelectMany(r => r.Findings).Select(f => new JsonFinding(
                f.RuleId,
                Words.Code(f.Outcome),
                Words.Code(f.Severity),
                f.Clause,
                f.Citation(Language.Code),
                f.Message(Language.Code),
                [.. f.Subjects.Select(s => new JsonSubject(Words.Code(s.Kind), s.Id, s.Name))],
                f.OrganizationId,
                file.File,
                f.Missing.Count == 0 ? null : f.Missing)))],
            new JsonSummary(
                run.EditionId,
                Words.Title(run.Edition, Language),
                run.EditionChain,
                Words.Date(run.AsOf),
                run.Strict,
                run.FailOn == FailOn.Warning ? "warning" : "error",
                run.Files.Count,
                run.Files.Count(f => f.Errors.Count > 0),
                run.Organizations,
                run.Count(Outcome.Violated),
                run.ErrorCount,
                run.WarningCount,
                run.Count(Outcome.Unknown),
                run.Count(Outcome.Satisfied),
                run.Count(Outcome.NotApplicable),
                [.. run.NotChecked.Select(p => new JsonNotChecked(p.Id, Words.Title(p, Language)))],
                run.ExitCode),
            [.. run.Errors.Select(JsonError.From)]),
        Context.JsonValidation);

    public override void Failure(IReadOnlyList<JsonError> errors, int exitCode) =>
        Write(new JsonFailure([], new JsonFailureSummary(exitCode), errors), Context.JsonFailure);

    /// <summary>The JSON document of a run that ended before any report, written to <paramref name="writer"/>.</summary>
    public static void Failure(TextWriter writer, IReadOnlyList<JsonError> errors, int exitCode)
    {
        writer.WriteLine(JsonSerializer.Serialize(new JsonFailure([], new JsonFailureSummary(exitCode), errors), Context.JsonFailure));
        writer.Flush();
    }

    public override void Rules(IReadOnlyList<PolicyDescriptor> policies) =>
        Write<IReadOnlyList<JsonRule>>([.. policies.Select(Rule)], Context.IReadOnlyListJsonRule);

    public override void Editions(IReadOnlyList<Edition> editions) => Write<IReadOnlyList<JsonEdition>>(
        [.. editions.Select(e => new JsonEdition(e.Id, Words.Title(e, Language), Words.Source(e, Language), e.Inherits, Date(e.EffectiveFrom), Date(e.EffectiveTo), e.Overlays, e.Origin))],
        Context.IReadOnlyListJsonEdition);

    public override void Explain(RuleInfo rule) => Write(
        new JsonExplanation(
            Rule(rule.Policy),
            rule.Policy.QuoteRu,
            Words.Date(rule.AsOf),
            [.. rule.Editions.Select(e => new JsonEditionState(
                e.Edition.Id,
                e.InForce,
                e.InForce ? e.Enabled : null,
                e.InForce ? e.EnabledSource : null,
                e.Edition.Rules.TryGetValue(rule.Policy.Id, out var s) && s.Enabled == true,
                [.. e.Parameters.Select(v => new JsonParameterValue(v.Name, v.Display, v.Source))]))]),
        Context.JsonExplanation);

    private JsonRule Rule(PolicyDescriptor p) => new(
        p.Id,
        Words.Title(p, Language),
        p.Source,
        Citations.Readable(p.Source, Language.Code),
        Words.Code(p.Severity),
        p.EnabledByDefault,
        Date(p.EffectiveFrom),
        [.. p.Parameters.Select(d => new JsonParameter(d.Name, d.Kind.ToString(), Words.Value(d.Default), d.Description))]);

    private static string? Date(DateOnly? date) => date is null ? null : Words.Date(date);

    private void Write<T>(T value, JsonTypeInfo<T> type)
    {
        writer.WriteLine(JsonSerializer.Serialize(value, type));
        writer.Flush();
    }
}
