namespace Mentoring.Domain.Tests.Builders;

/// <summary>Valid identifiers and names for test data (domain-a's concepts).</summary>
public static class SampleIds
{
    public static PersonId Person(string value) => PersonId.Create(value).Value;

    public static OrganizationId Organization(string value = "school-1") => OrganizationId.Create(value).Value;

    public static DocumentId Document(string value) => DocumentId.Create(value).Value;

    public static PairId Pair(string value) => PairId.Create(value).Value;

    public static MunicipalityId Municipality(string value = "mun-1") => MunicipalityId.Create(value).Value;

    public static RoadmapId Roadmap(string value = "roadmap-1") => RoadmapId.Create(value).Value;
}

/// <summary>Combines three generators into one of triples (FsCheck's fluent Zip takes two).</summary>
public static class TupleGen
{
    public static FsCheck.Gen<(T1, T2, T3)> Zip<T1, T2, T3>(FsCheck.Gen<T1> first, FsCheck.Gen<T2> second, FsCheck.Gen<T3> third) =>
        FsCheck.Fluent.Gen.Zip(first, FsCheck.Fluent.Gen.Zip(second, third, (b, c) => (b, c)), (a, bc) => (a, bc.b, bc.c));
}
