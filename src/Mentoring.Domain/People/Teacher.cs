using Mentoring.Domain.Calendar;

namespace Mentoring.Domain.People;

/// <summary>
/// A pedagogical worker (педагогический работник) of an organization, or another of its workers named in
/// the mentoring documents: a possible mentor, mentee, curator or head.
/// </summary>
/// <remarks>
/// 002 §1 (понятия: наставник — педагогический работник); 002 §2 (куратор из числа заместителей руководителя);
/// 003 order preamble (учителя в возрасте до 35 лет в первые три года работы). Facts the documents do not
/// give (birth date, hire date, start of the pedagogical career, position) are null, so that the rules can
/// tell "unknown" from "violated".
/// </remarks>
public sealed class Teacher : IPerson
{
    // For an object-relational mapper (Mentoring.EntityFrameworkCore), which sets the state through the backing fields;
    // never called by the model, so no invariant is skipped: what it reads back was written from a valid Teacher.
#pragma warning disable CS8618 // set by the mapper
    private Teacher()
    {
    }
#pragma warning restore CS8618

    private Teacher(
        PersonId id,
        PersonName name,
        OrganizationId organizationId,
        string? position,
        DateOnly? birthDate,
        DateOnly? hireDate,
        DateOnly? pedagogicalCareerStart,
        bool isHead,
        bool isDeputyHead,
        bool isPedagogicalWorker,
        IReadOnlyList<string> competences,
        IReadOnlyList<TeacherPost> posts)
    {
        Id = id;
        Name = name;
        OrganizationId = organizationId;
        Position = position;
        BirthDate = birthDate;
        HireDate = hireDate;
        PedagogicalCareerStart = pedagogicalCareerStart;
        IsHead = isHead;
        IsDeputyHead = isDeputyHead;
        IsPedagogicalWorker = isPedagogicalWorker;
        Competences = competences;
        Posts = posts;
    }

    /// <inheritdoc />
    public PersonId Id { get; }

    /// <inheritdoc />
    public PersonName Name { get; }

    /// <summary>The organization the teacher works in.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The position as the staff list writes it («учитель математики», «заместитель директора по УВР»), or null.</summary>
    public string? Position { get; }

    /// <inheritdoc />
    public DateOnly? BirthDate { get; }

    /// <summary>The first day of work in this organization, or null when unknown.</summary>
    public DateOnly? HireDate { get; }

    /// <summary>The first day of the pedagogical career, from which the pedagogical experience (стаж) counts, or null when unknown.</summary>
    public DateOnly? PedagogicalCareerStart { get; }

    /// <summary>True for the head of the organization (руководитель, директор).</summary>
    /// <remarks>002 §1, 003 §4.5: the form «руководитель – педагог».</remarks>
    public bool IsHead { get; }

    /// <summary>True for a deputy head (заместитель руководителя).</summary>
    /// <remarks>002 §2: the curator is appointed from the deputy heads.</remarks>
    public bool IsDeputyHead { get; }

    /// <summary>True for a pedagogical worker (the default); false for other staff.</summary>
    /// <remarks>002 §1 (понятия): in the teacher forms the mentor is a pedagogical worker.</remarks>
    public bool IsPedagogicalWorker { get; }

    /// <summary>The subjects taught and the professional competences, distinct, in the documents' order.</summary>
    /// <remarks>002 «Процесс формирования пар»: the mentor's profile matches the mentee's request; 003 annex 3 (компетенции).</remarks>
    public IReadOnlyList<string> Competences { get; }

    /// <summary>
    /// The posts the teacher held and holds, from the staff records, by their first day (the order given kept for posts
    /// taken the same day); empty when the case records no history of posts, and then a post new to the teacher is unknown.
    /// </summary>
    /// <remarks>
    /// Положения of organizations: mentees «назначенные на должность, по которой они не имеют опыта работы»
    /// (<see cref="IsNewToPostOn"/>). Posts may overlap (a post held part-time beside another).
    /// </remarks>
    public IReadOnlyList<TeacherPost> Posts { get; } = [];

