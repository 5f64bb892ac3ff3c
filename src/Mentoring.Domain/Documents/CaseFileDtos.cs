using System.Text.Json.Serialization;

namespace Mentoring.Domain.Documents;

// The case file's layout, as System.Text.Json sees it. Every property is optional here and codes and dates are
// strings: the mapper (CaseFileReader) says which are required and checks every value, so that one pass finds
// every problem. The same classes are written by CaseFileWriter.

/// <summary>The root: one organization's case, or a municipality with its organizations.</summary>
internal sealed class RootDto : CaseDto
{
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-3)]
    public string? Schema { get; set; }

    [JsonPropertyOrder(-2)]
    public int? FormatVersion { get; set; }

    [JsonPropertyOrder(-1)]
    public MunicipalityDto? Municipality { get; set; }

    public List<CaseDto?>? Organizations { get; set; }
}

internal class CaseDto
{
    public OrganizationDto? Organization { get; set; }

    public List<TeacherDto?>? Teachers { get; set; }

    public List<StudentDto?>? Students { get; set; }

    public List<ExternalPersonDto?>? ExternalPeople { get; set; }

    public List<OrderDto?>? Orders { get; set; }

    public List<ConsentDto?>? Consents { get; set; }

    public List<AddendumDto?>? Addenda { get; set; }

    public List<PairDto?>? Pairs { get; set; }

    public List<ProgramDto?>? Programs { get; set; }

    public List<PetitionDto?>? Petitions { get; set; }

    public MentorRegistryDto? MentorRegistry { get; set; }

    public MenteeRegistryDto? MenteeRegistry { get; set; }

    public List<RoadmapDto?>? Roadmaps { get; set; }

    public List<AssessmentDto?>? Assessments { get; set; }

    public List<ReportDto?>? Reports { get; set; }

    public List<SigningAuthorityDto?>? SigningAuthorities { get; set; }
    public List<string?>? CuratorRefreshes { get; set; }

    public List<MentorTrainingDto?>? MentorTrainings { get; set; }

    public List<string?>? WebsiteContents { get; set; }

    public ImplementationActDto? ImplementationAct { get; set; }

    public MethodicalAssociationDto? MethodicalAssociation { get; set; }

    public List<DocumentReviewDto?>? DocumentReviews { get; set; }

    public List<RegistrySubmissionDto?>? RegistrySubmissions { get; set; }
}

internal sealed class MentorTrainingDto
{
    public string? MentorId { get; set; }

    public string? Date { get; set; }

    public string? Title { get; set; }
}

internal sealed class ImplementationActDto
{
    public string? Number { get; set; }

    public string? Date { get; set; }

    public List<string?>? Parts { get; set; }

    public List<string?>? MonitoringDates { get; set; }
}

internal sealed class MethodicalAssociationDto
{
    public string? Body { get; set; }

    public string? EstablishedOn { get; set; }

    public string? Name { get; set; }
}

internal sealed class DocumentReviewDto
{
    public string? Document { get; set; }

    public string? Date { get; set; }

    public bool? NewEdition { get; set; }
}

internal sealed class RegistrySubmissionDto
{
    public string? Date { get; set; }

    public bool? Mentors { get; set; }

    public bool? Mentees { get; set; }
}

internal sealed class MunicipalityDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Region { get; set; }
}

internal sealed class OrganizationDto
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? MunicipalityId { get; set; }

    public string? HeadId { get; set; }

    public bool? WebsiteHasMentoringSection { get; set; }
}

internal sealed class NameDto
{
    public string? Surname { get; set; }

    public string? GivenName { get; set; }

    public string? Patronymic { get; set; }
}

internal sealed class TeacherDto
{
    public string? Id { get; set; }

    public NameDto? Name { get; set; }

    public string? Position { get; set; }

    public string? BirthDate { get; set; }

    public string? HireDate { get; set; }

    public string? PedagogicalCareerStart { get; set; }

    public bool? IsHead { get; set; }

    public bool? IsDeputyHead { get; set; }

    public bool? IsPedagogicalWorker { get; set; }

    public List<string?>? Competences { get; set; }

