using Mentoring.Domain.Orders;
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.Orders;

public sealed class OrderTests
{
    public static TheoryData<string> Kinds => ["regulation", "curator", "pairing", "roadmap", "release"];

    private static Result<Order> Build(OrderBuilder builder, string kind) => kind switch
    {
        "regulation" => builder.BuildRegulation().Map(o => (Order)o),
        "curator" => builder.BuildCurator().Map(o => (Order)o),
        "pairing" => builder.BuildPairing().Map(o => (Order)o),
        "roadmap" => builder.BuildRoadmap().Map(o => (Order)o),
        _ => builder.BuildRelease().Map(o => (Order)o),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Create_AnyKind_KeepsHeaderAndKind(string code)
    {
        var order = Build(new OrderBuilder().WithNumber(" 140/2-н ").On(new DateOnly(2021, 9, 7)), code).Value;

        Assert.Equal("140/2-н", order.Number);
        Assert.Equal(new DateOnly(2021, 9, 7), order.Date);
        Assert.Equal("school-1", order.OrganizationId.Value);
        Assert.Equal("t-head", order.SignedBy?.Value);
        Assert.Equal(code, order.Kind.Term().Code);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Create_EmptyNumber_FailsWithMD0001(string code)
    {
        var error = Assert.Single(Build(new OrderBuilder().WithNumber("  "), code).ValidationErrors);

        Assert.Equal("MD0001", error.ErrorCode);
        Assert.Equal("number", error.Identifier);
    }

    [Fact]
    public void Create_Unsigned_SignedByIsNull()
    {
        Assert.Null(new OrderBuilder().WithoutSignatory().BuildRegulation().Value.SignedBy);
    }

    [Fact]
    public void ToString_Order_ReadsAsRussianOrderReference()
    {
        Assert.StartsWith("№ 191 от 02.11.2022", new OrderBuilder().BuildRegulation().Value.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CuratorOrderCreate_Curator_IsKept()
    {
        Assert.Equal("t-deputy", new OrderBuilder().BuildCurator("t-deputy").Value.CuratorId.Value);
    }

    [Fact]
    public void RoadmapOrderCreate_Roadmap_IsKept()
    {
        Assert.Equal("roadmap-1", new OrderBuilder().BuildRoadmap().Value.RoadmapId.Value);
    }

    [Fact]
    public void PairingOrderCreate_Pairs_KeptInOrder()
    {
        var order = new OrderBuilder().FixingPairs("pair-2", "pair-1", "group-3").BuildPairing().Value;

        Assert.Equal(["pair-2", "pair-1", "group-3"], order.Pairs.Select(p => p.Value));
        Assert.True(order.Fixes(SampleIds.Pair("group-3")));
        Assert.False(order.Fixes(SampleIds.Pair("pair-9")));
    }

    [Fact]
    public void PairingOrderCreate_CouncilReview_KeptAsWritten()
    {
        var reviewed = PairingOrder.Create(
            SampleIds.Document("order-1"), "191", new DateOnly(2022, 11, 2), SampleIds.Organization(), [SampleIds.Pair("pair-1")],
            reviewedByCouncilOn: new DateOnly(2022, 11, 5)).Value;

        Assert.Equal(new DateOnly(2022, 11, 5), reviewed.ReviewedByCouncilOn);
        Assert.Null(new OrderBuilder().BuildPairing().Value.ReviewedByCouncilOn);
    }

    [Fact]
    public void PairingOrderCreate_NoPairs_FailsWithMD0301()
    {
        var error = Assert.Single(new OrderBuilder().FixingPairs().BuildPairing().ValidationErrors);

        Assert.Equal("MD0301", error.ErrorCode);
        Assert.Equal("pairs", error.Identifier);
    }

    [Fact]
    public void PairingOrderCreate_RepeatedPairAndNoNumber_ReportsAll()
    {
        var errors = new OrderBuilder().WithNumber(null).FixingPairs("pair-1", "pair-2", "pair-1").BuildPairing().ValidationErrors;

        Assert.Equal(["MD0001", "MD0005"], errors.Select(e => e.ErrorCode));
        Assert.Equal(["number", "pairs"], errors.Select(e => e.Identifier));
        Assert.Contains("pair-1", errors.ElementAt(1).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ReleaseOrderCreate_AllParts_KeptNormalized()
    {
        var order = new OrderBuilder().BuildRelease("t-1", "t-2", "  открытый   урок ", " ").Value;

        Assert.Equal("t-1", order.ReleasedPersonId.Value);
        Assert.Equal("t-2", order.ReplacementId?.Value);
        Assert.Equal("открытый урок", order.Reason);
        Assert.Null(order.ContinuityNote);
    }

    [Fact]
    public void ReleaseOrderCreate_NoReplacementNorReason_IsRepresentable()
    {
        var order = new OrderBuilder().BuildRelease("t-1", null, null, null).Value;

        Assert.Null(order.ReplacementId);
        Assert.Null(order.Reason);
    }

    [Fact]
    public void ReleaseOrderCreate_ReleasedReplacesThemselves_FailsWithMD0302()
    {
        var error = Assert.Single(new OrderBuilder().BuildRelease("t-1", "t-1").ValidationErrors);

        Assert.Equal("MD0302", error.ErrorCode);
        Assert.Equal("replacement", error.Identifier);
    }

    [Theory]
    [InlineData("приказ о назначении куратора", OrderKind.Curator)]
    [InlineData("приказ о закреплении наставнических пар/групп", OrderKind.Pairing)]
    [InlineData("приказ об утверждении положения о системе наставничества", OrderKind.Regulation)]
    public void OrderKindsParse_RussianTitle_FindsKind(string text, OrderKind expected)
    {
        Assert.Equal(expected, OrderKinds.Vocabulary.Parse(text).Value);
    }
}
