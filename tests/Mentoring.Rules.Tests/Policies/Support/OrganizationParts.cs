using Mentoring.Domain;
using Mentoring.Domain.Orders;
using Mentoring.Domain.People;
using Mentoring.Domain.Registries;
using Mentoring.Domain.Roadmaps;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Support;

/// <summary>Case parts for the organization rules: signed orders, roadmaps, release orders, the mentee registry.</summary>
internal static class OrganizationParts
{
    public static CaseBuilder SignedRegulationOrder(this CaseBuilder builder, string id, DateOnly date, string signedBy) =>
        builder.With(b => b.AddOrders(Ok(RegulationOrder.Create(Doc(id), id, date, Org(), P(signedBy)))));

    public static CaseBuilder SignedCuratorOrder(this CaseBuilder builder, string id, DateOnly date, string curatorId, string signedBy) =>
        builder.With(b => b.AddOrders(Ok(CuratorOrder.Create(Doc(id), id, date, Org(), P(curatorId), P(signedBy)))));

    public static CaseBuilder OrgRoadmap(this CaseBuilder builder, string id, string title, string? orderNumber = null, DateOnly? orderDate = null) =>
        builder.With(b => b.AddRoadmaps(Ok(Roadmap.Create(Ok(RoadmapId.Create(id)), title, orderNumber: orderNumber, orderDate: orderDate))));

    public static CaseBuilder RoadmapApprovalOrder(this CaseBuilder builder, string id, DateOnly date, string roadmapId, string? signedBy = null) =>
        builder.With(b => b.AddOrders(Ok(RoadmapOrder.Create(Doc(id), id, date, Org(), Ok(RoadmapId.Create(roadmapId)), signedBy is null ? null : P(signedBy)))));

    public static CaseBuilder ReleaseOrderFor(
        this CaseBuilder builder,
        string id,
        DateOnly date,
        string released,
        string? reason = "участие в открытом уроке наставника в рамках программы",
        string? replacement = "t-sub",
        string? continuity = "уроки проводит учитель замены по расписанию",
        string? signedBy = null) =>
        builder.With(b => b.AddOrders(Ok(ReleaseOrder.Create(
            Doc(id), id, date, Org(), P(released), reason, replacement is null ? null : P(replacement), continuity, signedBy is null ? null : P(signedBy)))));

    public static CaseBuilder OutsidePerson(this CaseBuilder builder, string id, string name) =>
        builder.With(b => b.AddExternalPeople(Ok(ExternalPerson.Create(P(id), Ok(PersonName.Parse(name)), "ООО «Партнёр»"))));

    /// <summary>A mentee registry whose records have the given entry dates (null: an undated record).</summary>
    public static CaseBuilder MenteeEntries(this CaseBuilder builder, params DateOnly?[] entries) =>
        builder.With(b => b.WithMenteeRegistry(Ok(MenteeRegistry.Create(
            Org(),
            entries.Select((date, i) => Ok(MenteeRecord.Create(Ok(RegistryRecordId.Create($"r{i + 1}")), $"Наставляемый{i} Имя Отчество", entryDate: date)))))));

    /// <summary>A school running mentoring: a teacher pair fixed by a pairing order.</summary>
    public static CaseBuilder Running(this CaseBuilder builder, DateOnly pairingDate) =>
        builder.Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"], order: "po-1").PairingOrder("po-1", pairingDate, "p1");
}
