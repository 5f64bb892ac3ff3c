using Mentoring.Domain.Organizations;
using Mentoring.Rules.Tests.Policies.Support;

namespace Mentoring.Rules.Tests.Policies.Organizations;

/// <summary>The organization's records (<see cref="OrganizationRecords"/>) for the organization, registry and monitoring rules' tests.</summary>
public static class RecordsParts
{
    /// <summary>Sets the case's records.</summary>
    public static CaseBuilder Records(
        this CaseBuilder builder,
        IEnumerable<DateOnly>? curatorRefreshes = null,
        IEnumerable<MentorTraining>? trainings = null,
        IEnumerable<WebsiteItem>? website = null,
        ImplementationAct? act = null,
        MethodicalAssociation? association = null,
        IEnumerable<DocumentReview>? reviews = null,
        IEnumerable<RegistrySubmission>? submissions = null) =>
        builder.With(b => b.WithRecords(OrganizationRecords.Create(curatorRefreshes, trainings, website, act, association, reviews, submissions)));

    /// <summary>A training of a mentor.</summary>
    public static MentorTraining Trained(string mentorId, DateOnly on) => new(CaseBuilder.P(mentorId), on, "Установочная сессия для наставников");
}
