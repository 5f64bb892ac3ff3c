using System.Globalization;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Employment;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Registries;
using Mentoring.Domain.Roadmaps;
using Mentoring.Domain.Stages;

namespace Mentoring.Domain.Documents;

/// <summary>
/// The third pass: maps the DTOs to the domain through its validating factories and transitions, collecting
/// every error with the JSON path it concerns.
/// </summary>
internal sealed class CaseFileMapper(List<ValidationError> errors, HashSet<string> badPaths)
{
    internal const string DateFormat = "yyyy-MM-dd";

    private static readonly OrganizationId Placeholder = OrganizationId.Create("unknown").Value;

    internal MunicipalCase? Map(RootDto? root)
    {
        if (root is null)
        {
            return null;
        }

        if (root.FormatVersion is { } version && version != CaseFile.FormatVersion)
        {
            errors.Add(DomainErrors.CaseFiles.UnsupportedVersion(version.ToString(CultureInfo.InvariantCulture), CaseFile.FormatVersion));
        }

        if (root.Organizations is { } organizations)
        {
            if (HasCaseContent(root))
            {
                errors.Add(DomainErrors.CaseFiles.Shape());
            }

            var municipality = root.Municipality is { } m ? MapMunicipality(m, "$.municipality") : null;
            var cases = Items(organizations, "$.organizations", MapCase);
            MunicipalCase? municipal = null;
            Guarded(JsonPaths.Root, () => municipal = errors.Count != 0 ? null : Collect(MunicipalCase.Create(municipality, cases), JsonPaths.Root, null));
            return errors.Count != 0 ? null : municipal;
        }

        if (root.Organization is null || root.Municipality is not null)
        {
            if (!badPaths.Contains("$.organization"))
            {
                errors.Add(DomainErrors.CaseFiles.Shape());
            }

            return null;
        }

        MentoringCase? single = null;
        Guarded(JsonPaths.Root, () => single = MapCase(root, JsonPaths.Root));
        return single is null || errors.Count != 0 ? null : Collect(MunicipalCase.Create(null, [single]), JsonPaths.Root, null);
    }

    private static bool HasCaseContent(CaseDto d) =>
        d.Organization is not null || d.Teachers is not null || d.Students is not null || d.ExternalPeople is not null
        || d.Orders is not null || d.Consents is not null || d.Addenda is not null || d.Pairs is not null || d.Programs is not null
        || d.Petitions is not null || d.MentorRegistry is not null || d.MenteeRegistry is not null || d.Roadmaps is not null
        || d.Assessments is not null || d.Reports is not null || d.SigningAuthorities is not null || d.CuratorRefreshes is not null || d.MentorTrainings is not null
        || d.WebsiteContents is not null || d.ImplementationAct is not null || d.MethodicalAssociation is not null
        || d.DocumentReviews is not null || d.RegistrySubmissions is not null;

    private MentoringCase? MapCase(CaseDto d, string p)
    {
        var before = errors.Count;
        var organization = Required(d.Organization, Prop(p, "organization")) is { } o ? MapOrganization(o, Prop(p, "organization")) : null;
        var org = organization?.Id ?? Placeholder;
        var teachers = Items(d.Teachers, Prop(p, "teachers"), (t, tp) => MapTeacher(t, tp, org));
        var students = Items(d.Students, Prop(p, "students"), (s, sp) => MapStudent(s, sp, org));
        var external = Items(d.ExternalPeople, Prop(p, "externalPeople"), MapExternal);
        var orders = Items(d.Orders, Prop(p, "orders"), (x, xp) => MapOrder(x, xp, org));
        var consents = Items(d.Consents, Prop(p, "consents"), MapConsent);
        var addenda = Items(d.Addenda, Prop(p, "addenda"), MapAddendum);
        var pairs = Items(d.Pairs, Prop(p, "pairs"), (x, xp) => MapPair(x, xp, org));
        var programs = Items(d.Programs, Prop(p, "programs"), MapProgram);
        var petitions = Items(d.Petitions, Prop(p, "petitions"), MapPetition);
        var mentorRegistry = d.MentorRegistry is { } mr ? MapMentorRegistry(mr, Prop(p, "mentorRegistry"), org) : null;
        var menteeRegistry = d.MenteeRegistry is { } me ? MapMenteeRegistry(me, Prop(p, "menteeRegistry"), org) : null;
        var roadmaps = Items(d.Roadmaps, Prop(p, "roadmaps"), MapRoadmap);
        var assessments = Items(d.Assessments, Prop(p, "assessments"), MapAssessment);
        var reports = Items(d.Reports, Prop(p, "reports"), (x, xp) => MapReport(x, xp, org));
        var authorities = Items(d.SigningAuthorities, Prop(p, "signingAuthorities"), MapSigningAuthority);
        var records = MapRecords(d, p);
        if (organization is null || errors.Count != before)
        {
            return null;
        }

        var builder = new MentoringCaseBuilder(organization)
            .AddTeachers(teachers).AddStudents(students).AddExternalPeople(external).AddOrders(orders).AddConsents(consents)
            .AddAddenda(addenda).AddPairs(pairs).AddPrograms(programs).AddPetitions(petitions).AddRoadmaps(roadmaps)
            .AddAssessments(assessments).AddReports(reports).AddSigningAuthorities(authorities).WithRecords(records);
        if (mentorRegistry is not null)
        {
            builder.WithMentorRegistry(mentorRegistry);
        }

        if (menteeRegistry is not null)
        {
            builder.WithMenteeRegistry(menteeRegistry);
        }

        return Collect(builder.Build(), p, null);
    }

