using Mentoring.Domain;

namespace Mentoring.Rules.Policies.Registries;

/// <summary>The judgement both registry rules share: the fields a record must have by now, and the verdict.</summary>
internal static class RecordCompleteness
{
    /// <summary>How a message names a record's person: the linked person's name (redaction respected), else the record's name or identifier.</summary>
    internal static string Name(Evaluation evaluation, PersonId? personId, string? fullName, string recordId) =>
        personId is not null ? evaluation.Name(personId) : evaluation.Redact ? recordId : fullName ?? recordId;

    /// <summary>
    /// Satisfied when none of the fields due is missing, violated otherwise, naming the columns of the registry form.
    /// A field is due at the record's stage when <paramref name="isDue"/> says so (paired, completed); <paramref name="who"/>
    /// writes how the messages name the record's person.
    /// </summary>
    internal static Verdict Judge<TField>(
        Subject subject,
        string registryRu,
        string registryEn,
        Func<string> who,
        IReadOnlyList<TField> missing,
        (bool Paired, bool Completed) stage,
        Func<TField, bool, bool, bool> isDue,
        Func<TField, Term<TField>> term)
        where TField : struct, Enum
    {
        List<TField>? due = null;
        foreach (var field in missing)
        {
            if (isDue(field, stage.Paired, stage.Completed))
            {
                (due ??= []).Add(field);
            }
        }

        if (due is not null)
        {
            return Verdict.Violated(
                () => $"В записи {subject.Id} ({who()}) {registryRu} не заполнено: {string.Join("; ", due.Select(f => $"«{term(f).NameRu}»"))}.",
                () => $"Record {subject.Id} ({who()}) of the {registryEn} lacks: {string.Join(", ", due.Select(f => term(f).Code))}.",
                subject);
        }

        var later = missing.Count;
        return Verdict.Satisfied(
            () => later == 0
                ? $"Запись {subject.Id} ({who()}) {registryRu} заполнена полностью."
                : $"Запись {subject.Id} ({who()}) {registryRu} заполнена на текущем этапе; не заполнено ещё {later} пол(я), которые заполняются позже.",
            () => later == 0
                ? $"Record {subject.Id} ({who()}) of the {registryEn} is complete."
                : $"Record {subject.Id} ({who()}) of the {registryEn} is complete for its stage; {later} later field(s) are still empty.",
            subject);
    }
}
