using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Organizations;

/// <summary>The organization's website has a section on mentoring.</summary>
/// <remarks>
/// 002 §5; 003 order п.4.6 (раздел «Целевая программа наставничества»). The rule applies to an organization whose
/// case shows mentoring, and reads <see cref="Organization.WebsiteHasMentoringSection"/>:
/// true holds, false is a violation, and null (the case does not say) is unknown.
/// <para>Judged on: the date of validation (the site as the case records it that day).</para>
/// </remarks>
[JudgedOn("the date of validation (the site as the case records it that day).")]
[Name("org.website-section")]
[Title("На сайте организации есть раздел о наставничестве", "The organization's website has a mentoring section")]
[Citation("002 §5; 003 order п.4.6", "на официальном сайте образовательной организации создается специальный раздел (рубрика)")]
[Severity(Severity.Warning)]
internal sealed class WebsiteSection : MentoringOrganizationRule
{
    /// <inheritdoc />
    protected override Verdict Judge(Evaluation evaluation, Editions.RuleParameters parameters, Organization organization, IReadOnlyList<Order> orders, IReadOnlyList<MentoringPair> pairs)
    {
        var subject = Subject.Of(organization);
        return organization.WebsiteHasMentoringSection switch
        {
            true => Verdict.Satisfied(
                () => $"На сайте {organization.Name} есть раздел о наставничестве.",
                () => $"The website of {organization.Name} has a mentoring section.",
                subject),
            false => Verdict.Violated(
                () => $"На официальном сайте {organization.Name} нет раздела о наставничестве.",
                () => $"The official website of {organization.Name} has no mentoring section.",
                subject),
            null => Verdict.Unknown(
                [$"сведения о разделе о наставничестве на сайте {organization.Name}"],
                () => $"Неизвестно, есть ли на сайте {organization.Name} раздел о наставничестве.",
                () => $"Whether the website of {organization.Name} has a mentoring section is not known.",
                subject),
        };
    }
}