    private Municipality? MapMunicipality(MunicipalityDto d, string p)
    {
        var id = Id(d.Id, Prop(p, "id"), MunicipalityId.Create);
        return id is null ? null : Collect(Municipality.Create(id, d.Name, d.Region), p, null);
    }

    private Organization? MapOrganization(OrganizationDto d, string p)
    {
        var id = Id(d.Id, Prop(p, "id"), OrganizationId.Create);
        var kind = Code(d.Kind, Prop(p, "kind"), OrganizationKinds.Vocabulary, true);
        var municipality = Id(d.MunicipalityId, Prop(p, "municipalityId"), MunicipalityId.Create, false);
        var head = Id(d.HeadId, Prop(p, "headId"), PersonId.Create, false);
        return id is null || kind is null
            ? null
            : Collect(Organization.Create(id, d.Name, kind.Value, municipality, head, d.WebsiteHasMentoringSection), p, null);
    }

    private PersonName? MapName(NameDto? d, string p) =>
        Required(d, p) is { } n ? Collect(PersonName.Create(n.Surname, n.GivenName, n.Patronymic), p, null) : null;

    private Teacher? MapTeacher(TeacherDto d, string p, OrganizationId org)
    {
        var id = Id(d.Id, Prop(p, "id"), PersonId.Create);
        var name = MapName(d.Name, Prop(p, "name"));
        var birth = Date(d.BirthDate, Prop(p, "birthDate"));
        var hire = Date(d.HireDate, Prop(p, "hireDate"));
        var career = Date(d.PedagogicalCareerStart, Prop(p, "pedagogicalCareerStart"));
        var before = errors.Count;
        var posts = Items(d.Posts, Prop(p, "posts"), MapPost);
        return id is null || name is null || errors.Count != before
            ? null
            : Collect(
                Teacher.Create(id, name, org, d.Position, birth, hire, career, d.IsHead ?? false, d.IsDeputyHead ?? false, d.IsPedagogicalWorker ?? true, Strings(d.Competences), posts),
                p,
                null);
    }

    private TeacherPost? MapPost(TeacherPostDto d, string p)
    {
        var from = Date(d.From, Prop(p, "from"), true);
        var to = Date(d.To, Prop(p, "to"));
        var probation = Date(d.ProbationEnd, Prop(p, "probationEnd"));
        if (d.Title is null)
        {
            Required<string>(null, Prop(p, "title"));
        }

        return from is not { } first || d.Title is null ? null : Collect(TeacherPost.Create(d.Title, first, to, d.PriorExperience, probation), p, null);
    }

    private Student? MapStudent(StudentDto d, string p, OrganizationId org)
    {
        var id = Id(d.Id, Prop(p, "id"), PersonId.Create);
        var name = MapName(d.Name, Prop(p, "name"));
        var birth = Date(d.BirthDate, Prop(p, "birthDate"));
        return id is null || name is null ? null : Collect(Student.Create(id, name, org, birth, d.Grade), p, null);
    }

    private ExternalPerson? MapExternal(ExternalPersonDto d, string p)
    {
        var id = Id(d.Id, Prop(p, "id"), PersonId.Create);
        var name = MapName(d.Name, Prop(p, "name"));
        var birth = Date(d.BirthDate, Prop(p, "birthDate"));
        return id is null || name is null ? null : Collect(ExternalPerson.Create(id, name, d.Organization, d.Position, birth), p, null);
    }

