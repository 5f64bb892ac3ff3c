namespace Mentoring.Domain.People;

/// <summary>Anyone who can take part in mentoring: a teacher, a student, or a mentor from outside the organization.</summary>
/// <remarks>002 §1 (понятия: наставник, наставляемый); 003 §1.3 (участники: педагоги и обучающиеся).</remarks>
public interface IPerson
{
    /// <summary>The person's identifier.</summary>
    PersonId Id { get; }

    /// <summary>The person's name.</summary>
    PersonName Name { get; }

    /// <summary>The birth date, or null when the documents do not give it.</summary>
    DateOnly? BirthDate { get; }

    /// <summary>The age in whole years on a date.</summary>
    /// <param name="asOf">The day of reckoning.</param>
    /// <returns>The age (0 before the birth date), or null when the birth date is unknown.</returns>
    int? AgeOn(DateOnly asOf);
}
