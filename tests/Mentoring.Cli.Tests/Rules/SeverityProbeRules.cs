using Mentoring.Domain.Organizations;
using Mentoring.Rules.Policies;
using NRules.Fluent.Dsl;

namespace Mentoring.Cli.Tests.Rules;

/// <summary>
/// A probe for the exit codes: a violation that a rule lowers to a warning (<see cref="Verdict.AsWarning"/>), as a rule
/// does when only some readings of its clause are breached. Loaded with <c>--rules</c> from this test assembly.
/// </summary>
[Name("probe.warning-only")]
[Title("Проверочное правило: предупреждение", "Probe rule: a warning")]
[Citation("002 §2", "проверочное правило тестов")]
[Severity(Severity.Error)]
public sealed class WarningOnlyProbe : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Organization organization = null!;

        When().Match(() => organization);
        Then().Do(ctx => ctx.Emit(Judge(organization)));
    }

    private static Verdict Judge(Organization organization) => Verdict.Violated(
        "Нарушено одно из двух прочтений пункта (проверочное правило).",
        "One of the two readings of the clause is breached (probe rule).",
        Subject.Of(organization)).AsWarning();
}

/// <summary>
/// A probe for <c>--strict</c>: an unknown whose missing fact is a written document the regulation requires
/// (<see cref="Verdict.AsMissingDocument"/>): unknown normally, a violation of severity error in strict validation.
/// </summary>
[Name("probe.missing-document")]
[Title("Проверочное правило: документ не представлен", "Probe rule: a document not presented")]
[Citation("002 §2; TK 351.8", "проверочное правило тестов")]
[Severity(Severity.Error)]
public sealed class MissingDocumentProbe : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Organization organization = null!;

        When().Match(() => organization);
        Then().Do(ctx => ctx.Emit(Judge(organization)));
    }

    private static Verdict Judge(Organization organization) => Verdict.Unknown(
        ["письменное согласие наставника (проверочное правило)"],
        "Письменное согласие наставника не представлено.",
        "The mentor's written consent is not presented.",
        Subject.Of(organization)).AsMissingDocument();
}
