namespace Mentoring.Domain.People.Specifications;

/// <summary>A category of teachers who may be mentees (the optional rule <c>mentee.eligible-category</c>).</summary>
/// <remarks>003 order preamble (молодые специалисты); положения других организаций (вновь принятые, переведённые на новую должность).</remarks>
public enum MenteeCategory
{
    /// <summary>A young specialist: under an age, in the first years of pedagogical work (<see cref="Teacher.IsYoungSpecialistOn"/>).</summary>
    YoungSpecialist = 1,

    /// <summary>Newly hired: less than one whole year in the organization.</summary>
    NewlyHired = 2,

    /// <summary>Moved to a post without experience in it; the case does not record it, so no teacher is known to be of it.</summary>
    NewPost = 3,
}