    private Order? MapOrder(OrderDto d, string p, OrganizationId org)
    {
        var id = Id(d.Id, Prop(p, "id"), DocumentId.Create);
        var kind = Code(d.Kind, Prop(p, "kind"), OrderKinds.Vocabulary, true);
        var date = Date(d.Date, Prop(p, "date"), true);
        var signedBy = Id(d.SignedBy, Prop(p, "signedBy"), PersonId.Create, false);
        if (kind is not { } k)
        {
            return null;
        }

        var code = k.Term().Code;
        NotFor(k != OrderKind.Curator, d.CuratorId, Prop(p, "curatorId"), code);
        NotFor(k != OrderKind.Pairing, d.Pairs, Prop(p, "pairs"), code);
        NotFor(k != OrderKind.Pairing, d.ReviewedByCouncilOn, Prop(p, "reviewedByCouncilOn"), code);
        NotFor(k != OrderKind.Pairing, d.Term, Prop(p, "term"), code);
        NotFor(k != OrderKind.Roadmap, d.RoadmapId, Prop(p, "roadmapId"), code);
        NotFor(k != OrderKind.Release, d.ReleasedPersonId, Prop(p, "releasedPersonId"), code);
        NotFor(k != OrderKind.Release, d.Reason, Prop(p, "reason"), code);
        NotFor(k != OrderKind.Release, d.ReplacementId, Prop(p, "replacementId"), code);
        NotFor(k != OrderKind.Release, d.ContinuityNote, Prop(p, "continuityNote"), code);
        if (id is null || date is not { } on)
        {
            return null;
        }

        switch (k)
        {
            case OrderKind.Regulation:
                return Collect(RegulationOrder.Create(id, d.Number, on, org, signedBy), p, null);
            case OrderKind.Curator:
                var curator = Id(d.CuratorId, Prop(p, "curatorId"), PersonId.Create);
                return curator is null ? null : Collect(CuratorOrder.Create(id, d.Number, on, org, curator, signedBy), p, null);
            case OrderKind.Pairing:
                var pairs = Ids(d.Pairs, Prop(p, "pairs"), PairId.Create);
                var reviewed = Date(d.ReviewedByCouncilOn, Prop(p, "reviewedByCouncilOn"));
                var before = errors.Count;
                var term = d.Term is { } t ? Period(t, Prop(p, "term")) : null;
                return pairs is null || errors.Count != before ? null : Collect(PairingOrder.Create(id, d.Number, on, org, pairs, signedBy, reviewed, term), p, null);
            case OrderKind.Roadmap:
                var roadmap = Id(d.RoadmapId, Prop(p, "roadmapId"), RoadmapId.Create);
                return roadmap is null ? null : Collect(RoadmapOrder.Create(id, d.Number, on, org, roadmap, signedBy), p, null);
            default:
                var released = Id(d.ReleasedPersonId, Prop(p, "releasedPersonId"), PersonId.Create);
                var replacement = Id(d.ReplacementId, Prop(p, "replacementId"), PersonId.Create, false);
                return released is null
                    ? null
                    : Collect(ReleaseOrder.Create(id, d.Number, on, org, released, d.Reason, replacement, d.ContinuityNote, signedBy), p, null);
        }
    }

    private SigningAuthority? MapSigningAuthority(SigningAuthorityDto d, string p)
    {
        var id = Id(d.Id, Prop(p, "id"), DocumentId.Create);
        var kind = Code(d.Kind, Prop(p, "kind"), SigningAuthorityKinds.Vocabulary, true);
        var person = Id(d.PersonId, Prop(p, "personId"), PersonId.Create);
        var from = Date(d.From, Prop(p, "from"), true);
        var to = Date(d.To, Prop(p, "to"));
        return id is null || kind is null || person is null || from is null
            ? null
            : Collect(SigningAuthority.Create(id, kind.Value, person, from.Value, to, d.Basis), p, null);
    }

    private Consent? MapConsent(ConsentDto d, string p)
    {
        var id = Id(d.Id, Prop(p, "id"), DocumentId.Create);
        var kind = Code(d.Kind, Prop(p, "kind"), ConsentKinds.Vocabulary, true);
        var givenBy = Id(d.GivenBy, Prop(p, "givenBy"), PersonId.Create);
        var onBehalfOf = Id(d.OnBehalfOf, Prop(p, "onBehalfOf"), PersonId.Create, false);
        var pair = Id(d.PairId, Prop(p, "pairId"), PairId.Create, false);
        var parsed = Code(d.Status, Prop(p, "status"), ConsentStatuses.Vocabulary, false);
        if (d.Status is not null && parsed is null)
        {
            return null; // an unknown status: which fields belong is unknown too
        }

        var status = parsed ?? ConsentStatus.Given;
        if (status != ConsentStatus.Given)
        {
            // A refusal or a record that the consent was not given: the day of the record, and nothing a given consent has.
            var code = status.Term().Code;
            NotFor(true, d.Form, Prop(p, "form"), code);
            NotFor(true, d.GivenOn, Prop(p, "givenOn"), code);
            NotFor(true, d.WithdrawnOn, Prop(p, "withdrawnOn"), code);
            var recordedOn = Date(d.RecordedOn, Prop(p, "recordedOn"), true);
            return id is null || kind is null || givenBy is null || recordedOn is null
                ? null
                : Collect(
                    status == ConsentStatus.Refused
                        ? Consent.Refused(id, kind.Value, givenBy, recordedOn.Value, onBehalfOf, pair)
                        : Consent.NotGiven(id, kind.Value, givenBy, recordedOn.Value, onBehalfOf, pair),
                    p,
                    null);
        }

        NotFor(true, d.RecordedOn, Prop(p, "recordedOn"), status.Term().Code);
        var form = Code(d.Form, Prop(p, "form"), ConsentForms.Vocabulary, false) ?? ConsentForm.Written;
        var givenOn = Date(d.GivenOn, Prop(p, "givenOn"), true);
        var withdrawnOn = Date(d.WithdrawnOn, Prop(p, "withdrawnOn"));
        return id is null || kind is null || givenBy is null || givenOn is null
            ? null
            : Collect(Consent.Create(id, kind.Value, givenBy, givenOn.Value, form, onBehalfOf, pair, withdrawnOn), p, null);
    }

