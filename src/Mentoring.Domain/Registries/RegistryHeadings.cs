namespace Mentoring.Domain.Registries;

/// <summary>
/// The Russian column headings of the two registry forms of 003 annex 3, as the seed writes them, for importers.
/// </summary>
/// <remarks>
/// 003 annex 3 swaps the two form titles: the table titled «Форма 2. База наставников» lists mentees' columns and
/// the one titled «Форма 1. База наставляемых» lists mentors' columns. The headings here are named by their content.
/// </remarks>
public static class RegistryHeadings
{
    /// <summary>The headings of the mentor registry («база наставников», by content).</summary>
    public static class Mentor
    {
        /// <summary>«№ п/п».</summary>
        public const string Number = "№ п/п";

        /// <summary>«Ф.И.О наставника».</summary>
        public const string FullName = "Ф.И.О наставника";

        /// <summary>«Место работы».</summary>
        public const string Workplace = "Место работы";

        /// <summary>«Основные компетенции наставника».</summary>
        public const string Competences = "Основные компетенции наставника";

        /// <summary>«Важные для программы достижения наставника».</summary>
        public const string Achievements = "Важные для программы достижения наставника";

        /// <summary>«Интересы наставника».</summary>
        public const string Interests = "Интересы наставника";

        /// <summary>«Желаемый возраст наставляемых».</summary>
        public const string PreferredMenteeAge = "Желаемый возраст наставляемых";

        /// <summary>«Ресурс времени на программу наставничества».</summary>
        public const string TimeAvailable = "Ресурс времени на программу наставничества";

        /// <summary>«Дата вхождения в программу».</summary>
        public const string EntryDate = "Дата вхождения в программу";

        /// <summary>«ФИО наставляемого (наставляемых)».</summary>
        public const string Mentees = "ФИО наставляемого (наставляемых)";

        /// <summary>«Форма наставничества».</summary>
        public const string Form = "Форма наставничества";

        /// <summary>«Место работы наставляемого».</summary>
        public const string MenteeWorkplace = "Место работы наставляемого";

        /// <summary>«Дата завершения программы».</summary>
        public const string CompletionDate = "Дата завершения программы";

        /// <summary>«Результаты программы».</summary>
        public const string Results = "Результаты программы";

        /// <summary>«Ссылка на кейс/отзыв наставника».</summary>
        public const string CaseLink = "Ссылка на кейс/отзыв наставника";
    }

    /// <summary>The headings of the mentee registry («база наставляемых», by content).</summary>
    public static class Mentee
    {
        /// <summary>«№ п/п».</summary>
        public const string Number = "№ п/п";

        /// <summary>«ФИО наставляемого».</summary>
        public const string FullName = "ФИО наставляемого";

        /// <summary>«Год рождения наставляемого».</summary>
        public const string BirthYear = "Год рождения наставляемого";

        /// <summary>«Основной запрос наставляемого».</summary>
        public const string MainRequest = "Основной запрос наставляемого";

        /// <summary>«Дата вхождения в программу».</summary>
        public const string EntryDate = "Дата вхождения в программу";

        /// <summary>«ФИО наставника».</summary>
        public const string MentorName = "ФИО наставника";

        /// <summary>«Форма наставничества».</summary>
        public const string Form = "Форма наставничества";

        /// <summary>«Место работы наставника».</summary>
        public const string MentorWorkplace = "Место работы наставника";

        /// <summary>«Дата завершения программы».</summary>
        public const string CompletionDate = "Дата завершения программы";

        /// <summary>«Результаты программы».</summary>
        public const string Results = "Результаты программы";

        /// <summary>«Ссылка на кейс/отзыв наставляемого».</summary>
        public const string CaseLink = "Ссылка на кейс/отзыв наставляемого";

        /// <summary>«Отметка о прохождении программы».</summary>
        public const string CompletionMark = "Отметка о прохождении программы";
    }
}
