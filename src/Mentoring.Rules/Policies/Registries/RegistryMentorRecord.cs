using Mentoring.Domain.Registries;
using NRules.Fluent.Dsl;

namespace Mentoring.Rules.Policies.Registries;

/// <summary>
/// A mentor record holds: name, workplace, competences, achievements, interests, preferred mentee age, time available,
/// entry date, mentee(s), form, mentee's workplace, completion date, results, case link.
/// </summary>
/// <remarks>
/// 003 annex 3 (form «База наставников»). The fields are read from <see cref="MentorRecord.MissingFields"/> and required
/// by stage: the mentor's own data and entry date always; the mentee(s), form and mentee's workplace once the record
/// names any of them (the mentor has been paired); the completion date, results and case link once the record names any
/// of them (the program has ended).
/// <para>Judged on: the record as the registry holds it on the date of validation.</para>
/// </remarks>
[JudgedOn("the record as the registry holds it on the date of validation.")]
[Name("registry.mentor-record")]
[Title("Запись базы наставников заполнена", "A mentor registry record is complete")]
[Citation("003 annex 3", "Форма 2. База наставников")]
[Severity(Severity.Info)]
internal sealed class RegistryMentorRecord : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        Evaluation evaluation = null!;
        MentorRecord record = null!;

        When()
            .Match(() => evaluation)
            .Match(() => record);
        Then()
            .Do(ctx => ctx.Emit(Judge(evaluation, record)));
    }

    private static Verdict Judge(Evaluation evaluation, MentorRecord record)
    {
        var paired = record.Mentees.Count != 0 || record.Form is not null || record.MenteeWorkplace is not null;
        var completed = record.CompletionDate is not null || record.Results is not null || record.CaseLink is not null;
        return RecordCompleteness.Judge(
            Subject.Of(SubjectKind.RegistryRecord, record.Id.Value, record.FullName),
            "базы наставников",
            "mentor registry",
            () => RecordCompleteness.Name(evaluation, record.PersonId, record.FullName, record.Id.Value),
            record.MissingFields(),
            (paired, completed),
            static (field, paired, completed) => field switch
            {
                MentorRecordField.Mentees or MentorRecordField.Form or MentorRecordField.MenteeWorkplace => paired,
                MentorRecordField.CompletionDate or MentorRecordField.Results or MentorRecordField.CaseLink => completed,
                _ => true,
            },
            static field => field.Term());
    }
}
