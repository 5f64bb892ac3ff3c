namespace Mentoring.Domain.Registries;

/// <summary>A field of a mentor record, as the catalogue rule <c>registry.mentor-record</c> lists them.</summary>
/// <remarks>003 annex 3 (the form listing mentors' columns).</remarks>
public enum MentorRecordField
{
    /// <summary>«Ф.И.О наставника».</summary>
    FullName = 1,

    /// <summary>«Место работы».</summary>
    Workplace = 2,

    /// <summary>«Основные компетенции наставника».</summary>
    Competences = 3,

    /// <summary>«Важные для программы достижения наставника».</summary>
    Achievements = 4,

    /// <summary>«Интересы наставника».</summary>
    Interests = 5,

    /// <summary>«Желаемый возраст наставляемых».</summary>
    PreferredMenteeAge = 6,

    /// <summary>«Ресурс времени на программу наставничества».</summary>
    TimeAvailable = 7,

    /// <summary>«Дата вхождения в программу».</summary>
    EntryDate = 8,

    /// <summary>«ФИО наставляемого (наставляемых)».</summary>
    Mentees = 9,

    /// <summary>«Форма наставничества».</summary>
    Form = 10,

    /// <summary>«Место работы наставляемого».</summary>
    MenteeWorkplace = 11,

    /// <summary>«Дата завершения программы».</summary>
    CompletionDate = 12,

    /// <summary>«Результаты программы».</summary>
    Results = 13,

    /// <summary>«Ссылка на кейс/отзыв наставника».</summary>
    CaseLink = 14,
}

/// <summary>The vocabulary of <see cref="MentorRecordField"/>: codes and the Russian column headings.</summary>
public static class MentorRecordFields
{
    /// <summary>The terms: codes, Russian headings, English names, sources.</summary>
    public static Vocabulary<MentorRecordField> Vocabulary { get; } = Vocabulary<MentorRecordField>.For("mentorRecordField")
        .Add(MentorRecordField.FullName, "fullName", RegistryHeadings.Mentor.FullName, "mentor's full name", "003 annex 3", "ФИО наставника")
        .Add(MentorRecordField.Workplace, "workplace", RegistryHeadings.Mentor.Workplace, "workplace", "003 annex 3")
        .Add(MentorRecordField.Competences, "competences", RegistryHeadings.Mentor.Competences, "main competences", "003 annex 3")
        .Add(MentorRecordField.Achievements, "achievements", RegistryHeadings.Mentor.Achievements, "achievements relevant to the program", "003 annex 3")
        .Add(MentorRecordField.Interests, "interests", RegistryHeadings.Mentor.Interests, "interests", "003 annex 3")
        .Add(MentorRecordField.PreferredMenteeAge, "preferredMenteeAge", RegistryHeadings.Mentor.PreferredMenteeAge, "preferred age of mentees", "003 annex 3")
        .Add(MentorRecordField.TimeAvailable, "timeAvailable", RegistryHeadings.Mentor.TimeAvailable, "time available for the program", "003 annex 3")
        .Add(MentorRecordField.EntryDate, "entryDate", RegistryHeadings.Mentor.EntryDate, "date of entering the program", "003 annex 3")
        .Add(MentorRecordField.Mentees, "mentees", RegistryHeadings.Mentor.Mentees, "mentee(s)' full name(s)", "003 annex 3")
        .Add(MentorRecordField.Form, "form", RegistryHeadings.Mentor.Form, "form of mentoring", "003 annex 3")
        .Add(MentorRecordField.MenteeWorkplace, "menteeWorkplace", RegistryHeadings.Mentor.MenteeWorkplace, "mentee's workplace", "003 annex 3")
        .Add(MentorRecordField.CompletionDate, "completionDate", RegistryHeadings.Mentor.CompletionDate, "date of completing the program", "003 annex 3")
        .Add(MentorRecordField.Results, "results", RegistryHeadings.Mentor.Results, "results of the program", "003 annex 3")
        .Add(MentorRecordField.CaseLink, "caseLink", RegistryHeadings.Mentor.CaseLink, "link to the case or the mentor's review", "003 annex 3")
        .Build();

