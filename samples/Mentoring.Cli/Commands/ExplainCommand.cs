using System.CommandLine;
using Mentoring.Cli.Output;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;

namespace Mentoring.Cli.Commands;

/// <summary>How one edition treats one rule on a date.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="InForce">False when the edition is not in force on the date (nothing else is then known).</param>
/// <param name="Enabled">True when the rule is on.</param>
/// <param name="EnabledSource">The edition that switched it on or off, or <c>default</c>.</param>
/// <param name="Parameters">The parameter values with their sources.</param>
internal sealed record EditionRuleState(Edition Edition, bool InForce, bool Enabled, string EnabledSource, IReadOnlyList<ParameterValue> Parameters);

/// <summary>A rule explained: its citation, parameters and what every edition makes of it on a date.</summary>
internal sealed record RuleInfo(PolicyDescriptor Policy, DateOnly AsOf, IReadOnlyList<EditionRuleState> Editions);

/// <summary><c>mentoring explain &lt;ruleId&gt; [--edition file] [--as-of] [--format] [--lang]</c>.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliContext context)
    {
        var ruleId = new Argument<string>("ruleId") { Description = context.T("Идентификатор правила", "The rule's id, such as program.duration") };
        var edition = CliContext.EditionOption(context.T("Файл редакции, добавляемый к встроенным", "An edition file to show with the bundled ones"));
        var asOf = context.AsOfOption(context.T("Дата, на которую разрешаются редакции [по умолчанию: сегодня]", "Date the editions are resolved on [default: today]"));
        var format = context.FormatOption();
        var language = context.LanguageOption();
        var command = new Command("explain", context.T("Объяснить правило", "Explain a rule: citation, parameters, editions")) { ruleId, edition, asOf, format, language };
        command.SetAction(parsed =>
        {
            var output = OutputWriter.Create(parsed.GetValue(format), context.Language, context);
            var loaded = EditionChoice.Load(parsed.GetValue(edition));
            if (!loaded.IsSuccess)
            {
                return context.Fail(string.Join(Environment.NewLine + context.T("ошибка: ", "error: "), EditionChoice.Describe(loaded.ValidationErrors, output.Language)));
            }

            var catalog = loaded.Value.Catalog;
            var id = parsed.GetValue(ruleId) ?? string.Empty;
            if (catalog.Policies.Find(id) is not { } policy)
            {
                return context.Fail(output.Language.T(
                    $"правила «{id}» нет. Известные правила: {string.Join(", ", catalog.Policies.Ids)}.",
                    $"there is no rule '{id}'. Known rules: {string.Join(", ", catalog.Policies.Ids)}."));
            }

            var date = parsed.GetValue(asOf) ?? context.Today;
            output.Explain(new RuleInfo(policy, date, [.. catalog.Editions.Select(e => State(catalog, e, policy, date))]));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static EditionRuleState State(EditionCatalog catalog, Edition edition, PolicyDescriptor policy, DateOnly asOf) =>
        catalog.Resolve(edition.Id, asOf) is { IsSuccess: true } resolved
            ? new EditionRuleState(edition, true, resolved.Value.IsEnabled(policy.Id), resolved.Value.EnabledSource(policy.Id), resolved.Value.Parameters(policy.Id).All)
            : new EditionRuleState(edition, false, false, string.Empty, []);
}