    private EmploymentAddendum? MapAddendum(AddendumDto d, string p)
    {
        var id = Id(d.Id, Prop(p, "id"), DocumentId.Create);
        var teacher = Id(d.TeacherId, Prop(p, "teacherId"), PersonId.Create);
        var signedOn = Date(d.SignedOn, Prop(p, "signedOn"), true);
        var term = d.Term is { } t ? Period(t, Prop(p, "term")) : null;
        var form = Code(d.Form, Prop(p, "form"), MentoringForms.Vocabulary, false);
        return id is null || teacher is null || signedOn is null || (d.Term is not null && term is null)
            ? null
            : Collect(EmploymentAddendum.Create(id, teacher, signedOn.Value, d.Content, term, form, d.Pay), p, null);
    }

    private MentoringPair? MapPair(PairDto d, string p, OrganizationId org)
    {
        var id = Id(d.Id, Prop(p, "id"), PairId.Create);
        var mentors = Ids(d.Mentors, Prop(p, "mentors"), PersonId.Create);
        var mentees = Ids(d.Mentees, Prop(p, "mentees"), PersonId.Create);
        var form = Code(d.Form, Prop(p, "form"), MentoringForms.Vocabulary, true);
        var roleModel = Code(d.RoleModel, Prop(p, "roleModel"), RoleModels.Vocabulary, false);
        var kinds = Codes(d.Kinds, Prop(p, "kinds"), MentoringKinds.Vocabulary);
        var order = Id(d.ApprovedByOrder, Prop(p, "approvedByOrder"), DocumentId.Create, false);
        var formedOn = Date(d.FormedOn, Prop(p, "formedOn"));
        return id is null || mentors is null || mentees is null || form is null || kinds is null
            ? null
            : Collect(MentoringPair.Create(id, org, mentors, mentees, form.Value, roleModel, kinds, order, formedOn, d.CuratorInvolved), p, null);
    }

    private PersonalizedProgram? MapProgram(ProgramDto d, string p)
    {
        var before = errors.Count;
        var id = Id(d.Id, Prop(p, "id"), ProgramId.Create);
        var pair = Id(d.PairId, Prop(p, "pairId"), PairId.Create);
        var term = Required(d.Term, Prop(p, "term")) is { } t ? ProgramTermOf(t, Prop(p, "term")) : null;
        var form = Code(d.Form, Prop(p, "form"), MentoringForms.Vocabulary, false);
        var kinds = Codes(d.Kinds, Prop(p, "kinds"), MentoringKinds.Vocabulary);
        var activities = Items(d.Activities, Prop(p, "activities"), MapActivity);
        var status = Code(d.Status, Prop(p, "status"), ProgramStatuses.Vocabulary, false) ?? ProgramStatus.Draft;
        var approvedOn = Date(d.ApprovedOn, Prop(p, "approvedOn"));
        var activatedOn = Date(d.ActivatedOn, Prop(p, "activatedOn"));
        var stages = ValueItems(d.StageHistory, Prop(p, "stageHistory"), MapStage);
        var changes = Items(d.Changes, Prop(p, "changes"), MapChange);
        var completion = d.Completion is { } c ? MapCompletion(c, Prop(p, "completion")) : null;
        var publications = ValueItems(d.Publications, Prop(p, "publications"), (x, xp) => ((DateOnly? Date, string? Where, string Path)?)(Date(x.PublishedOn, Prop(xp, "publishedOn"), true), x.Where, xp));
        var report = d.MentorReport is { } r ? MapMentorReport(r, Prop(p, "mentorReport")) : null;

        var code = status.Term().Code;
        var approved = status is not ProgramStatus.Draft;
        var activated = status is ProgramStatus.Active or ProgramStatus.Completed;
        var finished = status.IsFinished();
        NotFor(!approved, d.ApprovedOn, Prop(p, "approvedOn"), code);
        NotFor(!activated && status != ProgramStatus.Terminated, d.ActivatedOn, Prop(p, "activatedOn"), code);
        NotFor(!finished, d.Completion, Prop(p, "completion"), code);
        if (approved)
        {
            Required(d.ApprovedOn, Prop(p, "approvedOn"));
        }

        if (activated)
        {
            Required(d.ActivatedOn, Prop(p, "activatedOn"));
        }

        if (finished)
        {
            Required(d.Completion, Prop(p, "completion"));
        }

        if (id is null || pair is null || term is null || kinds is null || errors.Count != before)
        {
            return null;
        }

        var created = Collect(PersonalizedProgram.Create(id, pair, term, d.Direction, Strings(d.MenteeDifficulties), Strings(d.MenteeStrengths), form, kinds, activities), p, null);
        if (created is null)
        {
            return null;
        }

        if (approvedOn is { } a)
        {
            Collect(created.Approve(a), p, null);
        }

        if (activatedOn is { } v && errors.Count == before)
        {
            Collect(created.Activate(v), p, null);
        }

        for (var i = 0; i < stages.Count && errors.Count == before; i++)
        {
            Collect(created.EnterStage(stages[i].Stage, stages[i].EnteredOn), JsonPaths.Item(Prop(p, "stageHistory"), i), "stage.");
        }

        for (var i = 0; i < changes.Count && errors.Count == before; i++)
        {
            Collect(created.ApplyChange(changes[i]), JsonPaths.Item(Prop(p, "changes"), i), "change.");
        }

        if (completion is not null && errors.Count == before)
        {
            Collect(status == ProgramStatus.Completed ? created.Complete(completion) : created.Terminate(completion), p, null);
        }

        foreach (var publication in publications)
        {
            if (publication.Date is { } on && errors.Count == before)
            {
                Collect(created.PublishResults(on, publication.Where), publication.Path, "publication.");
            }
        }

        if (report is not null && errors.Count == before)
        {
            Collect(created.RecordMentorReport(report), Prop(p, "mentorReport"), null);
        }

        return errors.Count == before ? created : null;
    }

