namespace Mentoring.Domain.Monitoring;

/// <summary>The curator's yearly analytical report on the organization's mentoring system (аналитическая справка).</summary>
/// <remarks>002 §2 (куратор): the curator prepares an analytical report on the mentoring system; rule <c>monitoring.curator-report</c>.</remarks>
public sealed class MonitoringReport
{
    private MonitoringReport(DocumentId id, OrganizationId organizationId, int year, PersonId? author, DateOnly? submittedOn)
    {
        Id = id;
        OrganizationId = organizationId;
        Year = year;
        Author = author;
        SubmittedOn = submittedOn;
    }

    /// <summary>The lowest year accepted.</summary>
    public const int MinYear = 1990;

    /// <summary>The highest year accepted.</summary>
    public const int MaxYear = 2100;

    /// <summary>The report's identifier as a document.</summary>
    public DocumentId Id { get; }

    /// <summary>The organization it reports on.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The year it reports on.</summary>
    public int Year { get; }

    /// <summary>The author (the curator), when known.</summary>
    public PersonId? Author { get; }

    /// <summary>The day it was submitted, or null when unknown.</summary>
    public DateOnly? SubmittedOn { get; }

    /// <summary>Creates a report.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="organizationId">The organization.</param>
    /// <param name="year">The year reported on, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="author">The author, if known.</param>
    /// <param name="submittedOn">The day of submission, if known; not before the year began.</param>
    /// <returns>The report, or every error: MD0006 at <c>year</c>, MD0803 at <c>submittedOn</c>.</returns>
    public static Result<MonitoringReport> Create(DocumentId id, OrganizationId organizationId, int year, PersonId? author = null, DateOnly? submittedOn = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(organizationId);
        var yearCheck = ResultExtras.Ensure(year is >= MinYear and <= MaxYear, DomainErrors.General.OutOfRange("year", year, MinYear, MaxYear));
        var submittedCheck = ResultExtras.Ensure(
            submittedOn is null || submittedOn.Value.Year >= year,
            DomainErrors.Monitoring.ReportBeforeYear(year, submittedOn.GetValueOrDefault()));
        return ResultExtras.Combine(yearCheck, submittedCheck).Then(() => new MonitoringReport(id, organizationId, year, author, submittedOn));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id}: {OrganizationId} {Year}";
}
