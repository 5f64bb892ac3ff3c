using Mentoring.Domain.Orders;

namespace Mentoring.Domain.Tests.Builders;

/// <summary>The common parts of a valid order by default: № 191 of 2022-11-02 in school-1, signed by t-head.</summary>
public sealed class OrderBuilder
{
    private string _id = "order-1";
    private string? _number = "191";
    private DateOnly _date = new(2022, 11, 2);
    private PersonId? _signedBy = SampleIds.Person("t-head");
    private PairId[] _pairs = [SampleIds.Pair("pair-1"), SampleIds.Pair("pair-2")];

    public OrderBuilder WithId(string id)
    {
        _id = id;
        return this;
    }

    public OrderBuilder WithNumber(string? number)
    {
        _number = number;
        return this;
    }

    public OrderBuilder On(DateOnly date)
    {
        _date = date;
        return this;
    }

    public OrderBuilder WithoutSignatory()
    {
        _signedBy = null;
        return this;
    }

    public OrderBuilder FixingPairs(params string[] pairs)
    {
        _pairs = [.. pairs.Select(SampleIds.Pair)];
        return this;
    }

    public Result<RegulationOrder> BuildRegulation() =>
        RegulationOrder.Create(SampleIds.Document(_id), _number, _date, SampleIds.Organization(), _signedBy);

    public Result<CuratorOrder> BuildCurator(string curator = "t-deputy") =>
        CuratorOrder.Create(SampleIds.Document(_id), _number, _date, SampleIds.Organization(), SampleIds.Person(curator), _signedBy);

    public Result<PairingOrder> BuildPairing() =>
        PairingOrder.Create(SampleIds.Document(_id), _number, _date, SampleIds.Organization(), _pairs, _signedBy);

    public Result<RoadmapOrder> BuildRoadmap() =>
        RoadmapOrder.Create(SampleIds.Document(_id), _number, _date, SampleIds.Organization(), SampleIds.Roadmap(), _signedBy);

    public Result<ReleaseOrder> BuildRelease(string released = "t-1", string? replacement = "t-2", string? reason = "участие в открытом уроке наставника", string? continuity = "замена уроков по расписанию") =>
        ReleaseOrder.Create(
            SampleIds.Document(_id),
            _number,
            _date,
            SampleIds.Organization(),
            SampleIds.Person(released),
            reason,
            replacement is null ? null : SampleIds.Person(replacement),
            continuity,
            _signedBy);
}
