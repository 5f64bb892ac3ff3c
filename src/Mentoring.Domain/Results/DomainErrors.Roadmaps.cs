namespace Mentoring.Domain;

public static partial class DomainErrors
{
    /// <summary>Errors of roadmaps and their deadlines (MD06xx).</summary>
    /// <remarks>The roadmaps of seeds 000, 001, 002 (МР and district), 003 and 004.</remarks>
    public static class Roadmaps
    {
        /// <summary>The deadline forms the parser understands, listed in errors.</summary>
        private const string Expected =
            "a date (30.06.2023), 'до/не позднее' a date, a period (2022-2024 гг., сентябрь-октябрь 2022 г.), a year (2023 год), "
            + "a month (октябрь 2021 г.), a quarter (I квартал 2023 г.), 'ежегодно' (with months), months (июнь, декабрь), "
            + "'постоянно'/'в течение года', or a separate schedule ('по отдельному графику')";

        private const string ExpectedRu =
            "дата (30.06.2023), «до/не позднее» даты, период (2022-2024 гг., сентябрь-октябрь 2022 г.), год (2023 год), "
            + "месяц (октябрь 2021 г.), квартал (I квартал 2023 г.), «ежегодно» (с месяцами), месяцы (июнь, декабрь), "
            + "«постоянно»/«в течение года» или отдельный график («по отдельному графику»)";

        /// <summary>MD0601: a deadline text is not one of the forms the parser understands.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The error, pointed at <c>deadline</c>, naming the text and the expected forms.</returns>
        public static ValidationError DeadlineNotRecognized(string text) => DomainErrors.Create(
            "MD0601", $"The deadline '{text}' is not recognized. Expected {Expected}.",
            $"Срок «{text}» не распознан. Ожидается: {ExpectedRu}.", "deadline");

        /// <summary>MD0602: a deadline column names a stage of the roadmap («1-й этап») instead of a date.</summary>
        /// <param name="text">The text.</param>
        /// <returns>The error, pointed at <c>deadline</c>.</returns>
        public static ValidationError DeadlineIsStage(string text) => DomainErrors.Create(
            "MD0602", $"'{text}' names a stage of the roadmap, not a deadline: take the deadline from the stage's activities.",
            $"«{text}» — это этап дорожной карты, а не срок: сроки указываются у мероприятий этапа.", "deadline");

        /// <summary>MD0603: a deadline text has a date that does not exist (such as 31.02.2023).</summary>
        /// <param name="text">The text.</param>
        /// <param name="date">The impossible date as written.</param>
        /// <returns>The error, pointed at <c>deadline</c>.</returns>
        public static ValidationError InvalidDate(string text, string date) => DomainErrors.Create(
            "MD0603", $"The deadline '{text}' has an impossible date '{date}'.",
            $"В сроке «{text}» указана несуществующая дата «{date}».", "deadline");

        /// <summary>MD0604: a period in a deadline ends before it starts (such as «май-март 2022 г.»).</summary>
        /// <param name="text">The text.</param>
        /// <returns>The error, pointed at <c>deadline</c>.</returns>
        public static ValidationError PeriodInverted(string text) => DomainErrors.Create(
            "MD0604", $"The deadline '{text}' is a period that ends before it starts.",
            $"Срок «{text}» — период, который заканчивается раньше, чем начинается.", "deadline");

        /// <summary>MD0605: a roadmap activity is marked done a second time.</summary>
        /// <param name="number">The activity's number.</param>
        /// <returns>The error, pointed at <c>activities</c>.</returns>
        public static ValidationError ActivityAlreadyDone(string number) => DomainErrors.Create(
            "MD0605", $"The roadmap activity '{number}' is already done.",
            $"Мероприятие дорожной карты «{number}» уже отмечено выполненным.", "activities");

        /// <summary>MD0606: no roadmap activity has the number.</summary>
        /// <param name="number">The number.</param>
        /// <returns>The error, pointed at <c>activities</c>.</returns>
        public static ValidationError ActivityNotFound(string number) => DomainErrors.Create(
            "MD0606", $"The roadmap has no activity '{number}'.",
            $"В дорожной карте нет мероприятия «{number}».", "activities");

        /// <summary>MD0607: a deadline text is longer than the parser reads (<see cref="Mentoring.Domain.Roadmaps.Deadline.MaxTextLength"/> characters).</summary>
        /// <param name="length">The text's length.</param>
        /// <param name="limit">The longest text read.</param>
        /// <returns>The error.</returns>
        public static ValidationError DeadlineTooLong(int length, int limit) => DomainErrors.Create(
            "MD0607", $"The deadline text has {length} characters, more than the {limit} a deadline may have: shorten it.",
            $"Текст срока содержит {Plural.RuWithNumber(length, "символ", "символа", "символов")}, больше допустимых {limit}: сократите его.", "deadline");
    }
}