    private PlannedActivity? MapActivity(ActivityDto d, string p)
    {
        var id = Id(d.Id, Prop(p, "id"), ActivityId.Create);
        var due = Date(d.Due, Prop(p, "due"), true);
        var responsible = Id(d.Responsible, Prop(p, "responsible"), PersonId.Create, false);
        var done = Date(d.DoneOn, Prop(p, "doneOn"));
        return id is null || due is null ? null : Collect(PlannedActivity.Create(id, d.Title, due.Value, responsible, done), p, null);
    }

    private (ProgramStage Stage, DateOnly EnteredOn)? MapStage(StageEntryDto d, string p)
    {
        var stage = Code(d.Stage, Prop(p, "stage"), ProgramStages.Vocabulary, true);
        var on = Date(d.EnteredOn, Prop(p, "enteredOn"), true);
        return stage is { } s && on is { } o ? (s, o) : null;
    }

    private ProgramChange? MapChange(ChangeDto d, string p)
    {
        var kind = Code(d.Kind, Prop(p, "kind"), ProgramChangeKinds.Vocabulary, true);
        var requestedOn = Date(d.RequestedOn, Prop(p, "requestedOn"), true);
        var consentedBy = Ids(d.ConsentedBy, Prop(p, "consentedBy"), PersonId.Create, false);
        var newEnd = Date(d.NewEnd, Prop(p, "newEnd"));
        var newForm = Code(d.NewForm, Prop(p, "newForm"), MentoringForms.Vocabulary, false);
        var activity = Id(d.Activity, Prop(p, "activity"), ActivityId.Create, false);
        var newDue = Date(d.NewDue, Prop(p, "newDue"));
        return kind is null || requestedOn is null || consentedBy is null
            ? null
            : Collect(ProgramChange.Create(kind.Value, requestedOn.Value, d.Description, consentedBy, newEnd, newForm, activity, newDue), p, "change.");
    }

    private MentorReport? MapMentorReport(MentorReportDto d, string p)
    {
        var submittedOn = Date(d.SubmittedOn, Prop(p, "submittedOn"), true);
        var author = Id(d.Author, Prop(p, "author"), PersonId.Create, false);
        return submittedOn is null ? null : Collect(MentorReport.Create(submittedOn.Value, author, d.Title), p, null);
    }

    private Completion? MapCompletion(CompletionDto d, string p)
    {
        var ground = Code(d.Ground, Prop(p, "ground"), CompletionGrounds.Vocabulary, true);
        var date = Date(d.Date, Prop(p, "date"), true);
        var initiatedBy = Id(d.InitiatedBy, Prop(p, "initiatedBy"), PersonId.Create, false);
        var notice = Date(d.NoticeGivenOn, Prop(p, "noticeGivenOn"));
        return ground is null || date is null ? null : Collect(Completion.Create(ground, date.Value, d.Reason, initiatedBy, notice, d.ByMutualDecision ?? false), p, "completion.");
    }

    private Petition? MapPetition(PetitionDto d, string p)
    {
        var id = Id(d.Id, Prop(p, "id"), DocumentId.Create);
        var kind = Code(d.Kind, Prop(p, "kind"), PetitionKinds.Vocabulary, true);
        var pair = Id(d.PairId, Prop(p, "pairId"), PairId.Create);
        var from = Id(d.From, Prop(p, "from"), PersonId.Create);
        var filedOn = Date(d.FiledOn, Prop(p, "filedOn"), true);
        var outcome = Code(d.Outcome, Prop(p, "outcome"), PetitionOutcomes.Vocabulary, false);
        var decidedOn = Date(d.DecidedOn, Prop(p, "decidedOn"));
        var newMentor = Id(d.NewMentor, Prop(p, "newMentor"), PersonId.Create, false);
        return id is null || kind is null || pair is null || from is null || filedOn is null
            ? null
            : Collect(Petition.Create(id, kind.Value, pair, from, filedOn.Value, d.AddressedToCurator ?? true, d.AddressedToHead ?? true, outcome, decidedOn, newMentor), p, null);
    }

