// The rule as it was before #14 (kept only here, to measure the old formulation beside the new one).
using Mentoring.Domain;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Registries;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Policies.Consents;
using NRules.Fluent.Dsl;

namespace Mentoring.Benchmarks.Before;

/// <summary>Everyone in the mentor or mentee registry has consented to the processing of personal data.</summary>
/// <remarks>
/// 002 МР stages 2–3; 004 roadmap stages 2–3. The subject is each record of the mentor registry and of the mentee
/// registry. The record's person is the one it links to, else the person of the case whose full name it writes. A
/// consent to the processing of personal data (<see cref="ConsentKind.PersonalData"/>) given by or for that person and
/// in force on the date of validation satisfies the rule; one withdrawn, or a recorded refusal, while the record stays in
/// the registry violates it. No consent recorded is unknown and a missing document (strict validation: a violation); a
/// record that names no person of the case is unknown. Judged on: the date of validation — the duty is a standing one,
/// for as long as the data are in the registry.
/// </remarks>
[JudgedOn("the date of validation — the duty is a standing one, for as long as the data are in the registry.")]
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

        var standing = ConsentFacts.Standing(ConsentFacts.About(consents, person, asOf), asOf, asOf, acceptMutual: true);
        var what = ("согласие на обработку персональных данных", "consent to the processing of personal data");
        if (standing is { State: ConsentState.InForce, EndedOn: { } endedToday, Deciding: { } stopped })
        {
            // Judged on the date of validation: a consent withdrawn that day no longer covers the data.
            standing = stopped.WithdrawnOn == endedToday ? new(ConsentState.Withdrawn, stopped) : new(ConsentState.Refused, stopped);
        }

        if (standing is { State: ConsentState.InForce, Deciding: { } consent })
        {
            return Verdict.Satisfied(
                () => $"{WhoRu()} — {what.Item1} от {consent.GivenOn:dd.MM.yyyy} действует.",
                () => $"{WhoEn()} — the {what.Item2} of {consent.GivenOn:yyyy-MM-dd} stands.",
                record,
                evaluation.Person(person),
                Subject.Of(consent));
        }

        if (standing is { State: ConsentState.Withdrawn, Deciding: { } withdrawn })
        {
            return Verdict.Violated(
                () => $"{WhoRu()} — {what.Item1} от {withdrawn.GivenOn:dd.MM.yyyy} отозвано {withdrawn.WithdrawnOn:dd.MM.yyyy}, а данные остаются в базе.",
                () => $"{WhoEn()} — the {what.Item2} of {withdrawn.GivenOn:yyyy-MM-dd} was withdrawn on {withdrawn.WithdrawnOn:yyyy-MM-dd}, yet the data stay in the registry.",
                record,
                evaluation.Person(person),
                Subject.Of(withdrawn));
        }

        if (ConsentFacts.Breach(standing, what, what, (string.Empty, string.Empty)) is { } breach && standing.State == ConsentState.Refused)
        {
            return Verdict.Violated(
                () => $"{WhoRu()} — {breach.Ru}, а данные внесены в базу.",
                () => $"{WhoEn()} — {breach.En}, yet the data are in the registry.",
                record,
                evaluation.Person(person),
                Subject.Of(standing.Deciding!));
        }

        return Verdict.Unknown(
            [$"согласие на обработку персональных данных ({evaluation.Name(person)})"],
            () => $"{WhoRu()} — согласие на обработку персональных данных не представлено.",
            () => $"{WhoEn()} — the consent to the processing of personal data is not presented.",
            record,
            evaluation.Person(person)).AsMissingDocument();

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
