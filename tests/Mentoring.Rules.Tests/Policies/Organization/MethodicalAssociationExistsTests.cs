using Mentoring.Domain.Organizations;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.Policies.Support;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Organizations;

public sealed class MethodicalAssociationExistsTests
{
    private const string Rule = "org.methodical-association";
    private static readonly DateOnly AsOf = D(2022, 9, 15);

    private static void On(EditionBuilder edition) => edition.Enable(Rule);

    private static Validation.Finding Judge(MethodicalAssociation? association) =>
        PolicyRunner.FindingFor(School().Running(D(2021, 10, 1)).Records(association: association).Build(), AsOf, Rule, OrganizationId, On);

    [Theory]
    [InlineData(MethodicalBody.Association)]
    [InlineData(MethodicalBody.MethodicalCouncil)]
    [InlineData(MethodicalBody.Other)]
    public void Validate_Clause003Section6_5_AnyBodyGivenTheFunctions_Satisfied(MethodicalBody body) =>
        Assert.Equal(Outcome.Satisfied, Judge(new MethodicalAssociation(body, D(2021, 10, 1))).Outcome);

    [Fact]
    public void Validate_Clause003Section6_4_RecordedAsNone_Violated()
    {
        var finding = Judge(new MethodicalAssociation(MethodicalBody.None));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void Validate_NotRecorded_Unknown() =>
        Assert.Equal(Outcome.Unknown, Judge(null).Outcome);

    [Fact]
    public void Validate_CreatedAfterTheDateOfValidation_Warning()
    {
        var finding = Judge(new MethodicalAssociation(MethodicalBody.Association, D(2022, 10, 1), "МО наставников"));

        Assert.Equal(Outcome.Violated, finding.Outcome);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("дата создания 01.10.2022", finding.MessageRu, StringComparison.Ordinal);
    }
}
