using Mentoring.Domain.Registries;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Registries;

/// <summary>
/// A mentee record holds: name, birth year, main request, entry date, mentor, form, mentor's workplace, completion date,
/// results, case link, completion mark.
/// </summary>
/// <remarks>
/// 003 annex 3 (form «База наставляемых»). The fields are read from <see cref="MenteeRecord.MissingFields"/> and required
/// by stage: the name, birth year, main request and entry date always; the mentor, form and mentor's workplace once the
/// record names any of them (an unpaired mentee has none yet — <c>pair.unpaired-mentee-supported</c>); the completion date,
/// results, case link and completion mark once the record names any of them (the program has ended).
/// <para>Judged on: the record as the registry holds it on the date of validation.</para>
/// </remarks>
[JudgedOn("the record as the registry holds it on the date of validation.")]
[Name("registry.mentee-record")]
[Title("Запись базы наставляемых заполнена", "A mentee registry record is complete")]
[Citation("003 annex 3", "Форма 1. База наставляемых")]
[Severity(Severity.Info)]
internal sealed class RegistryMenteeRecord : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MenteeRecord record = null!;

        When()
            .Match(() => evaluation)
            .Match(() => record);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, record)));
    }

    private static Verdict Judge(Evaluation evaluation, MenteeRecord record)
    {
        var paired = record.MentorName is not null || record.Form is not null || record.MentorWorkplace is not null;
        var completed = record.CompletionDate is not null || record.Results is not null || record.CaseLink is not null || record.CompletionMark is not null;
        return RecordCompleteness.Judge(
            Subject.Of(SubjectKind.RegistryRecord, record.Id.Value, record.FullName),
            "базы наставляемых",
            "mentee registry",
            () => RecordCompleteness.Name(evaluation, record.PersonId, record.FullName, record.Id.Value),
            record.MissingFields(),
            (paired, completed),
            static (field, paired, completed) => field switch
            {
                MenteeRecordField.MentorName or MenteeRecordField.Form or MenteeRecordField.MentorWorkplace => paired,
                MenteeRecordField.CompletionDate or MenteeRecordField.Results or MenteeRecordField.CaseLink or MenteeRecordField.CompletionMark => completed,
                _ => true,
            },
            static field => field.Term());
    }
}
