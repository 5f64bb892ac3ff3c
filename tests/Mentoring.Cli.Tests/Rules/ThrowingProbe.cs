using Mentoring.Domain.Organizations;
using Mentoring.Rules.Policies;
using NRules.Fluent.Dsl;

namespace Mentoring.Cli.Tests.Rules;

/// <summary>
/// A probe for one failing validation among several inputs (issue #14): the rule throws for the organization
/// <see cref="FailingOrganization"/> only. Off by default; an edition file of the test switches it on.
/// </summary>
[Name("probe.throws")]
[Title("Проверочное правило: сбой проверки", "Probe rule: a failing validation")]
[Citation("002 §2", "проверочное правило тестов")]
[Severity(Severity.Error)]
[OffByDefault]
public sealed class ThrowingProbe : Rule
{
    /// <summary>The organization whose validation fails.</summary>
    public const string FailingOrganization = "probe-failing-school";

    /// <inheritdoc />
    public override void Define()
    {
        Organization organization = null!;

        When().Match(() => organization);
        Then().Do(ctx => ctx.Emit(Judge(organization)));
    }

    private static Verdict Judge(Organization organization) => organization.Id.Value == FailingOrganization
        ? throw new InvalidOperationException("The probe rule fails on purpose.")
        : Verdict.Satisfied("Проверка выполнена (проверочное правило).", "Checked (probe rule).", Subject.Of(organization));
}