    /// <summary>The term of a field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>Its code and heading.</returns>
    public static Term<MentorRecordField> Term(this MentorRecordField field) => Vocabulary[field];
}

/// <summary>A field of a mentee record, as the catalogue rule <c>registry.mentee-record</c> lists them.</summary>
/// <remarks>003 annex 3 (the form listing mentees' columns).</remarks>
public enum MenteeRecordField
{
    /// <summary>«ФИО наставляемого».</summary>
    FullName = 1,

    /// <summary>«Год рождения наставляемого».</summary>
    BirthYear = 2,

    /// <summary>«Основной запрос наставляемого».</summary>
    MainRequest = 3,

    /// <summary>«Дата вхождения в программу».</summary>
    EntryDate = 4,

    /// <summary>«ФИО наставника».</summary>
    MentorName = 5,

    /// <summary>«Форма наставничества».</summary>
    Form = 6,

    /// <summary>«Место работы наставника».</summary>
    MentorWorkplace = 7,

    /// <summary>«Дата завершения программы».</summary>
    CompletionDate = 8,

    /// <summary>«Результаты программы».</summary>
    Results = 9,

    /// <summary>«Ссылка на кейс/отзыв наставляемого».</summary>
    CaseLink = 10,

    /// <summary>«Отметка о прохождении программы».</summary>
    CompletionMark = 11,
}

/// <summary>The vocabulary of <see cref="MenteeRecordField"/>: codes and the Russian column headings.</summary>
public static class MenteeRecordFields
{
    /// <summary>The terms: codes, Russian headings, English names, sources.</summary>
    public static Vocabulary<MenteeRecordField> Vocabulary { get; } = Vocabulary<MenteeRecordField>.For("menteeRecordField")
        .Add(MenteeRecordField.FullName, "fullName", RegistryHeadings.Mentee.FullName, "mentee's full name", "003 annex 3", "Ф.И.О наставляемого")
        .Add(MenteeRecordField.BirthYear, "birthYear", RegistryHeadings.Mentee.BirthYear, "mentee's year of birth", "003 annex 3")
        .Add(MenteeRecordField.MainRequest, "mainRequest", RegistryHeadings.Mentee.MainRequest, "mentee's main request", "003 annex 3")
        .Add(MenteeRecordField.EntryDate, "entryDate", RegistryHeadings.Mentee.EntryDate, "date of entering the program", "003 annex 3")
        .Add(MenteeRecordField.MentorName, "mentorName", RegistryHeadings.Mentee.MentorName, "mentor's full name", "003 annex 3")
        .Add(MenteeRecordField.Form, "form", RegistryHeadings.Mentee.Form, "form of mentoring", "003 annex 3")
        .Add(MenteeRecordField.MentorWorkplace, "mentorWorkplace", RegistryHeadings.Mentee.MentorWorkplace, "mentor's workplace", "003 annex 3")
        .Add(MenteeRecordField.CompletionDate, "completionDate", RegistryHeadings.Mentee.CompletionDate, "date of completing the program", "003 annex 3")
        .Add(MenteeRecordField.Results, "results", RegistryHeadings.Mentee.Results, "results of the program", "003 annex 3")
        .Add(MenteeRecordField.CaseLink, "caseLink", RegistryHeadings.Mentee.CaseLink, "link to the case or the mentee's review", "003 annex 3")
        .Add(MenteeRecordField.CompletionMark, "completionMark", RegistryHeadings.Mentee.CompletionMark, "mark of having completed the program", "003 annex 3")
        .Build();

    /// <summary>The term of a field.</summary>
    /// <param name="field">The field.</param>
    /// <returns>Its code and heading.</returns>
    public static Term<MenteeRecordField> Term(this MenteeRecordField field) => Vocabulary[field];
}
