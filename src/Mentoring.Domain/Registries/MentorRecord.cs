using Mentoring.Domain.Forms;

namespace Mentoring.Domain.Registries;

/// <summary>
/// A row of the mentor registry («база наставников»). Every field but the identifier is optional, because real
/// registries are incomplete; <see cref="MissingFields"/> lists what is absent for the rule <c>registry.mentor-record</c>.
/// </summary>
/// <remarks>003 annex 3 (the form listing mentors' columns; its title in the seed is swapped).</remarks>
public sealed class MentorRecord
{
    private MentorRecord()
    {
    }

    /// <summary>The record's identifier (the row number or the registry's own key).</summary>
    public required RegistryRecordId Id { get; init; }

    /// <summary>The person the record is about, when linked.</summary>
    public PersonId? PersonId { get; private init; }

    /// <summary>«Ф.И.О наставника».</summary>
    public string? FullName { get; private init; }

    /// <summary>«Место работы».</summary>
    public string? Workplace { get; private init; }

    /// <summary>«Основные компетенции наставника».</summary>
    public IReadOnlyList<string> Competences { get; private init; } = [];

    /// <summary>«Важные для программы достижения наставника».</summary>
    public string? Achievements { get; private init; }

    /// <summary>«Интересы наставника».</summary>
    public string? Interests { get; private init; }

    /// <summary>«Желаемый возраст наставляемых».</summary>
    public AgeRange? PreferredMenteeAge { get; private init; }

    /// <summary>«Ресурс времени на программу наставничества».</summary>
    public TimeResource? TimeAvailable { get; private init; }

    /// <summary>«Дата вхождения в программу».</summary>
    public DateOnly? EntryDate { get; private init; }

    /// <summary>«ФИО наставляемого (наставляемых)».</summary>
    public IReadOnlyList<string> Mentees { get; private init; } = [];

    /// <summary>«Форма наставничества».</summary>
    public MentoringForm? Form { get; private init; }

    /// <summary>«Место работы наставляемого».</summary>
    public string? MenteeWorkplace { get; private init; }

    /// <summary>«Дата завершения программы».</summary>
    public DateOnly? CompletionDate { get; private init; }

    /// <summary>«Результаты программы».</summary>
    public string? Results { get; private init; }

    /// <summary>«Ссылка на кейс/отзыв наставника».</summary>
    public string? CaseLink { get; private init; }

    /// <summary>Creates a record; pass the fields the registry has.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="fullName">The mentor's full name.</param>
    /// <param name="workplace">The mentor's workplace.</param>
    /// <param name="competences">The main competences.</param>
    /// <param name="achievements">Achievements relevant to the program.</param>
    /// <param name="interests">Interests.</param>
    /// <param name="preferredMenteeAge">Preferred age of mentees.</param>
    /// <param name="timeAvailable">Time available for the program.</param>
    /// <param name="entryDate">Date of entering the program.</param>
    /// <param name="mentees">Mentee(s)' full name(s).</param>
    /// <param name="form">Form of mentoring.</param>
    /// <param name="menteeWorkplace">Mentee's workplace.</param>
    /// <param name="completionDate">Date of completing the program.</param>
    /// <param name="results">Results of the program.</param>
    /// <param name="caseLink">Link to the case or the mentor's review.</param>
    /// <param name="personId">The person, when linked.</param>
    /// <returns>The record, or every error: MD0008 at <c>form</c>, MD0004 at <c>completionDate</c> before the entry date.</returns>
    public static Result<MentorRecord> Create(
        RegistryRecordId id,
        string? fullName = null,
        string? workplace = null,
        IEnumerable<string>? competences = null,
        string? achievements = null,
        string? interests = null,
        AgeRange? preferredMenteeAge = null,
        TimeResource? timeAvailable = null,
        DateOnly? entryDate = null,
        IEnumerable<string>? mentees = null,
        MentoringForm? form = null,
        string? menteeWorkplace = null,
        DateOnly? completionDate = null,
        string? results = null,
        string? caseLink = null,
        PersonId? personId = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ResultExtras.Combine(RecordChecks.Form(form), RecordChecks.Dates(entryDate, completionDate))
            .Then(() => new MentorRecord
            {
                Id = id,
                PersonId = personId,
                FullName = Texts.Optional(fullName),
                Workplace = Texts.Optional(workplace),
                Competences = Texts.List(competences),
                Achievements = Texts.Optional(achievements),
                Interests = Texts.Optional(interests),
                PreferredMenteeAge = preferredMenteeAge,
                TimeAvailable = timeAvailable,
                EntryDate = entryDate,
                Mentees = Texts.List(mentees),
                Form = form,
                MenteeWorkplace = Texts.Optional(menteeWorkplace),
                CompletionDate = completionDate,
                Results = Texts.Optional(results),
                CaseLink = Texts.Optional(caseLink),
            });
    }

    /// <summary>The catalogue fields (rule <c>registry.mentor-record</c>) this record lacks.</summary>
    /// <returns>The absent fields, in the form's order.</returns>
    public IReadOnlyList<MentorRecordField> MissingFields()
    {
        var missing = new List<MentorRecordField>();
        void Check(bool present, MentorRecordField field)
        {
            if (!present)
            {
                missing.Add(field);
            }
        }

        Check(FullName is not null, MentorRecordField.FullName);
        Check(Workplace is not null, MentorRecordField.Workplace);
        Check(Competences.Count != 0, MentorRecordField.Competences);
        Check(Achievements is not null, MentorRecordField.Achievements);
        Check(Interests is not null, MentorRecordField.Interests);
        Check(PreferredMenteeAge is not null, MentorRecordField.PreferredMenteeAge);
        Check(TimeAvailable is not null, MentorRecordField.TimeAvailable);
        Check(EntryDate is not null, MentorRecordField.EntryDate);
        Check(Mentees.Count != 0, MentorRecordField.Mentees);
        Check(Form is not null, MentorRecordField.Form);
        Check(MenteeWorkplace is not null, MentorRecordField.MenteeWorkplace);
        Check(CompletionDate is not null, MentorRecordField.CompletionDate);
        Check(Results is not null, MentorRecordField.Results);
        Check(CaseLink is not null, MentorRecordField.CaseLink);
        return missing;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {FullName ?? "—"}";
}

/// <summary>Checks shared by the registry records.</summary>
internal static class RecordChecks
{
    internal static Result Form(MentoringForm? form) =>
        form is null ? Result.Success() : MentoringForms.Vocabulary.Check(form.Value).ToResult();

    internal static Result Dates(DateOnly? entryDate, DateOnly? completionDate) =>
        entryDate is { } entry && completionDate is { } completion && completion < entry
            ? DomainErrors.General.EndBeforeStart("completionDate", entry, completion).Fail()
            : Result.Success();
}
