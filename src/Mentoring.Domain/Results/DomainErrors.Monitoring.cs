namespace Mentoring.Domain;

public static partial class DomainErrors
{
    /// <summary>Errors of monitoring: assessments and analytical reports (MD08xx).</summary>
    /// <remarks>002 §2 (куратор); 003 §7.2–7.5.</remarks>
    public static class Monitoring
    {
        /// <summary>MD0801: an assessment scale whose minimum is not below its maximum.</summary>
        /// <param name="min">The minimum.</param>
        /// <param name="max">The maximum.</param>
        /// <returns>The error, pointed at <c>scale</c>.</returns>
        public static ValidationError ScaleInverted(decimal min, decimal max) => DomainErrors.Create(
            "MD0801", $"A scale's minimum {min} must be below its maximum {max}.",
            $"Минимум шкалы {min} должен быть меньше максимума {max}.", "scale");

        /// <summary>MD0802: a score given without the scale it is measured on.</summary>
        /// <returns>The error, pointed at <c>scale</c>.</returns>
        public static ValidationError ScoreWithoutScale() => DomainErrors.Create(
            "MD0802", "A score needs the scale it is measured on.",
            "Для оценки в баллах нужно указать шкалу.", "scale");

        /// <summary>MD0803: an analytical report submitted before the year it reports on began.</summary>
        /// <param name="year">The reported year.</param>
        /// <param name="submittedOn">The submission date.</param>
        /// <returns>The error, pointed at <c>submittedOn</c>.</returns>
        public static ValidationError ReportBeforeYear(int year, DateOnly submittedOn) => DomainErrors.Create(
            "MD0803", $"A report on {year} cannot be submitted on {submittedOn:yyyy-MM-dd}, before that year began.",
            $"Отчёт за {year} год не может быть представлен {submittedOn:dd.MM.yyyy}, до начала этого года.", "submittedOn");
    }
}
