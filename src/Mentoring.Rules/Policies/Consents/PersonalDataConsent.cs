using Mentoring.Domain;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Registries;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Consents;

/// <summary>Everyone in the mentor or mentee registry has consented to the processing of personal data.</summary>
/// <remarks>
/// 002 МР stages 2–3; 004 roadmap stages 2–3. The subject is each record of the mentor registry and of the mentee
/// registry. The record's person is the one it links to, else the person of the case whose full name it writes. A
/// consent to the processing of personal data (<see cref="ConsentKind.PersonalData"/>) given by or for that person and
/// in force on the date of validation satisfies the rule; one withdrawn while the record stays in the registry violates
/// it. No consent recorded, or a record that names no person of the case, is unknown.
/// </remarks>
[Name("consent.personal-data")]
[Title("Согласие на обработку персональных данных каждого, кто внесён в базы наставников и наставляемых", "Everyone in the registries consents to the processing of personal data")]
[Citation("002 МР stages 2–3; 004 roadmap stages 2–3", "Формирование банка данных наставляемых, обеспечение согласий на сбор и обработку Персональных данных")]
[Severity(Severity.Error)]
internal sealed class PersonalDataConsent : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentorRecord mentorRecord = null!;
        MenteeRecord menteeRecord = null!;
        IReadOnlyList<Consent> consents = null!;

        When()
            .Match(() => evaluation)
            .Query(() => consents, q => q.Match<Consent>(c => c.Kind == ConsentKind.PersonalData, c => c.GivenOn <= evaluation.AsOf).CollectList())
            .Or(x => x
                .Match(() => mentorRecord)
                .Match(() => menteeRecord));
        Then()
            .Do(ctx => ctx.Emit(mentorRecord != null
                ? Judge(evaluation, new Entry(mentorRecord.Id, mentorRecord.PersonId, mentorRecord.FullName, "базе наставников", "mentor registry"), consents)
                : Judge(evaluation, new Entry(menteeRecord.Id, menteeRecord.PersonId, menteeRecord.FullName, "базе наставляемых", "mentee registry"), consents)));
    }

    private static Verdict Judge(Evaluation evaluation, Entry entry, IReadOnlyList<Consent> consents)
    {
        var asOf = evaluation.AsOf;
        var record = Subject.Of(SubjectKind.RegistryRecord, entry.Id.Value, entry.FullName);
        var person = entry.PersonId ?? Named(evaluation, entry.FullName);
        if (person is null)
        {
            return Verdict.Unknown(
                [$"участник дела, которому соответствует запись {entry.Id} в {entry.RegistryRu}"],
                () => $"Запись {entry.Id} в {entry.RegistryRu} ({Written()}) не связана ни с кем из участников дела; согласие на обработку персональных данных не проверить.",
                () => $"Record {entry.Id} of the {entry.RegistryEn} ({Written()}) matches no person of the case; the consent to the processing of personal data cannot be checked.",
                record);
        }

        var standing = ConsentFacts.Standing(ConsentFacts.About(consents, person, asOf), asOf, acceptMutual: true);
        return standing switch
        {
            { State: ConsentState.InForce, Latest: { } consent } => Verdict.Satisfied(
                () => $"{WhoRu()}: есть {ConsentFacts.Ru(consent)}.",
                () => $"{WhoEn()}: the {ConsentFacts.En(consent)} is recorded.",
                record,
                evaluation.Person(person),
                Subject.Of(consent)),
            { State: ConsentState.Withdrawn, Latest: { } consent } => Verdict.Violated(
                () => $"{WhoRu()}: {ConsentFacts.Ru(consent)} отозвано {consent.WithdrawnOn:dd.MM.yyyy}, а данные остаются в базе.",
                () => $"{WhoEn()}: the {ConsentFacts.En(consent)} was withdrawn on {consent.WithdrawnOn:yyyy-MM-dd}, yet the data stay in the registry.",
                record,
                evaluation.Person(person),
                Subject.Of(consent)),
            _ => Verdict.Unknown(
                [$"согласие {evaluation.Name(person)} на обработку персональных данных"],
                () => $"{WhoRu()}: в деле нет согласия на обработку персональных данных.",
                () => $"{WhoEn()}: the case has no consent to the processing of personal data.",
                record,
                evaluation.Person(person)),
        };

        string Written() => evaluation.Redact || entry.FullName is null ? entry.Id.Value : entry.FullName;
        string WhoRu() => $"{evaluation.Name(person)} (запись {entry.Id} в {entry.RegistryRu})";
        string WhoEn() => $"{evaluation.Name(person)} (record {entry.Id} of the {entry.RegistryEn})";
    }

    /// <summary>The person of the case whose full name the record writes (case aside), or null.</summary>
    private static PersonId? Named(Evaluation evaluation, string? fullName)
    {
        foreach (var person in evaluation.Case.People)
        {
            if (string.Equals(person.Name.FullName, fullName, StringComparison.OrdinalIgnoreCase))
            {
                return person.Id;
            }
        }

        return null;
    }

    /// <summary>What the rule reads from a record of either registry.</summary>
    private readonly record struct Entry(RegistryRecordId Id, PersonId? PersonId, string? FullName, string RegistryRu, string RegistryEn);
}
