using Mentoring.Domain.Consents;
using Mentoring.Domain.Employment;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Registries;
using Mentoring.Domain.Roadmaps;

namespace Mentoring.Domain.Cases;

/// <summary>
/// Collects the parts of a <see cref="MentoringCase"/> and checks, on <see cref="Build"/>, that identifiers are
/// unique and that every reference points at something the case contains.
/// </summary>
/// <remarks>
/// A builder is a unit of work of one thread. Paths in errors follow the case file's layout, such as
/// <c>pairs[2].mentors[0]</c>.
/// </remarks>
public sealed partial class MentoringCaseBuilder
{
    /// <summary>Starts a case of one organization.</summary>
    /// <param name="organization">The organization.</param>
    public MentoringCaseBuilder(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        Organization = organization;
    }

    internal Organization Organization { get; }

    internal List<Teacher> Teachers { get; } = [];

    internal List<Student> Students { get; } = [];

    internal List<ExternalPerson> ExternalPeople { get; } = [];

    internal List<Order> Orders { get; } = [];

    internal List<Consent> Consents { get; } = [];

    internal List<EmploymentAddendum> Addenda { get; } = [];

    internal List<MentoringPair> Pairs { get; } = [];

    internal List<PersonalizedProgram> Programs { get; } = [];

    internal List<Petition> Petitions { get; } = [];

    internal MentorRegistry? MentorRegistry { get; private set; }

    internal MenteeRegistry? MenteeRegistry { get; private set; }

    internal List<Roadmap> Roadmaps { get; } = [];

    internal List<Assessment> Assessments { get; } = [];

    internal List<MonitoringReport> Reports { get; } = [];

    internal List<SigningAuthority> SigningAuthorities { get; } = [];
    internal OrganizationRecords Records { get; private set; } = OrganizationRecords.Empty;

    /// <summary>Adds staff members.</summary>
    /// <param name="teachers">The teachers.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddTeachers(params IEnumerable<Teacher> teachers) => AddTo(Teachers, teachers);

    /// <summary>Adds students.</summary>
    /// <param name="students">The students.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddStudents(params IEnumerable<Student> students) => AddTo(Students, students);

    /// <summary>Adds people from outside the organization.</summary>
    /// <param name="people">The people.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddExternalPeople(params IEnumerable<ExternalPerson> people) => AddTo(ExternalPeople, people);

    /// <summary>Adds orders.</summary>
    /// <param name="orders">The orders.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddOrders(params IEnumerable<Order> orders) => AddTo(Orders, orders);

    /// <summary>Adds consents.</summary>
    /// <param name="consents">The consents.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddConsents(params IEnumerable<Consent> consents) => AddTo(Consents, consents);

    /// <summary>Adds employment-contract addenda.</summary>
    /// <param name="addenda">The addenda.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddAddenda(params IEnumerable<EmploymentAddendum> addenda) => AddTo(Addenda, addenda);

    /// <summary>Adds pairs and groups.</summary>
    /// <param name="pairs">The pairs.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddPairs(params IEnumerable<MentoringPair> pairs) => AddTo(Pairs, pairs);

    /// <summary>Adds personalized programs.</summary>
    /// <param name="programs">The programs.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddPrograms(params IEnumerable<PersonalizedProgram> programs) => AddTo(Programs, programs);

    /// <summary>Adds petitions.</summary>
    /// <param name="petitions">The petitions.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddPetitions(params IEnumerable<Petition> petitions) => AddTo(Petitions, petitions);

    /// <summary>Adds roadmaps.</summary>
    /// <param name="roadmaps">The roadmaps.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddRoadmaps(params IEnumerable<Roadmap> roadmaps) => AddTo(Roadmaps, roadmaps);

    /// <summary>Adds monitoring assessments.</summary>
    /// <param name="assessments">The assessments.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddAssessments(params IEnumerable<Assessment> assessments) => AddTo(Assessments, assessments);

    /// <summary>Adds the curator's analytical reports.</summary>
    /// <param name="reports">The reports.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddReports(params IEnumerable<MonitoringReport> reports) => AddTo(Reports, reports);

    /// <summary>Adds records of people who may sign the head's orders for a time (acting head, delegation).</summary>
    /// <param name="authorities">The records.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder AddSigningAuthorities(params IEnumerable<SigningAuthority> authorities) => AddTo(SigningAuthorities, authorities);