    /// <summary>Creates a teacher, collecting every error.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="name">The name.</param>
    /// <param name="organizationId">The organization the teacher works in.</param>
    /// <param name="position">The position, or null when unknown.</param>
    /// <param name="birthDate">The birth date, or null when unknown.</param>
    /// <param name="hireDate">The first day of work in this organization, or null when unknown.</param>
    /// <param name="pedagogicalCareerStart">The first day of the pedagogical career, or null when unknown.</param>
    /// <param name="isHead">True for the head of the organization.</param>
    /// <param name="isDeputyHead">True for a deputy head.</param>
    /// <param name="isPedagogicalWorker">False for staff who are not pedagogical workers.</param>
    /// <param name="competences">Subjects and competences; empty entries are dropped, repeated ones kept once.</param>
    /// <param name="posts">The history of posts (<see cref="Posts"/>), or null when the case records none.</param>
    /// <returns>
    /// The teacher, or <see cref="DomainErrors.People.DateBeforeBirth"/> (MD0103) at <c>hireDate</c>,
    /// <c>pedagogicalCareerStart</c> or <c>posts[i].from</c> when that date is before the birth date, and
    /// <see cref="DomainErrors.General.DuplicateId"/> (MD0005) at <c>posts[i]</c> for a post given twice (same title and first day).
    /// </returns>
    public static Result<Teacher> Create(
        PersonId id,
        PersonName name,
        OrganizationId organizationId,
        string? position = null,
        DateOnly? birthDate = null,
        DateOnly? hireDate = null,
        DateOnly? pedagogicalCareerStart = null,
        bool isHead = false,
        bool isDeputyHead = false,
        bool isPedagogicalWorker = true,
        IEnumerable<string>? competences = null,
        IEnumerable<TeacherPost>? posts = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(organizationId);
        TeacherPost[] history = posts is null ? [] : [.. posts];
        var checks = new List<IResult>
        {
            NotBeforeBirth(hireDate, birthDate, "hireDate"),
            NotBeforeBirth(pedagogicalCareerStart, birthDate, "pedagogicalCareerStart"),
        };
        var seen = new HashSet<(string, DateOnly)>();
        for (var i = 0; i < history.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(history[i], nameof(posts));
            var post = history[i];
            var at = $"posts[{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
            checks.Add(NotBeforeBirth(post.From, birthDate, at + ".from"));
            if (!seen.Add((post.Title.ToUpperInvariant(), post.From)))
            {
                checks.Add(DomainErrors.General.DuplicateId("posts", $"{post.Title} {post.From:yyyy-MM-dd}").At(at).Fail());
            }
        }

        return ResultExtras.Combine(checks)
            .Then(() => new Teacher(
                id,
                name,
                organizationId,
                Texts.Optional(position),
                birthDate,
                hireDate,
                pedagogicalCareerStart,
                isHead,
                isDeputyHead,
                isPedagogicalWorker,
                Texts.List(competences),
                [.. history.OrderBy(p => p.From)]));
    }

    /// <inheritdoc />
    public int? AgeOn(DateOnly asOf) => BirthDate is { } birth ? CalendarMath.WholeYears(birth, asOf) : null;

    /// <summary>The pedagogical experience in whole years on a date.</summary>
    /// <param name="asOf">The day of reckoning.</param>
    /// <param name="scope">
    /// <see cref="ExperienceScope.Total"/> counts from <see cref="PedagogicalCareerStart"/>,
    /// <see cref="ExperienceScope.Organization"/> from <see cref="HireDate"/>.
    /// </param>
    /// <returns>The whole years (0 before the start), or null when the start is unknown.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scope is not defined.</exception>
    public int? ExperienceYearsOn(DateOnly asOf, ExperienceScope scope)
    {
        var start = scope switch
        {
            ExperienceScope.Total => PedagogicalCareerStart,
            ExperienceScope.Organization => HireDate,
            _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown experience scope."),
        };
        return start is { } from ? CalendarMath.WholeYears(from, asOf) : null;
    }