    private MentorRegistry? MapMentorRegistry(MentorRegistryDto d, string p, OrganizationId org)
    {
        var before = errors.Count;
        var records = Items(d.Records, Prop(p, "records"), MapMentorRecord);
        return errors.Count != before ? null : Collect(MentorRegistry.Create(org, records), p, null);
    }

    private MentorRecord? MapMentorRecord(MentorRecordDto d, string p)
    {
        var id = Id(d.Id, Prop(p, "id"), RegistryRecordId.Create);
        var person = Id(d.PersonId, Prop(p, "personId"), PersonId.Create, false);
        var age = d.PreferredMenteeAge is { } a ? Collect(AgeRange.Create(a.Min, a.Max), p, null) : null;
        var time = d.TimeAvailable is { } t ? Collect(TimeResource.Create(t.HoursPerWeek, t.Text), p, null) : null;
        var entry = Date(d.EntryDate, Prop(p, "entryDate"));
        var completion = Date(d.CompletionDate, Prop(p, "completionDate"));
        var form = Code(d.Form, Prop(p, "form"), MentoringForms.Vocabulary, false);
        if (id is null || (d.PreferredMenteeAge is not null && age is null) || (d.TimeAvailable is not null && time is null))
        {
            return null;
        }

        return Collect(
            MentorRecord.Create(id, d.FullName, d.Workplace, Strings(d.Competences), d.Achievements, d.Interests, age, time, entry, Strings(d.Mentees), form, d.MenteeWorkplace, completion, d.Results, d.CaseLink, person),
            p,
            null);
    }

    private MenteeRegistry? MapMenteeRegistry(MenteeRegistryDto d, string p, OrganizationId org)
    {
        var before = errors.Count;
        var records = Items(d.Records, Prop(p, "records"), MapMenteeRecord);
        return errors.Count != before ? null : Collect(MenteeRegistry.Create(org, records), p, null);
    }

    private MenteeRecord? MapMenteeRecord(MenteeRecordDto d, string p)
    {
        var id = Id(d.Id, Prop(p, "id"), RegistryRecordId.Create);
        var person = Id(d.PersonId, Prop(p, "personId"), PersonId.Create, false);
        var entry = Date(d.EntryDate, Prop(p, "entryDate"));
        var completion = Date(d.CompletionDate, Prop(p, "completionDate"));
        var form = Code(d.Form, Prop(p, "form"), MentoringForms.Vocabulary, false);
        return id is null
            ? null
            : Collect(
                MenteeRecord.Create(id, d.FullName, d.BirthYear, d.MainRequest, entry, d.MentorName, form, d.MentorWorkplace, completion, d.Results, d.CaseLink, d.CompletionMark, d.SupportWhileUnpaired, person, d.NeedsSupport),
                p,
                null);
    }

    private Roadmap? MapRoadmap(RoadmapDto d, string p)
    {
        var before = errors.Count;
        var id = Id(d.Id, Prop(p, "id"), RoadmapId.Create);
        var orderDate = Date(d.OrderDate, Prop(p, "orderDate"));
        var period = d.Period is { } pd ? Period(pd, Prop(p, "period")) : null;
        var activities = Items(d.Activities, Prop(p, "activities"), (a, ap) => MapRoadmapActivity(a, ap, period));
        return id is null || errors.Count != before
            ? null
            : Collect(Roadmap.Create(id, d.Title, activities, d.Issuer, d.OrderNumber, orderDate, period), p, null);
    }

    private RoadmapActivity? MapRoadmapActivity(RoadmapActivityDto d, string p, DateRange? period)
    {
        var stage = Code(d.Stage, Prop(p, "stage"), RoadmapStages.Vocabulary, false);
        var done = Date(d.DoneOn, Prop(p, "doneOn"));
        var doneDates = (d.DoneDates ?? []).Select((raw, i) => Date(raw, $"{Prop(p, "doneDates")}[{i}]", true)).ToArray();
        var deadline = Required(d.Deadline, Prop(p, "deadline")) is { } text ? Collect(Deadline.Parse(text, period), Prop(p, "deadline"), "deadline") : null;
        return deadline is null
            ? null
            : Collect(RoadmapActivity.Create(d.Number, d.Title, deadline, d.Section, stage, d.Responsible, d.ExpectedResult, done, doneDates.OfType<DateOnly>()), p, null);
    }

    private Assessment? MapAssessment(AssessmentDto d, string p)
    {
        var id = Id(d.Id, Prop(p, "id"), AssessmentId.Create);
        var person = Id(d.PersonId, Prop(p, "personId"), PersonId.Create);
        var program = Id(d.ProgramId, Prop(p, "programId"), ProgramId.Create, false);
        var phase = Code(d.Phase, Prop(p, "phase"), AssessmentPhases.Vocabulary, true);
        var date = Date(d.Date, Prop(p, "date"), true);
        var scale = d.Scale is { } s ? MapScale(s, Prop(p, "scale")) : null;
        return id is null || person is null || phase is null || date is null || (d.Scale is not null && scale is null)
            ? null
            : Collect(Assessment.Create(id, person, phase.Value, date.Value, program, d.Score, scale, d.Notes), p, null);
    }

