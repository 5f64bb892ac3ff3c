using Mentoring.Domain;
using Mentoring.Domain.Orders;
using Mentoring.Domain.People;
using Mentoring.Domain.Registries;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Policies.Support;

/// <summary>Test parts for the pair rules: people from outside, registry records.</summary>
internal static class PairParts
{
    public static CaseBuilder External(this CaseBuilder builder, string id, string name, DateOnly? birthDate = null, string? organization = "СГУ им. Н. Г. Чернышевского", string? position = "доцент") =>
        builder.With(b => b.AddExternalPeople(Ok(ExternalPerson.Create(P(id), Ok(PersonName.Parse(name)), organization, position, birthDate))));

    public static CaseBuilder MenteeRegistry(this CaseBuilder builder, params MenteeRecord[] records) =>
        builder.With(b => b.WithMenteeRegistry(Ok(Domain.Registries.MenteeRegistry.Create(Org(), records))));

    public static CaseBuilder MentorRegistry(this CaseBuilder builder, params MentorRecord[] records) =>
        builder.With(b => b.WithMentorRegistry(Ok(Domain.Registries.MentorRegistry.Create(Org(), records))));

    public static MenteeRecord MenteeRow(string id, string? person = null, string? request = null, string? mentorName = null, string? support = null, string? fullName = null, bool? needsSupport = null, int? birthYear = null) =>
        Ok(MenteeRecord.Create(
            Ok(RegistryRecordId.Create(id)), fullName: fullName, birthYear: birthYear, mainRequest: request, mentorName: mentorName,
            supportWhileUnpaired: support, personId: person is null ? null : P(person), needsSupport: needsSupport));

    public static CaseBuilder SigningAuthority(this CaseBuilder builder, string id, SigningAuthorityKind kind, string person, DateOnly from, DateOnly? to = null, string? basis = null) =>
        builder.With(b => b.AddSigningAuthorities(Ok(Domain.Orders.SigningAuthority.Create(Doc(id), kind, P(person), from, to, basis))));

    public static CaseBuilder SignedPairingOrder(this CaseBuilder builder, string id, DateOnly date, string signedBy, params string[] pairs) =>
        builder.With(b => b.AddOrders(Ok(PairingOrder.Create(Doc(id), id, date, Org(), pairs.Select(Pr), P(signedBy)))));

    public static MentorRecord MentorRow(string id, string person, params string[] competences) =>
        Ok(MentorRecord.Create(Ok(RegistryRecordId.Create(id)), competences: competences, personId: P(person)));
}