    /// <summary>Sets the mentor registry.</summary>
    /// <param name="registry">The registry.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder WithMentorRegistry(MentorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        MentorRegistry = registry;
        return this;
    }

    /// <summary>Sets what the file records about the mentoring system (refreshes, training, website, acts, reviews, submissions).</summary>
    /// <param name="records">The records.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder WithRecords(OrganizationRecords records)
    {
        ArgumentNullException.ThrowIfNull(records);
        Records = records;
        return this;
    }

    /// <summary>Sets the mentee registry.</summary>
    /// <param name="registry">The registry.</param>
    /// <returns>This builder.</returns>
    public MentoringCaseBuilder WithMenteeRegistry(MenteeRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        MenteeRegistry = registry;
        return this;
    }

    /// <summary>Checks the parts and builds the case.</summary>
    /// <returns>
    /// The case, or every error: first every error of the plain values given to <see cref="AddTeacher"/>,
    /// <see cref="AddStudent"/>, <see cref="AddPair"/> and <see cref="AddProgram"/> (when there are any, the checks
    /// across parts below wait until they are corrected); then MD0005 for a repeated identifier, MD0901 for a
    /// reference to something the case does not contain, MD0902 for a part of another organization.
    /// </returns>
    public Result<MentoringCase> Build()
    {
        if (_valueErrors.Count != 0)
        {
            return Result<MentoringCase>.Invalid(_valueErrors);
        }

        var errors = new List<ValidationError>();
        var org = Organization.Id;

        var people = new HashSet<PersonId>();
        CheckUnique(errors, people, Teachers, t => t.Id, "teachers");
        CheckUnique(errors, people, Students, s => s.Id, "students");
        CheckUnique(errors, people, ExternalPeople, p => p.Id, "externalPeople");
        CheckOrganization(errors, Teachers, t => t.OrganizationId, "teachers", org);
        CheckOrganization(errors, Students, s => s.OrganizationId, "students", org);

        var documents = new HashSet<DocumentId>();
        CheckUnique(errors, documents, Orders, o => o.Id, "orders");
        CheckUnique(errors, documents, Consents, c => c.Id, "consents");
        CheckUnique(errors, documents, Addenda, a => a.Id, "addenda");
        CheckUnique(errors, documents, Petitions, p => p.Id, "petitions");
        CheckUnique(errors, documents, Reports, r => r.Id, "reports");
        CheckUnique(errors, documents, SigningAuthorities, a => a.Id, "signingAuthorities");
        CheckOrganization(errors, Orders, o => o.OrganizationId, "orders", org);
        CheckOrganization(errors, Pairs, p => p.OrganizationId, "pairs", org);
        CheckOrganization(errors, Reports, r => r.OrganizationId, "reports", org);

        var pairs = new HashSet<PairId>();
        CheckUnique(errors, pairs, Pairs, p => p.Id, "pairs");
        var programs = new HashSet<ProgramId>();
        CheckUnique(errors, programs, Programs, p => p.Id, "programs");
        var roadmaps = new HashSet<RoadmapId>();
        CheckUnique(errors, roadmaps, Roadmaps, r => r.Id, "roadmaps");
        CheckUnique(errors, new HashSet<AssessmentId>(), Assessments, a => a.Id, "assessments");

        var refs = new References(errors, people, pairs, programs, roadmaps, documents);
        for (var i = 0; i < Pairs.Count; i++)
        {
            var pair = Pairs[i];
            refs.People(pair.Mentors, $"pairs[{i}].mentors");
            refs.People(pair.Mentees, $"pairs[{i}].mentees");
            refs.Document(pair.ApprovedByOrder, $"pairs[{i}].approvedByOrder");
        }

        for (var i = 0; i < Programs.Count; i++)
        {
            refs.Pair(Programs[i].PairId, $"programs[{i}].pairId");
        }

        for (var i = 0; i < Orders.Count; i++)
        {
            var path = $"orders[{i}]";
            switch (Orders[i])
            {
                case CuratorOrder curator:
                    refs.Person(curator.CuratorId, $"{path}.curatorId");
                    break;
                case PairingOrder pairing:
                    refs.Pairs(pairing.Pairs, $"{path}.pairs");
                    break;
                case RoadmapOrder roadmap:
                    refs.Roadmap(roadmap.RoadmapId, $"{path}.roadmapId");
                    break;
                case ReleaseOrder release:
                    refs.Person(release.ReleasedPersonId, $"{path}.releasedPersonId");
                    refs.Person(release.ReplacementId, $"{path}.replacementId");
                    break;
            }

            refs.Person(Orders[i].SignedBy, $"{path}.signedBy");
        }

        for (var i = 0; i < Consents.Count; i++)
        {
            var consent = Consents[i];

            // A legal representative (a parent) is often not listed anywhere else; the minor must be.
            if (consent.Kind != ConsentKind.LegalRepresentative)
            {
                refs.Person(consent.GivenBy, $"consents[{i}].givenBy");
            }

            refs.Person(consent.OnBehalfOf, $"consents[{i}].onBehalfOf");
            refs.Pair(consent.PairId, $"consents[{i}].pairId");
        }

        for (var i = 0; i < Addenda.Count; i++)
        {
            refs.Person(Addenda[i].TeacherId, $"addenda[{i}].teacherId");
        }

        for (var i = 0; i < Petitions.Count; i++)
        {
            refs.Pair(Petitions[i].PairId, $"petitions[{i}].pairId");
            refs.Person(Petitions[i].From, $"petitions[{i}].from");
            refs.Person(Petitions[i].NewMentor, $"petitions[{i}].newMentor");
        }

        for (var i = 0; i < Assessments.Count; i++)
        {
            refs.Person(Assessments[i].PersonId, $"assessments[{i}].personId");
            refs.Program(Assessments[i].ProgramId, $"assessments[{i}].programId");
        }

        for (var i = 0; i < Reports.Count; i++)
        {
            refs.Person(Reports[i].Author, $"reports[{i}].author");
        }

        for (var i = 0; i < SigningAuthorities.Count; i++)
        {
            refs.Person(SigningAuthorities[i].PersonId, $"signingAuthorities[{i}].personId");
        }

        if (MentorRegistry is not null)
        {
            CheckOrganization(errors, [MentorRegistry], r => r.OrganizationId, "mentorRegistry", org);
            for (var i = 0; i < MentorRegistry.Records.Count; i++)
            {
                refs.Person(MentorRegistry.Records[i].PersonId, $"mentorRegistry.records[{i}].personId");
            }
        }

        if (MenteeRegistry is not null)
        {
            CheckOrganization(errors, [MenteeRegistry], r => r.OrganizationId, "menteeRegistry", org);
            for (var i = 0; i < MenteeRegistry.Records.Count; i++)
            {
                refs.Person(MenteeRegistry.Records[i].PersonId, $"menteeRegistry.records[{i}].personId");
            }
        }

        for (var i = 0; i < Records.Trainings.Count; i++)
        {
            refs.Person(Records.Trainings[i].MentorId, $"mentorTrainings[{i}].mentorId");
        }

        return errors.Count == 0 ? new MentoringCase(this) : Result<MentoringCase>.Invalid(errors);
    }

    private MentoringCaseBuilder AddTo<T>(List<T> list, IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            list.Add(item);
        }

        return this;
    }

    private static void CheckUnique<T, TId>(List<ValidationError> errors, HashSet<TId> seen, List<T> items, Func<T, TId> id, string field)
        where TId : Identifier
    {
        for (var i = 0; i < items.Count; i++)
        {
            var value = id(items[i]);
            if (!seen.Add(value))
            {
                errors.Add(DomainErrors.General.DuplicateId(field, value.Value).At($"{field}[{i}].id"));
            }
        }
    }

    private static void CheckOrganization<T>(List<ValidationError> errors, IReadOnlyList<T> items, Func<T, OrganizationId> organization, string field, OrganizationId expected)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var found = organization(items[i]);
            if (found != expected)
            {
                var path = items.Count == 1 && field.EndsWith("Registry", StringComparison.Ordinal) ? field : $"{field}[{i}]";
                errors.Add(DomainErrors.Cases.OtherOrganization(path, found.Value, expected.Value));
            }
        }
    }

    /// <summary>Checks references against the identifiers the case contains.</summary>
    private sealed class References(
        List<ValidationError> errors,
        HashSet<PersonId> people,
        HashSet<PairId> pairs,
        HashSet<ProgramId> programs,
        HashSet<RoadmapId> roadmaps,
        HashSet<DocumentId> documents)
    {
        internal void Person(PersonId? id, string path) => Check(people, id, "person", path);

        internal void People(IReadOnlyList<PersonId> ids, string path)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                Check(people, ids[i], "person", $"{path}[{i}]");
            }
        }

        internal void Pair(PairId? id, string path) => Check(pairs, id, "pair", path);

        internal void Pairs(IReadOnlyList<PairId> ids, string path)
        {
            for (var i = 0; i < ids.Count; i++)
            {
                Check(pairs, ids[i], "pair", $"{path}[{i}]");
            }
        }

        internal void Program(ProgramId? id, string path) => Check(programs, id, "program", path);

        internal void Roadmap(RoadmapId? id, string path) => Check(roadmaps, id, "roadmap", path);

        internal void Document(DocumentId? id, string path) => Check(documents, id, "document", path);

        private void Check<TId>(HashSet<TId> known, TId? id, string what, string path)
            where TId : Identifier
        {
            if (id is not null && !known.Contains(id))
            {
                errors.Add(DomainErrors.Cases.UnknownReference(what, id.Value, path));
            }
        }
    }
}
