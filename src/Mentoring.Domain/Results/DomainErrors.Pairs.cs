namespace Mentoring.Domain;

/// <content>Errors of mentoring pairs and groups (MD04xx).</content>
public static partial class DomainErrors
{
    /// <summary>Errors of mentoring pairs and groups (MD0401–MD0499).</summary>
    /// <remarks>002 §1 (понятия; в группе), «Процесс формирования пар»; 003 §4.2, §5.2.</remarks>
    public static class Pairs
    {
        /// <summary>MD0401: a pair or group has no mentor.</summary>
        /// <returns>The error, pointed at <c>mentors</c>.</returns>
        public static ValidationError NoMentor() => DomainErrors.Create(
            "MD0401", "A mentoring pair or group needs at least one mentor.",
            "В наставнической паре или группе должен быть хотя бы один наставник.", "mentors");

        /// <summary>MD0402: a pair or group has no mentee.</summary>
        /// <returns>The error, pointed at <c>mentees</c>.</returns>
        public static ValidationError NoMentee() => DomainErrors.Create(
            "MD0402", "A mentoring pair or group needs at least one mentee.",
            "В наставнической паре или группе должен быть хотя бы один наставляемый.", "mentees");

        /// <summary>MD0403: one person is both a mentor and a mentee of the same pair or group.</summary>
        /// <param name="personId">The person.</param>
        /// <returns>The error, pointed at <c>mentees</c>.</returns>
        public static ValidationError MentorAndMentee(string personId) => DomainErrors.Create(
            "MD0403", $"'{personId}' cannot be both a mentor and a mentee of the same pair or group.",
            $"«{personId}» не может быть одновременно наставником и наставляемым в одной паре или группе.", "mentees");

        /// <summary>MD0404: a person to be replaced as mentor is not a mentor of the pair or group.</summary>
        /// <param name="personId">The person.</param>
        /// <returns>The error, pointed at <c>mentors</c>.</returns>
        public static ValidationError NotAMentor(string personId) => DomainErrors.Create(
            "MD0404", $"'{personId}' is not a mentor of this pair or group.",
            $"«{personId}» не является наставником этой пары или группы.", "mentors");
    }
}