    /// <summary>
    /// Whether the teacher is a young specialist on a date: younger than <paramref name="ageUnder"/> and in
    /// the first <paramref name="maxExperienceYears"/> years of pedagogical work (fewer whole years of
    /// <see cref="ExperienceScope.Total"/> experience than that).
    /// </summary>
    /// <param name="asOf">The day of reckoning.</param>
    /// <param name="ageUnder">The age the teacher must be under; 35 in 003.</param>
    /// <param name="maxExperienceYears">The number of first years of work; 3 in 003.</param>
    /// <returns>
    /// True or false when the known facts decide it (an age of 35 or more is enough for false even with the
    /// experience unknown); null when a missing birth date or career start leaves it open.
    /// </returns>
    /// <remarks>003 order preamble: «не менее 70% учителей в возрасте до 35 лет ... в первые три года работы».</remarks>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not positive.</exception>
    public bool? IsYoungSpecialistOn(DateOnly asOf, int ageUnder = 35, int maxExperienceYears = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ageUnder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExperienceYears);
        var young = AgeOn(asOf) is { } age ? age < ageUnder : (bool?)null;
        var beginner = ExperienceYearsOn(asOf, ExperienceScope.Total) is { } years ? years < maxExperienceYears : (bool?)null;
        return (young, beginner) switch
        {
            (false, _) or (_, false) => false,
            (true, true) => true,
            _ => null,
        };
    }

    /// <summary>The posts the teacher holds on a day (several when held together), in <see cref="Posts"/>' order.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The posts held that day; empty when none is recorded for it.</returns>
    public IReadOnlyList<TeacherPost> PostsOn(DateOnly day) => [.. Posts.Where(p => p.IsHeldOn(day))];

    /// <summary>
    /// Whether the teacher is, on a day, in a post without experience of work in it («назначенный на должность, по
    /// которой он не имеет опыта работы»): a post held that day for less than one whole year (as a newly hired teacher
    /// is one in the first year in the organization) in which the teacher had no experience before taking it.
    /// </summary>
    /// <param name="day">The day of reckoning: for a mentee, the day of the appointment.</param>
    /// <returns>
    /// True when a post held on the day is new to the teacher; false when every post held that day is not (held a whole
    /// year or more, <see cref="TeacherPost.PriorExperience"/> true, or an earlier post of the same title in the history);
    /// null when the case does not show it: no history of posts (<see cref="Posts"/> empty), no post recorded for the day,
    /// or a post whose earlier experience is neither recorded nor covered by the history.
    /// </returns>
    /// <remarks>
    /// A post held less than a whole year is new to the teacher when its <see cref="TeacherPost.PriorExperience"/> is
    /// false, or, with that not recorded, when no earlier post of the history has the same title and the history reaches
    /// back to the start of the pedagogical career (its first post begins on or before <see cref="PedagogicalCareerStart"/>),
    /// so that no earlier work escapes it. Otherwise the experience before the history began is not known.
    /// </remarks>
    public bool? IsNewToPostOn(DateOnly day)
    {
        if (Posts.Count == 0)
        {
            return null;
        }

        var held = PostsOn(day);
        if (held.Count == 0)
        {
            return null;
        }

        var covers = PedagogicalCareerStart is { } career && Posts[0].From <= career;
        var open = false;
        foreach (var post in held)
        {
            var earlier = Posts.Any(p => !ReferenceEquals(p, post) && p.From < post.From && p.IsSamePostAs(post));
            bool? isNew = CalendarMath.WholeYears(post.From, day) >= 1 || post.PriorExperience == true || earlier ? false
                : post.PriorExperience == false || covers ? true
                : null;
            if (isNew == true)
            {
                return true;
            }

            open |= isNew is null;
        }

        return open ? null : false;
    }

    private static Result NotBeforeBirth(DateOnly? date, DateOnly? birthDate, string field) =>
        date is { } d && birthDate is { } b && d < b ? DomainErrors.People.DateBeforeBirth(field, d, b).Fail() : Result.Success();
}