    public List<TeacherPostDto?>? Posts { get; set; }
}

internal sealed class TeacherPostDto
{
    public string? Title { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public bool? PriorExperience { get; set; }

    public string? ProbationEnd { get; set; }
}

internal sealed class StudentDto
{
    public string? Id { get; set; }

    public NameDto? Name { get; set; }

    public string? BirthDate { get; set; }

    public int? Grade { get; set; }
}

internal sealed class ExternalPersonDto
{
    public string? Id { get; set; }

    public NameDto? Name { get; set; }

    public string? Organization { get; set; }

    public string? Position { get; set; }

    public string? BirthDate { get; set; }
}

internal sealed class OrderDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Number { get; set; }

    public string? Date { get; set; }

    public string? SignedBy { get; set; }

    public string? CuratorId { get; set; }

    public List<string?>? Pairs { get; set; }

    public string? ReviewedByCouncilOn { get; set; }

    public PeriodDto? Term { get; set; }

    public string? RoadmapId { get; set; }

    public string? ReleasedPersonId { get; set; }

    public string? Reason { get; set; }

    public string? ReplacementId { get; set; }

    public string? ContinuityNote { get; set; }
}

internal sealed class SigningAuthorityDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? PersonId { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string? Basis { get; set; }
}

internal sealed class ConsentDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? GivenBy { get; set; }

    public string? OnBehalfOf { get; set; }

    public string? PairId { get; set; }

    public string? Form { get; set; }

    public string? GivenOn { get; set; }

    public string? WithdrawnOn { get; set; }

    public string? Status { get; set; }

    public string? RecordedOn { get; set; }
}

internal sealed class PeriodDto
{
    public string? Start { get; set; }

    public string? End { get; set; }
}

internal sealed class AddendumDto
{
    public string? Id { get; set; }

    public string? TeacherId { get; set; }

    public string? SignedOn { get; set; }

    public string? Content { get; set; }

    public PeriodDto? Term { get; set; }

    public string? Form { get; set; }

    public decimal? Pay { get; set; }
}

internal sealed class PairDto
{
    public string? Id { get; set; }

    public List<string?>? Mentors { get; set; }

    public List<string?>? Mentees { get; set; }

    public string? Form { get; set; }

    public string? RoleModel { get; set; }

    public List<string?>? Kinds { get; set; }

    public string? ApprovedByOrder { get; set; }

    public string? FormedOn { get; set; }

    public bool? CuratorInvolved { get; set; }
}

internal sealed class ProgramDto
{
    public string? Id { get; set; }

    public string? PairId { get; set; }

    public PeriodDto? Term { get; set; }

    public string? Direction { get; set; }

    public List<string?>? MenteeDifficulties { get; set; }

    public List<string?>? MenteeStrengths { get; set; }

    public string? Form { get; set; }

    public List<string?>? Kinds { get; set; }

    public List<ActivityDto?>? Activities { get; set; }

    public string? Status { get; set; }

    public string? ApprovedOn { get; set; }

    public string? ActivatedOn { get; set; }

    public List<StageEntryDto?>? StageHistory { get; set; }

    public List<ChangeDto?>? Changes { get; set; }

    public CompletionDto? Completion { get; set; }

    public List<PublicationDto?>? Publications { get; set; }

    public MentorReportDto? MentorReport { get; set; }
}

internal sealed class MentorReportDto
{
    public string? SubmittedOn { get; set; }

    public string? Author { get; set; }

    public string? Title { get; set; }
}

internal sealed class ActivityDto
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Due { get; set; }

    public string? Responsible { get; set; }

    public string? DoneOn { get; set; }
}

internal sealed class StageEntryDto
{
    public string? Stage { get; set; }

    public string? EnteredOn { get; set; }
}

internal sealed class ChangeDto
{
    public string? Kind { get; set; }

    public string? RequestedOn { get; set; }

    public string? Description { get; set; }

    public List<string?>? ConsentedBy { get; set; }

    public string? NewEnd { get; set; }

    public string? NewForm { get; set; }

    public string? Activity { get; set; }

    public string? NewDue { get; set; }
}