    private AssessmentScale? MapScale(ScaleDto d, string p)
    {
        var min = Required(d.Min, Prop(p, "min"));
        var max = Required(d.Max, Prop(p, "max"));
        return min is null || max is null ? null : Collect(AssessmentScale.Create(d.Name, min.Value, max.Value), p, "scale.");
    }

    private MonitoringReport? MapReport(ReportDto d, string p, OrganizationId org)
    {
        var id = Id(d.Id, Prop(p, "id"), DocumentId.Create);
        var year = Required(d.Year, Prop(p, "year"));
        var author = Id(d.Author, Prop(p, "author"), PersonId.Create, false);
        var submitted = Date(d.SubmittedOn, Prop(p, "submittedOn"));
        return id is null || year is null ? null : Collect(MonitoringReport.Create(id, org, year.Value, author, submitted), p, null);
    }

    private OrganizationRecords MapRecords(CaseDto d, string p)
    {
        var refreshes = d.CuratorRefreshes is null ? null : Dates(d.CuratorRefreshes, Prop(p, "curatorRefreshes"));
        var trainings = Items(d.MentorTrainings, Prop(p, "mentorTrainings"), MapTraining);
        var website = d.WebsiteContents is null ? null : Codes(d.WebsiteContents, Prop(p, "websiteContents"), OrganizationRecordCodes.WebsiteItems);
        var act = d.ImplementationAct is { } a ? MapImplementationAct(a, Prop(p, "implementationAct")) : null;
        var association = d.MethodicalAssociation is { } m ? MapAssociation(m, Prop(p, "methodicalAssociation")) : null;
        var reviews = Items(d.DocumentReviews, Prop(p, "documentReviews"), MapReview);
        var submissions = Items(d.RegistrySubmissions, Prop(p, "registrySubmissions"), MapSubmission);
        return OrganizationRecords.Create(refreshes, trainings, website, act, association, reviews, submissions);
    }

    private List<DateOnly> Dates(List<string?> raw, string path) =>
        ValueItems(raw, path, (s, sp) => Date(s, sp, true));

    private MentorTraining? MapTraining(MentorTrainingDto d, string p)
    {
        var mentor = Id(d.MentorId, Prop(p, "mentorId"), PersonId.Create);
        var date = Date(d.Date, Prop(p, "date"), true);
        return mentor is null || date is null ? null : new MentorTraining(mentor, date.Value, Texts.Optional(d.Title));
    }

    private ImplementationAct? MapImplementationAct(ImplementationActDto d, string p)
    {
        var date = Date(d.Date, Prop(p, "date"), true);
        var parts = Codes(d.Parts ?? [], Prop(p, "parts"), OrganizationRecordCodes.ImplementationActParts);
        var monitoring = Dates(d.MonitoringDates ?? [], Prop(p, "monitoringDates"));
        return date is null || parts is null ? null : new ImplementationAct(Texts.Optional(d.Number), date.Value, parts.ToHashSet(), monitoring.Order().ToArray());
    }

    private MethodicalAssociation? MapAssociation(MethodicalAssociationDto d, string p)
    {
        var body = Code(d.Body, Prop(p, "body"), OrganizationRecordCodes.MethodicalBodies, true);
        var established = Date(d.EstablishedOn, Prop(p, "establishedOn"));
        return body is null ? null : new MethodicalAssociation(body.Value, established, Texts.Optional(d.Name));
    }

    private DocumentReview? MapReview(DocumentReviewDto d, string p)
    {
        var document = Code(d.Document, Prop(p, "document"), OrganizationRecordCodes.ReviewedDocuments, true);
        var date = Date(d.Date, Prop(p, "date"), true);
        return document is null || date is null ? null : new DocumentReview(document.Value, date.Value, d.NewEdition ?? false);
    }

    private RegistrySubmission? MapSubmission(RegistrySubmissionDto d, string p)
    {
        var date = Date(d.Date, Prop(p, "date"), true);
        if (d.Mentors != true && d.Mentees != true)
        {
            errors.Add(DomainErrors.General.Missing(Prop(p, "mentors")));
            return null;
        }

        return date is null ? null : new RegistrySubmission(date.Value, d.Mentors == true, d.Mentees == true);
    }

    private DateRange? Period(PeriodDto d, string p)
    {
        var start = Date(d.Start, Prop(p, "start"), true);
        var end = Date(d.End, Prop(p, "end"), true);
        return start is { } s && end is { } e ? Collect(DateRange.Create(s, e, "end"), p, null) : null;
    }

