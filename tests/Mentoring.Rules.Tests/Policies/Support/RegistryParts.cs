using Mentoring.Domain;
using Mentoring.Domain.Registries;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Support;

/// <summary>The mentor and mentee registries, for the registry rules' tests.</summary>
public static class RegistryParts
{
    public static CaseBuilder WithMenteeRecords(this CaseBuilder builder, params MenteeRecord[] records) =>
        builder.With(b => b.WithMenteeRegistry(Ok(Domain.Registries.MenteeRegistry.Create(Org(), records))));

    public static CaseBuilder WithMentorRecords(this CaseBuilder builder, params MentorRecord[] records) =>
        builder.With(b => b.WithMentorRegistry(Ok(Domain.Registries.MentorRegistry.Create(Org(), records))));

    public static RegistryRecordId RecordId(string id) => Ok(RegistryRecordId.Create(id));
}
