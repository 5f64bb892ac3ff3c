using Mentoring.Domain.Organizations;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Organizations;

public sealed class WebsiteContentsTests
{
    private const string Rule = "org.website-contents";
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static readonly WebsiteItem[] Listed =
        [WebsiteItem.Programs, WebsiteItem.Regulations, WebsiteItem.MethodicalRecommendations, WebsiteItem.News];

    private static Validation.Finding Judge(IEnumerable<WebsiteItem>? items, bool? section = true) =>
        PolicyRunner.FindingFor(School().Organization(websiteSection: section).Running(D(2023, 9, 1)).Records(website: items).Build(), AsOf, Rule, OrganizationId);

    [Fact]
    public void Validate_Clause002Section5_EverythingListedWithoutTheBases_SatisfiedBasesNeedConsent()
    {
        var finding = Judge(Listed);

        Assert.Equal(Outcome.Satisfied, finding.Outcome);
        Assert.Contains("152-ФЗ, ст. 10.1", finding.MessageRu, StringComparison.Ordinal);
        Assert.Contains("not a violation", finding.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NewsMissing_WarningNamingIt()
    {
        var finding = Judge(Listed.Where(i => i != WebsiteItem.News));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("не размещены: новости и анонсы мероприятий", finding.MessageRu, StringComparison.Ordinal);
        Assert.DoesNotContain("база", finding.MessageRu.Split("не размещены:")[1].Split('.')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ContentsNotRecorded_Unknown()
    {
        var finding = Judge(null);

        Assert.Equal(Outcome.Unknown, finding.Outcome);
        Assert.Contains("не представлено", finding.MessageRu, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NoSection_NotApplicable() =>
        Assert.Equal(Outcome.NotApplicable, Judge(Listed, section: false).Outcome);
}
