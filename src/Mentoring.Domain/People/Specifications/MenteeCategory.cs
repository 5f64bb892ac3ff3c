namespace Mentoring.Domain.People.Specifications;

/// <summary>A category of teachers who may be mentees (the optional rule <c>mentee.eligible-category</c>).</summary>
/// <remarks>003 order preamble (молодые специалисты); положения других организаций (вновь принятые, переведённые на новую должность).</remarks>
public enum MenteeCategory
{
    /// <summary>A young specialist: under an age, in the first years of pedagogical work (<see cref="Teacher.IsYoungSpecialistOn"/>).</summary>
    YoungSpecialist = 1,

    /// <summary>Newly hired: less than one whole year in the organization.</summary>
    NewlyHired = 2,

    /// <summary>
    /// Appointed to a post without experience of work in it («назначенные на должность, по которой они не имеют опыта
    /// работы»): decided in memory from the teacher's history of posts (<see cref="Teacher.IsNewToPostOn"/>); a query
    /// (<see cref="EligibleMenteeSpec"/>) cannot ask it, since a database does not hold the history.
    /// </summary>
    NewPost = 3,
}
