namespace Mentoring.Domain;

/// <content>Errors of people: names, dates of a person's life, grades (MD01xx, first part).</content>
public static partial class DomainErrors
{
    /// <summary>Errors of people: teachers, students and mentors from outside the organization (MD0101–MD0109).</summary>
    /// <remarks>002 §1 (понятия: наставник, наставляемый); 003 §1.3 (обучающиеся 10–18 лет).</remarks>
    public static class People
    {
        /// <summary>MD0101: a full name cannot be read as «Фамилия Имя [Отчество]».</summary>
        /// <param name="text">The text that was read.</param>
        /// <returns>The error, pointed at <c>name</c>.</returns>
        public static ValidationError NameNotParsable(string text) => DomainErrors.Create(
            "MD0101", $"'{text}' is not a full name: expected a surname, a given name and an optional patronymic.",
            $"«{text}» не является ФИО: ожидаются фамилия, имя и (при наличии) отчество.", "name");

        /// <summary>MD0102: a part of a name has characters other than letters, spaces, hyphens, apostrophes and dots.</summary>
        /// <param name="field">The part of the name (<c>surname</c>, <c>givenName</c>, <c>patronymic</c>).</param>
        /// <param name="value">The rejected text.</param>
        /// <returns>The error, pointed at the part.</returns>
        public static ValidationError NameHasInvalidCharacters(string field, string value) => DomainErrors.Create(
            "MD0102", $"'{value}' is not a valid '{field}': use letters, spaces, hyphens, apostrophes or dots.",
            $"«{value}» не подходит для поля «{field}»: допустимы буквы, пробелы, дефисы, апострофы и точки.", field);

        /// <summary>MD0103: a date of a person's life (hire, start of the career) is before the person's birth.</summary>
        /// <param name="field">The date's field (<c>hireDate</c>, <c>pedagogicalCareerStart</c>).</param>
        /// <param name="date">The rejected date.</param>
        /// <param name="birthDate">The birth date.</param>
        /// <returns>The error, pointed at the field.</returns>
        public static ValidationError DateBeforeBirth(string field, DateOnly date, DateOnly birthDate) => DomainErrors.Create(
            "MD0103", $"'{field}' is {date:yyyy-MM-dd}, before the birth date {birthDate:yyyy-MM-dd}.",
            $"«{field}»: дата {date:dd.MM.yyyy} раньше даты рождения {birthDate:dd.MM.yyyy}.", field);

        /// <summary>MD0104: a student's grade is not one of the grades of general education, 1 to 11.</summary>
        /// <param name="grade">The rejected grade.</param>
        /// <returns>The error, pointed at <c>grade</c>.</returns>
        public static ValidationError GradeOutOfRange(int grade) => DomainErrors.Create(
            "MD0104", $"Grade {grade} does not exist: general education has grades 1 to 11.",
            $"Класса {grade} не существует: в общем образовании классы с 1 по 11.", "grade");
    }
}
