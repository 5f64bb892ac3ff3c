using Mentoring.Domain.Forms;

namespace Mentoring.Domain.Registries;

/// <summary>
/// A row of the mentee registry («база наставляемых»). Every field but the identifier is optional, because real
/// registries are incomplete; <see cref="MissingFields"/> lists what is absent for the rule <c>registry.mentee-record</c>.
/// </summary>
/// <remarks>
/// 003 annex 3 (the form listing mentees' columns; its title in the seed is swapped). <see cref="SupportWhileUnpaired"/>
/// records the support of a mentee left without a pair (002 МР stage 5 п.3; rule <c>pair.unpaired-mentee-supported</c>).
/// </remarks>
public sealed class MenteeRecord
{
    private MenteeRecord()
    {
    }

    /// <summary>The lowest birth year accepted.</summary>
    public const int MinBirthYear = 1900;

    /// <summary>The highest birth year accepted.</summary>
    public const int MaxBirthYear = 2100;

    /// <summary>The record's identifier (the row number or the registry's own key).</summary>
    public required RegistryRecordId Id { get; init; }

    /// <summary>The person the record is about, when linked.</summary>
    public PersonId? PersonId { get; private init; }

    /// <summary>«ФИО наставляемого».</summary>
    public string? FullName { get; private init; }

    /// <summary>«Год рождения наставляемого».</summary>
    public int? BirthYear { get; private init; }

    /// <summary>«Основной запрос наставляемого».</summary>
    public string? MainRequest { get; private init; }

    /// <summary>«Дата вхождения в программу».</summary>
    public DateOnly? EntryDate { get; private init; }

    /// <summary>«ФИО наставника»; null while the mentee has no mentor.</summary>
    public string? MentorName { get; private init; }

    /// <summary>«Форма наставничества».</summary>
    public MentoringForm? Form { get; private init; }

    /// <summary>«Место работы наставника».</summary>
    public string? MentorWorkplace { get; private init; }

    /// <summary>«Дата завершения программы».</summary>
    public DateOnly? CompletionDate { get; private init; }

    /// <summary>«Результаты программы».</summary>
    public string? Results { get; private init; }

    /// <summary>«Ссылка на кейс/отзыв наставляемого».</summary>
    public string? CaseLink { get; private init; }

    /// <summary>«Отметка о прохождении программы», as written.</summary>
    public string? CompletionMark { get; private init; }

    /// <summary>The support given while the mentee has no pair, and the search for a mentor (002 МР stage 5 п.3), if recorded.</summary>
    public string? SupportWhileUnpaired { get; private init; }

    /// <summary>
    /// Whether the mentee left without a pair needs psychological and pedagogical support: true, false, or null when
    /// the record does not say.
    /// </summary>
    /// <remarks>002 МР stage 5 п.3 «(при необходимости)»: rule <c>pair.unpaired-mentee-supported</c> judges only a recorded need.</remarks>
    public bool? NeedsSupport { get; private init; }

    /// <summary>True when the record names no mentor.</summary>
    public bool IsUnpaired => MentorName is null;

    /// <summary>Creates a record; pass the fields the registry has.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="fullName">The mentee's full name.</param>
    /// <param name="birthYear">The mentee's year of birth.</param>
    /// <param name="mainRequest">The mentee's main request.</param>
    /// <param name="entryDate">Date of entering the program.</param>
    /// <param name="mentorName">The mentor's full name.</param>
    /// <param name="form">Form of mentoring.</param>
    /// <param name="mentorWorkplace">The mentor's workplace.</param>
    /// <param name="completionDate">Date of completing the program.</param>
    /// <param name="results">Results of the program.</param>
    /// <param name="caseLink">Link to the case or the mentee's review.</param>
    /// <param name="completionMark">Mark of having completed the program.</param>
    /// <param name="supportWhileUnpaired">Support while without a pair.</param>
    /// <param name="personId">The person, when linked.</param>
    /// <param name="needsSupport">Whether the mentee without a pair needs support, or null when not recorded.</param>
    /// <returns>The record, or every error: MD0006 at <c>birthYear</c>, MD0008 at <c>form</c>, MD0004 at <c>completionDate</c>.</returns>
    public static Result<MenteeRecord> Create(
        RegistryRecordId id,
        string? fullName = null,
        int? birthYear = null,
        string? mainRequest = null,
        DateOnly? entryDate = null,
        string? mentorName = null,
        MentoringForm? form = null,
        string? mentorWorkplace = null,
        DateOnly? completionDate = null,
        string? results = null,
        string? caseLink = null,
        string? completionMark = null,
        string? supportWhileUnpaired = null,
        PersonId? personId = null,
        bool? needsSupport = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        var yearCheck = ResultExtras.Ensure(
            birthYear is null or (>= MinBirthYear and <= MaxBirthYear),
            DomainErrors.General.OutOfRange("birthYear", birthYear ?? 0, MinBirthYear, MaxBirthYear));
        return ResultExtras.Combine(yearCheck, RecordChecks.Form(form), RecordChecks.Dates(entryDate, completionDate))
            .Then(() => new MenteeRecord
            {
                Id = id,
                PersonId = personId,
                FullName = Texts.Optional(fullName),
                BirthYear = birthYear,
                MainRequest = Texts.Optional(mainRequest),
                EntryDate = entryDate,
                MentorName = Texts.Optional(mentorName),
                Form = form,
                MentorWorkplace = Texts.Optional(mentorWorkplace),
                CompletionDate = completionDate,
                Results = Texts.Optional(results),
                CaseLink = Texts.Optional(caseLink),
                CompletionMark = Texts.Optional(completionMark),
                SupportWhileUnpaired = Texts.Optional(supportWhileUnpaired),
                NeedsSupport = needsSupport,
            });
    }

    /// <summary>The catalogue fields (rule <c>registry.mentee-record</c>) this record lacks.</summary>
    /// <returns>The absent fields, in the form's order.</returns>
    public IReadOnlyList<MenteeRecordField> MissingFields()
    {
        (bool Present, MenteeRecordField Field)[] fields =
        [
            (FullName is not null, MenteeRecordField.FullName),
            (BirthYear is not null, MenteeRecordField.BirthYear),
            (MainRequest is not null, MenteeRecordField.MainRequest),
            (EntryDate is not null, MenteeRecordField.EntryDate),
            (MentorName is not null, MenteeRecordField.MentorName),
            (Form is not null, MenteeRecordField.Form),
            (MentorWorkplace is not null, MenteeRecordField.MentorWorkplace),
            (CompletionDate is not null, MenteeRecordField.CompletionDate),
            (Results is not null, MenteeRecordField.Results),
            (CaseLink is not null, MenteeRecordField.CaseLink),
            (CompletionMark is not null, MenteeRecordField.CompletionMark),
        ];
        return [.. fields.Where(f => !f.Present).Select(f => f.Field)];
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {FullName ?? "—"}";
}
