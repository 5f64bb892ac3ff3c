namespace Mentoring.Domain.Organizations;

/// <summary>
/// What an organization's file records about its mentoring system beyond orders, pairs and registries: the curator's
/// refreshes of the list of teachers who need mentoring, the mentors' training, what the website section holds, the act
/// introducing the target model, the methodical association, the yearly reviews of the Положение and roadmap, and the
/// submissions of the bases of mentors and mentees to the municipal coordinator.
/// </summary>
/// <remarks>
/// Each part is null (or empty) when the file does not record it; the rules then report Unknown, never Satisfied.
/// 002 §2 (куратор), §5; 003 §1.6, §2.2, §6.4–6.5, order п.4.5; 001 roadmap 1.1.
/// </remarks>
public sealed class OrganizationRecords
{
    private OrganizationRecords(
        IReadOnlyList<DateOnly>? curatorRefreshes,
        IReadOnlyList<MentorTraining> trainings,
        IReadOnlySet<WebsiteItem>? websiteContents,
        ImplementationAct? implementationAct,
        MethodicalAssociation? methodicalAssociation,
        IReadOnlyList<DocumentReview> documentReviews,
        IReadOnlyList<RegistrySubmission> registrySubmissions)
    {
        CuratorRefreshes = curatorRefreshes;
        Trainings = trainings;
        WebsiteContents = websiteContents;
        ImplementationAct = implementationAct;
        MethodicalAssociation = methodicalAssociation;
        DocumentReviews = documentReviews;
        RegistrySubmissions = registrySubmissions;
    }

    /// <summary>A file that records none of these parts.</summary>
    public static OrganizationRecords Empty { get; } = new(null, [], null, null, null, [], []);

    /// <summary>
    /// The days the curator reviewed who needs mentoring, whether the review found anyone or not (002 §2, куратор);
    /// null when the file does not record the refreshes, empty when it records that there were none.
    /// </summary>
    public IReadOnlyList<DateOnly>? CuratorRefreshes { get; }

    /// <summary>The mentors' recorded training, consultations and sessions (003 §1.6; 002 sample roadmap, stage 4).</summary>
    public IReadOnlyList<MentorTraining> Trainings { get; }

    /// <summary>What the website's mentoring section holds (002 §5), or null when the file does not record it.</summary>
    public IReadOnlySet<WebsiteItem>? WebsiteContents { get; }

    /// <summary>The act introducing the target model in the organization (003 §2.2), or null when not recorded.</summary>
    public ImplementationAct? ImplementationAct { get; }

    /// <summary>The methodical association of mentors or the body given its functions (003 §6.4–6.5), or null when not recorded.</summary>
    public MethodicalAssociation? MethodicalAssociation { get; }

    /// <summary>The recorded reviews of the Положение and the roadmap (001 roadmap 1.1).</summary>
    public IReadOnlyList<DocumentReview> DocumentReviews { get; }

    /// <summary>The submissions of the bases of mentors and mentees to the municipal coordinator (003 order п.4.5).</summary>
    public IReadOnlyList<RegistrySubmission> RegistrySubmissions { get; }

    /// <summary>Creates the records.</summary>
    /// <param name="curatorRefreshes">The days of the curator's refreshes, or null when not recorded.</param>
    /// <param name="trainings">The mentors' training.</param>
    /// <param name="websiteContents">What the website section holds, or null when not recorded.</param>
    /// <param name="implementationAct">The act introducing the target model, or null.</param>
    /// <param name="methodicalAssociation">The methodical association, or null.</param>
    /// <param name="documentReviews">The reviews of the Положение and roadmap.</param>
    /// <param name="registrySubmissions">The submissions of the bases to the municipal coordinator.</param>
    /// <returns>The records.</returns>
    public static OrganizationRecords Create(
        IEnumerable<DateOnly>? curatorRefreshes = null,
        IEnumerable<MentorTraining>? trainings = null,
        IEnumerable<WebsiteItem>? websiteContents = null,
        ImplementationAct? implementationAct = null,
        MethodicalAssociation? methodicalAssociation = null,
        IEnumerable<DocumentReview>? documentReviews = null,
        IEnumerable<RegistrySubmission>? registrySubmissions = null) =>
        new(
            curatorRefreshes is null ? null : [.. curatorRefreshes.Order()],
            [.. trainings ?? []],
            websiteContents is null ? null : new HashSet<WebsiteItem>(websiteContents),
            implementationAct,
            methodicalAssociation,
            [.. documentReviews ?? []],
            [.. registrySubmissions ?? []]);
}