internal sealed class CompletionDto
{
    public string? Ground { get; set; }

    public string? Date { get; set; }

    public string? Reason { get; set; }

    public string? InitiatedBy { get; set; }

    public string? NoticeGivenOn { get; set; }

    public bool? ByMutualDecision { get; set; }
}

internal sealed class PublicationDto
{
    public string? PublishedOn { get; set; }

    public string? Where { get; set; }
}

internal sealed class PetitionDto
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? PairId { get; set; }

    public string? From { get; set; }

    public string? FiledOn { get; set; }

    public bool? AddressedToCurator { get; set; }

    public bool? AddressedToHead { get; set; }

    public string? Outcome { get; set; }

    public string? DecidedOn { get; set; }

    public string? NewMentor { get; set; }
}

internal sealed class MentorRegistryDto
{
    public List<MentorRecordDto?>? Records { get; set; }
}

internal sealed class MenteeRegistryDto
{
    public List<MenteeRecordDto?>? Records { get; set; }
}

internal sealed class AgeRangeDto
{
    public int? Min { get; set; }

    public int? Max { get; set; }
}

internal sealed class TimeResourceDto
{
    public decimal? HoursPerWeek { get; set; }

    public string? Text { get; set; }
}

internal sealed class MentorRecordDto
{
    public string? Id { get; set; }

    public string? PersonId { get; set; }

    public string? FullName { get; set; }

    public string? Workplace { get; set; }

    public List<string?>? Competences { get; set; }

    public string? Achievements { get; set; }

    public string? Interests { get; set; }

    public AgeRangeDto? PreferredMenteeAge { get; set; }

    public TimeResourceDto? TimeAvailable { get; set; }

    public string? EntryDate { get; set; }

    public List<string?>? Mentees { get; set; }

    public string? Form { get; set; }

    public string? MenteeWorkplace { get; set; }

    public string? CompletionDate { get; set; }

    public string? Results { get; set; }

    public string? CaseLink { get; set; }
}

internal sealed class MenteeRecordDto
{
    public string? Id { get; set; }

    public string? PersonId { get; set; }

    public string? FullName { get; set; }

    public int? BirthYear { get; set; }

    public string? MainRequest { get; set; }

    public string? EntryDate { get; set; }

    public string? MentorName { get; set; }

    public string? Form { get; set; }

    public string? MentorWorkplace { get; set; }

    public string? CompletionDate { get; set; }

    public string? Results { get; set; }

    public string? CaseLink { get; set; }

    public string? CompletionMark { get; set; }

    public string? SupportWhileUnpaired { get; set; }

    public bool? NeedsSupport { get; set; }
}

internal sealed class RoadmapDto
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Issuer { get; set; }

    public string? OrderNumber { get; set; }

    public string? OrderDate { get; set; }

    public PeriodDto? Period { get; set; }

    public List<RoadmapActivityDto?>? Activities { get; set; }
}

internal sealed class RoadmapActivityDto
{
    public string? Number { get; set; }

    public string? Section { get; set; }

    public string? Stage { get; set; }

    public string? Title { get; set; }

    public string? Deadline { get; set; }

    public string? Responsible { get; set; }

    public string? ExpectedResult { get; set; }

    public string? DoneOn { get; set; }

    public List<string?>? DoneDates { get; set; }
}

internal sealed class ScaleDto
{
    public string? Name { get; set; }

    public decimal? Min { get; set; }

    public decimal? Max { get; set; }
}

internal sealed class AssessmentDto
{
    public string? Id { get; set; }

    public string? PersonId { get; set; }

    public string? ProgramId { get; set; }

    public string? Phase { get; set; }

    public string? Date { get; set; }

    public decimal? Score { get; set; }

    public ScaleDto? Scale { get; set; }

    public string? Notes { get; set; }
}

internal sealed class ReportDto
{
    public string? Id { get; set; }

    public int? Year { get; set; }

    public string? Author { get; set; }

    public string? SubmittedOn { get; set; }
}

/// <summary>The source-generated serializer of the case file's DTOs.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(RootDto))]
internal sealed partial class CaseFileJsonContext : JsonSerializerContext;