    private ProgramTerm? ProgramTermOf(PeriodDto d, string p)
    {
        var start = Date(d.Start, Prop(p, "start"), true);
        var end = Date(d.End, Prop(p, "end"), true);
        return start is { } s && end is { } e ? Collect(ProgramTerm.Create(s, e), p, "term.") : null;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static string Prop(string parent, string name) => JsonPaths.Property(parent, name);

    private static IEnumerable<string> Strings(List<string?>? values) => values?.OfType<string>() ?? [];

    private void Each<TDto>(List<TDto?>? list, string path, Action<TDto, string> visit)
        where TDto : class
    {
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            var itemPath = JsonPaths.Item(path, i);
            if (Required(list![i], itemPath) is { } dto)
            {
                Guarded(itemPath, () => visit(dto, itemPath));
            }
        }
    }

    /// <summary>
    /// Runs one item's mapping; a value that is valid JSON of the right type but beyond what the domain's
    /// arithmetic handles (a date at the end of the calendar) becomes MD1014 at the item, never an exception.
    /// </summary>
    private void Guarded(string path, Action map)
    {
        try
        {
            map();
        }
        catch (Exception exception) when (exception is ArgumentException or ArithmeticException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            errors.Add(DomainErrors.CaseFiles.OutOfRange(path));
        }
    }

    private List<T> Items<TDto, T>(List<TDto?>? list, string path, Func<TDto, string, T?> map)
        where TDto : class
        where T : class
    {
        var result = new List<T>();
        Each(list, path, (dto, itemPath) =>
        {
            if (map(dto, itemPath) is { } value)
            {
                result.Add(value);
            }
        });
        return result;
    }

    private List<T> ValueItems<TDto, T>(List<TDto?>? list, string path, Func<TDto, string, T?> map)
        where TDto : class
        where T : struct
    {
        var result = new List<T>();
        Each(list, path, (dto, itemPath) =>
        {
            if (map(dto, itemPath) is { } value)
            {
                result.Add(value);
            }
        });
        return result;
    }

    private T? Required<T>(T? value, string path)
        where T : class
    {
        if (value is null && !badPaths.Contains(path))
        {
            errors.Add(DomainErrors.General.Missing(path));
        }

        return value;
    }

    private T? Required<T>(T? value, string path)
        where T : struct
    {
        if (value is null && !badPaths.Contains(path))
        {
            errors.Add(DomainErrors.General.Missing(path));
        }

        return value;
    }

    private void NotFor(bool notUsed, object? value, string path, string kind)
    {
        if (notUsed && value is not null)
        {
            errors.Add(DomainErrors.CaseFiles.NotForKind(path, kind));
        }
    }

    private TId? Id<TId>(string? raw, string path, Func<string?, Result<TId>> create, bool required = true)
        where TId : class
    {
        if (raw is null)
        {
            return required ? Required<TId>(null, path) : null;
        }

        return Collect(create(raw), path, null, replaceTarget: true);
    }

    private List<TId>? Ids<TId>(List<string?>? raw, string path, Func<string?, Result<TId>> create, bool required = true)
        where TId : class
    {
        if (raw is null)
        {
            return required ? Required<List<TId>>(null, path) : [];
        }

        var before = errors.Count;
        var ids = Items(raw, path, (s, p) => Id(s, p, create));
        return errors.Count == before ? ids : null;
    }

    private DateOnly? Date(string? raw, string path, bool required = false)
    {
        if (raw is null)
        {
            return required ? Required<DateOnly>(null, path) : null;
        }

        if (DateOnly.TryParseExact(raw, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(DomainErrors.CaseFiles.InvalidDate(path, raw, DateFormat));
        return null;
    }

    private TEnum? Code<TEnum>(string? raw, string path, Vocabulary<TEnum> vocabulary, bool required)
        where TEnum : struct, Enum
    {
        if (raw is null)
        {
            return required ? Required<TEnum>(null, path) : null;
        }

        return Collect(vocabulary.Parse(raw).Map(v => (TEnum?)v), path, null, replaceTarget: true);
    }

    private List<TEnum>? Codes<TEnum>(List<string?>? raw, string path, Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
    {
        var before = errors.Count;
        var values = ValueItems(raw, path, (s, p) => Code(s, p, vocabulary, true));
        return errors.Count == before ? values : null;
    }

    private T? Collect<T>(Result<T> result, string path, string? strip, bool replaceTarget = false)
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        foreach (var error in result.ValidationErrors)
        {
            errors.Add(error.At(replaceTarget ? path : Relative(path, error.Identifier, strip)));
        }

        return default;
    }

    private void Collect(Result result, string path, string? strip)
    {
        foreach (var error in result.ValidationErrors)
        {
            errors.Add(error.At(Relative(path, error.Identifier, strip)));
        }
    }

    private static string Relative(string path, string? target, string? strip)
    {
        if (string.IsNullOrEmpty(target))
        {
            return path;
        }

        if (strip is not null && target.StartsWith(strip, StringComparison.Ordinal))
        {
            target = target[strip.Length..];
        }

        target = target switch
        {
            "replacement" => "replacementId",
            _ => target,
        };
        return target.Length == 0 || string.Equals(target, strip, StringComparison.Ordinal) ? path : JsonPaths.Join(path, target);
    }
}