/// <summary>A mentor's recorded training: a course, a seminar, a consultation or an «установочная сессия».</summary>
/// <param name="MentorId">The mentor trained.</param>
/// <param name="Date">The day of the training (its last day for a course).</param>
/// <param name="Title">What it was, when recorded.</param>
/// <remarks>003 §1.6 («организует обучение наставников»); 002 sample roadmap, stage 4.</remarks>
public sealed record MentorTraining(PersonId MentorId, DateOnly Date, string? Title = null);

/// <summary>A review of the Положение or the roadmap, with or without a new edition.</summary>
/// <param name="Document">The document reviewed.</param>
/// <param name="Date">The day of the review.</param>
/// <param name="NewEdition">True when a new edition was approved; a review without one also counts (001 roadmap 1.1).</param>
public sealed record DocumentReview(ReviewedDocument Document, DateOnly Date, bool NewEdition = false);

/// <summary>A submission of the organization's bases of mentors and mentees to the municipal coordinator.</summary>
/// <param name="Date">The day submitted.</param>
/// <param name="Mentors">True when the base of mentors was submitted.</param>
/// <param name="Mentees">True when the base of mentees was submitted.</param>
/// <remarks>003 order п.4.5.</remarks>
public sealed record RegistrySubmission(DateOnly Date, bool Mentors, bool Mentees);

/// <summary>The act introducing the target model in the organization (распорядительный акт о внедрении, 003 §2.2).</summary>
/// <param name="Number">The act's number, when recorded.</param>
/// <param name="Date">The act's date.</param>
/// <param name="Parts">What the act names, of the parts 003 §2.2 lists.</param>
/// <param name="MonitoringDates">The monitoring dates the act sets, when recorded.</param>
public sealed record ImplementationAct(string? Number, DateOnly Date, IReadOnlySet<ImplementationActPart> Parts, IReadOnlyList<DateOnly> MonitoringDates);

/// <summary>The methodical association of mentors, or the body given its functions (003 §6.4–6.5).</summary>
/// <param name="Body">The kind of body, or <see cref="MethodicalBody.None"/> when the file records that there is none.</param>
/// <param name="EstablishedOn">The day it was created or given the functions, when recorded.</param>
/// <param name="Name">Its name, when recorded.</param>
public sealed record MethodicalAssociation(MethodicalBody Body, DateOnly? EstablishedOn = null, string? Name = null);

/// <summary>What the website's mentoring section holds, of the items 002 §5 lists.</summary>
public enum WebsiteItem
{
    /// <summary>Information on the programs carried out («сведения о реализуемых … программах»).</summary>
    Programs = 1,

    /// <summary>The base of mentors («базы наставников»); published only with consent (152-ФЗ, ст. 10.1).</summary>
    MentorBase = 2,

    /// <summary>The base of mentees («базы … наставляемых»); published only with consent (152-ФЗ, ст. 10.1).</summary>
    MenteeBase = 3,

    /// <summary>The best cases of programs («лучшие кейсы»).</summary>
    BestCases = 4,

    /// <summary>The federal, regional and local regulations on mentoring («нормативно-правовая база»).</summary>
    Regulations = 5,

    /// <summary>Methodical recommendations («методические рекомендации»).</summary>
    MethodicalRecommendations = 6,

    /// <summary>News and announcements of events and programs («новости и анонсы»).</summary>
    News = 7,
}

/// <summary>The parts of the act introducing the target model that 003 §2.2 lists.</summary>
public enum ImplementationActPart
{
    /// <summary>The grounds for introducing the model («основания»).</summary>
    Grounds = 1,

    /// <summary>The dates of introduction («сроки внедрения»).</summary>
    Dates = 2,

    /// <summary>The people responsible, with their duties («назначение ответственных … с описанием обязанностей»).</summary>
    Responsible = 3,

    /// <summary>The dates of monitoring the programs' effectiveness («сроки проведения мониторинга»).</summary>
    MonitoringDates = 4,

    /// <summary>The planned results («планируемые результаты»).</summary>
    PlannedResults = 5,
}

/// <summary>The body that holds the functions of the methodical association of mentors (003 §6.5).</summary>
public enum MethodicalBody
{
    /// <summary>The file records that there is no such body.</summary>
    None = 1,

    /// <summary>A methodical association or council of mentors («МО / совет наставников»).</summary>
    Association = 2,

    /// <summary>The methodical council («методический совет»).</summary>
    MethodicalCouncil = 3,

    /// <summary>The scientific-methodical council («научно-методический совет»).</summary>
    ScientificMethodicalCouncil = 4,

    /// <summary>Another professional body with mentors among its members («иной общественный профессиональный орган»).</summary>
    Other = 5,
}

