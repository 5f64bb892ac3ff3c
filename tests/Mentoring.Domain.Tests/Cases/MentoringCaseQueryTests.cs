using FsCheck.Xunit;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Tests.Builders;
using Mentoring.Domain.Tests.Documents;

namespace Mentoring.Domain.Tests.Cases;

/// <summary>
/// The case's keyed queries (issue #14: built once with the case, so that a rule looks up one pair's or one person's
/// items instead of scanning the organization) give exactly what a scan of the whole case gives, in the same order.
/// </summary>
public sealed class MentoringCaseQueryTests
{
    private static readonly OrganizationId School = SampleIds.Organization("school-1");

    [Property(Arbitrary = new[] { typeof(CaseFileArbitraries) })]
    public bool PairingOrdersFixing_AnyCase_TheOrdersAScanFinds(CaseSeed seed)
    {
        var @case = RandomCase(seed.Value);
        var pairing = @case.Orders.OfType<PairingOrder>().ToList();
        return @case.Pairs.All(p => @case.PairingOrdersFixing(p.Id).SequenceEqual(pairing.Where(o => Fixes(o, p))))
            && Subsets(@case, seed.Value).All(s => @case.PairingOrdersFixing(s.Select(p => p.Id)).SequenceEqual(pairing.Where(o => s.Any(p => Fixes(o, p)))));
    }

    [Property(Arbitrary = new[] { typeof(CaseFileArbitraries) })]
    public bool PairsFixedBy_AnyCase_ThePairsAScanFinds(CaseSeed seed)
    {
        var @case = RandomCase(seed.Value);
        return @case.Orders.All(o => @case.PairsFixedBy(o.Id).SequenceEqual(@case.Pairs.Where(p => o is PairingOrder po && Fixes(po, p))));
    }

    [Property(Arbitrary = new[] { typeof(CaseFileArbitraries) })]
    public bool ProgramsOf_AnyCase_TheProgramsAScanFinds(CaseSeed seed)
    {
        var @case = RandomCase(seed.Value);
        return @case.Pairs.All(p => @case.ProgramsOf(p.Id).SequenceEqual(@case.Programs.Where(pr => pr.PairId == p.Id)))
            && Subsets(@case, seed.Value).All(s => @case.ProgramsOf(s.Select(p => p.Id)).SequenceEqual(@case.Programs.Where(pr => s.Any(p => p.Id == pr.PairId))));
    }

    [Property(Arbitrary = new[] { typeof(CaseFileArbitraries) })]
    public bool PairsInvolving_AnyCase_ThePairsAScanFinds(CaseSeed seed)
    {
        var @case = RandomCase(seed.Value);
        return @case.Teachers.All(t => @case.PairsInvolving(t.Id).SequenceEqual(@case.Pairs.Where(p => p.Involves(t.Id))));
    }

    [Fact]
    public void PairingOrdersFixing_PairNamesAnOrderThatDoesNotListIt_BothOrdersInCaseOrder()
    {
        var @case = Builder()
            .AddTeachers(Teacher("t-1"), Teacher("t-2"))
            .AddOrders(Pairing("o-1", new(2023, 9, 1), "p-1"), Pairing("o-2", new(2023, 9, 1), "p-2"), Pairing("o-3", new(2023, 8, 1), "p-1"))
            .AddPairs(Pair("p-1", "o-2"), Pair("p-2", "o-2"))
            .Build().Value;

        Assert.Equal(["o-1", "o-2", "o-3"], @case.PairingOrdersFixing(SampleIds.Pair("p-1")).Select(o => o.Id.Value));
        Assert.Equal(["p-1", "p-2"], @case.PairsFixedBy(SampleIds.Document("o-2")).Select(p => p.Id.Value));
        Assert.Empty(@case.PairsFixedBy(SampleIds.Document("o-9")));
    }

    private static bool Fixes(PairingOrder order, MentoringPair pair) => order.Fixes(pair.Id) || pair.ApprovedByOrder == order.Id;

    /// <summary>A few random sets of the case's pairs, in random order.</summary>
    private static List<MentoringPair[]> Subsets(MentoringCase @case, int seed)
    {
        var random = new Random(seed ^ 0x5eed);
        return [.. Enumerable.Range(0, 4).Select(_ => @case.Pairs.Where(_ => random.Next(2) == 0).OrderBy(_ => random.Next()).ToArray())];
    }

    /// <summary>
    /// A case of six teachers, up to six pairs (each naming no order, a pairing order or the regulation order), up to
    /// five pairing orders on few dates (ties) listing random pairs, and up to eight programs of random pairs.
    /// </summary>
    private static MentoringCase RandomCase(int seed)
    {
        var random = new Random(seed);
        var pairs = Enumerable.Range(1, 1 + random.Next(6)).Select(i => $"p-{i}").ToArray();
        var orders = new List<Order>();
        var orderCount = random.Next(6);
        var regulationAt = random.Next(orderCount + 1);
        for (var i = 0; i <= orderCount; i++)
        {
            if (i == regulationAt)
            {
                orders.Add(RegulationOrder.Create(SampleIds.Document("reg-1"), "1", new(2023, 8, 1), School).Value);
            }

            if (i < orderCount)
            {
                var listed = pairs.Where(_ => random.Next(3) == 0).ToArray();
                orders.Add(Pairing($"o-{i}", new DateOnly(2023, 9, 1).AddDays(random.Next(3)), listed.Length == 0 ? [pairs[0]] : listed));
            }
        }

        var named = orders.Select(o => o.Id.Value).Prepend(null).ToArray();
        var builder = Builder()
            .AddTeachers([.. Enumerable.Range(1, 6).Select(i => Teacher($"t-{i}"))])
            .AddOrders(orders)
            .AddPairs([.. pairs.Select(id => Pair(id, named[random.Next(named.Length)], $"t-{1 + random.Next(3)}", $"t-{4 + random.Next(3)}"))])
            .AddPrograms([.. Enumerable.Range(1, random.Next(9)).Select(i => PersonalizedProgram.Create(
                ProgramId.Create($"pr-{i}").Value, SampleIds.Pair(pairs[random.Next(pairs.Length)]), ProgramTerm.Create(new(2023, 9, 1), new(2024, 5, 31)).Value).Value)]);
        return builder.Build().Value;
    }

    private static MentoringCaseBuilder Builder() =>
        new(Organization.Create(School, "СОШ № 1", OrganizationKind.School).Value);

    private static Teacher Teacher(string id) =>
        Mentoring.Domain.People.Teacher.Create(SampleIds.Person(id), PersonName.Create("Иванова", "Мария").Value, School).Value;

    private static PairingOrder Pairing(string id, DateOnly date, params string[] pairs) =>
        PairingOrder.Create(SampleIds.Document(id), id, date, School, pairs.Select(SampleIds.Pair)).Value;

    private static MentoringPair Pair(string id, string? order, string mentor = "t-1", string mentee = "t-2") =>
        MentoringPair.Create(
            SampleIds.Pair(id), School, [SampleIds.Person(mentor)], [SampleIds.Person(mentee)], MentoringForm.TeacherTeacher,
            approvedByOrder: order is null ? null : SampleIds.Document(order)).Value;
}
