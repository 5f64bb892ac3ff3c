namespace Mentoring.Domain;

public static partial class DomainErrors
{
    /// <summary>Errors of the mentor and mentee registries (MD07xx).</summary>
    /// <remarks>003 annex 3 («База наставников», «База наставляемых»).</remarks>
    public static class Registries
    {
        /// <summary>MD0701: a preferred age range whose lower bound is above its upper bound.</summary>
        /// <param name="min">The lower bound.</param>
        /// <param name="max">The upper bound.</param>
        /// <returns>The error, pointed at <c>preferredMenteeAge</c>.</returns>
        public static ValidationError AgeRangeInverted(int min, int max) => DomainErrors.Create(
            "MD0701", $"The preferred age range {min}–{max} has its lower bound above its upper bound.",
            $"Желаемый возраст {min}–{max}: нижняя граница больше верхней.", "preferredMenteeAge");

        /// <summary>MD0702: a time resource that states neither hours per week nor a text.</summary>
        /// <returns>The error, pointed at <c>timeAvailable</c>.</returns>
        public static ValidationError TimeResourceEmpty() => DomainErrors.Create(
            "MD0702", "A time resource states hours per week, a text, or both.",
            "Ресурс времени указывается в часах в неделю, текстом или и тем и другим.", "timeAvailable");
    }
}