/// <summary>The document a review concerns (001 roadmap 1.1).</summary>
public enum ReviewedDocument
{
    /// <summary>The Положение о системе наставничества.</summary>
    Regulation = 1,

    /// <summary>The roadmap (план мероприятий, «дорожная карта»).</summary>
    Roadmap = 2,
}

/// <summary>The vocabularies of the organization records' codes.</summary>
public static class OrganizationRecordCodes
{
    /// <summary>The items of the website section.</summary>
    public static Vocabulary<WebsiteItem> WebsiteItems { get; } = Vocabulary<WebsiteItem>.For("websiteContents")
        .Add(WebsiteItem.Programs, "programs", "сведения о реализуемых программах наставничества", "information on the programs", "002 §5")
        .Add(WebsiteItem.MentorBase, "mentor-base", "база наставников", "the base of mentors", "002 §5")
        .Add(WebsiteItem.MenteeBase, "mentee-base", "база наставляемых", "the base of mentees", "002 §5")
        .Add(WebsiteItem.BestCases, "best-cases", "лучшие кейсы программ наставничества", "the best cases of programs", "002 §5")
        .Add(WebsiteItem.Regulations, "regulations", "нормативно-правовая база в сфере наставничества", "the regulations on mentoring", "002 §5")
        .Add(WebsiteItem.MethodicalRecommendations, "methodical-recommendations", "методические рекомендации", "methodical recommendations", "002 §5")
        .Add(WebsiteItem.News, "news", "новости и анонсы мероприятий", "news and announcements", "002 §5")
        .Build();

    /// <summary>The parts of the act introducing the target model.</summary>
    public static Vocabulary<ImplementationActPart> ImplementationActParts { get; } = Vocabulary<ImplementationActPart>.For("parts")
        .Add(ImplementationActPart.Grounds, "grounds", "основания для внедрения целевой модели", "the grounds for introducing the model", "003 §2.2")
        .Add(ImplementationActPart.Dates, "dates", "сроки внедрения", "the dates of introduction", "003 §2.2")
        .Add(ImplementationActPart.Responsible, "responsible", "ответственные с описанием обязанностей", "the people responsible and their duties", "003 §2.2")
        .Add(ImplementationActPart.MonitoringDates, "monitoring-dates", "сроки проведения мониторинга", "the monitoring dates", "003 §2.2")
        .Add(ImplementationActPart.PlannedResults, "planned-results", "планируемые результаты", "the planned results", "003 §2.2")
        .Build();

    /// <summary>The bodies that may hold the methodical association's functions.</summary>
    public static Vocabulary<MethodicalBody> MethodicalBodies { get; } = Vocabulary<MethodicalBody>.For("body")
        .Add(MethodicalBody.None, "none", "не создано", "none", "003 §6.4")
        .Add(MethodicalBody.Association, "association", "методическое объединение (совет) наставников", "the methodical association of mentors", "003 §6.5")
        .Add(MethodicalBody.MethodicalCouncil, "methodical-council", "методический совет", "the methodical council", "003 §6.5")
        .Add(MethodicalBody.ScientificMethodicalCouncil, "scientific-methodical-council", "научно-методический совет", "the scientific-methodical council", "003 §6.5")
        .Add(MethodicalBody.Other, "other", "иной общественный профессиональный орган", "another professional body", "003 §6.5")
        .Build();

    /// <summary>The term of a website item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Its code and names.</returns>
    public static Term<WebsiteItem> Term(this WebsiteItem item) => WebsiteItems[item];

    /// <summary>The term of a part of the implementation act.</summary>
    /// <param name="part">The part.</param>
    /// <returns>Its code and names.</returns>
    public static Term<ImplementationActPart> Term(this ImplementationActPart part) => ImplementationActParts[part];

    /// <summary>The term of a methodical body.</summary>
    /// <param name="body">The body.</param>
    /// <returns>Its code and names.</returns>
    public static Term<MethodicalBody> Term(this MethodicalBody body) => MethodicalBodies[body];

    /// <summary>The term of a reviewed document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Its code and names.</returns>
    public static Term<ReviewedDocument> Term(this ReviewedDocument document) => ReviewedDocuments[document];

    /// <summary>The documents a review may concern.</summary>
    public static Vocabulary<ReviewedDocument> ReviewedDocuments { get; } = Vocabulary<ReviewedDocument>.For("document")
        .Add(ReviewedDocument.Regulation, "regulation", "положение о системе наставничества", "the regulation on mentoring", "001 roadmap 1.1")
        .Add(ReviewedDocument.Roadmap, "roadmap", "дорожная карта", "the roadmap", "001 roadmap 1.1")
        .Build();
}
