using System.Globalization;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.People;
using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Registries;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Stages;

namespace Mentoring.Domain.Documents;

/// <summary>Maps the domain to the case file's DTOs: codes for enums, <c>yyyy-MM-dd</c> for dates, empty lists left out.</summary>
internal static class CaseFileWriter
{
    internal static RootDto Root(MunicipalCase municipal) => new()
    {
        FormatVersion = CaseFile.FormatVersion,
        Municipality = municipal.Municipality is { } m ? new MunicipalityDto { Id = m.Id.Value, Name = m.Name, Region = m.Region } : null,
        Organizations = [.. municipal.Cases.Select(c => Fill(new CaseDto(), c))],
    };

    internal static RootDto Root(MentoringCase single)
    {
        var root = Fill(new RootDto(), single);
        root.FormatVersion = CaseFile.FormatVersion;
        return root;
    }

    private static T Fill<T>(T d, MentoringCase c)
        where T : CaseDto
    {
        var o = c.Organization;
        d.Organization = new OrganizationDto
        {
            Id = o.Id.Value,
            Name = o.Name,
            Kind = o.Kind.Term().Code,
            MunicipalityId = o.MunicipalityId?.Value,
            HeadId = o.HeadId?.Value,
            WebsiteHasMentoringSection = o.WebsiteHasMentoringSection,
        };
        d.Teachers = List(c.Teachers, t => new TeacherDto
        {
            Id = t.Id.Value,
            Name = Name(t.Name),
            Position = t.Position,
            BirthDate = Date(t.BirthDate),
            HireDate = Date(t.HireDate),
            PedagogicalCareerStart = Date(t.PedagogicalCareerStart),
            IsHead = t.IsHead ? true : null,
            IsDeputyHead = t.IsDeputyHead ? true : null,
            IsPedagogicalWorker = t.IsPedagogicalWorker ? null : false,
            Competences = Strings(t.Competences),
            Posts = List(t.Posts, post => new TeacherPostDto
            {
                Title = post.Title,
                From = Date(post.From),
                To = Date(post.To),
                PriorExperience = post.PriorExperience,
                ProbationEnd = Date(post.ProbationEnd),
            }),
        });
        d.Students = List(c.Students, s => new StudentDto { Id = s.Id.Value, Name = Name(s.Name), BirthDate = Date(s.BirthDate), Grade = s.Grade });
        d.ExternalPeople = List(c.ExternalPeople, e => new ExternalPersonDto
        {
            Id = e.Id.Value,
            Name = Name(e.Name),
            Organization = e.Organization,
            Position = e.Position,
            BirthDate = Date(e.BirthDate),
        });
        d.Orders = List(c.Orders, Order);
        d.Consents = List(c.Consents, x => new ConsentDto
        {
            Id = x.Id.Value,
            Kind = x.Kind.Term().Code,
            GivenBy = x.GivenBy.Value,
            OnBehalfOf = x.OnBehalfOf?.Value,
            PairId = x.PairId?.Value,
            Form = x.Form == ConsentForm.Written || x.IsRefusal ? null : x.Form.Term().Code,
            GivenOn = x.IsRefusal ? null : Date(x.GivenOn),
            WithdrawnOn = Date(x.WithdrawnOn),
            Status = x.IsRefusal ? x.Status.Term().Code : null,
            RecordedOn = x.IsRefusal ? Date(x.GivenOn) : null,
        });
        d.Addenda = List(c.Addenda, a => new AddendumDto
        {
            Id = a.Id.Value,
            TeacherId = a.TeacherId.Value,
            SignedOn = Date(a.SignedOn),
            Content = a.Content,
            Term = Period(a.Term),
            Form = a.Form?.Term().Code,
            Pay = a.Pay,
        });
        d.Pairs = List(c.Pairs, p => new PairDto
        {
            Id = p.Id.Value,
            Mentors = [.. p.Mentors.Select(m => (string?)m.Value)],
            Mentees = [.. p.Mentees.Select(m => (string?)m.Value)],
            Form = p.Form.Term().Code,
            RoleModel = p.RoleModel?.Term().Code,
            Kinds = Kinds(p.Kinds),
            ApprovedByOrder = p.ApprovedByOrder?.Value,
            FormedOn = Date(p.FormedOn),
            CuratorInvolved = p.CuratorInvolved,
        });
        d.Programs = List(c.Programs, Program);
        d.Petitions = List(c.Petitions, p => new PetitionDto
        {
            Id = p.Id.Value,
            Kind = p.Kind.Term().Code,
            PairId = p.PairId.Value,
            From = p.From.Value,
            FiledOn = Date(p.FiledOn),
            AddressedToCurator = p.AddressedToCurator ? null : false,
            AddressedToHead = p.AddressedToHead ? null : false,
            Outcome = p.Outcome?.Term().Code,
            DecidedOn = Date(p.DecidedOn),
            NewMentor = p.NewMentor?.Value,
        });
        d.MentorRegistry = c.MentorRegistry is { } mr ? new MentorRegistryDto { Records = List(mr.Records, MentorRecord) ?? [] } : null;
        d.MenteeRegistry = c.MenteeRegistry is { } me ? new MenteeRegistryDto { Records = List(me.Records, MenteeRecord) ?? [] } : null;
        d.Roadmaps = List(c.Roadmaps, r => new RoadmapDto
        {
            Id = r.Id.Value,
            Title = r.Title,
            Issuer = r.Issuer,
            OrderNumber = r.OrderNumber,
            OrderDate = Date(r.OrderDate),
            Period = Period(r.Period),
            Activities = List(r.Activities, a => new RoadmapActivityDto
            {
                Number = a.Number,
                Section = a.Section,
                Stage = a.Stage?.Term().Code,
                Title = a.Title,
                Deadline = a.Deadline.Text,
                Responsible = a.Responsible,
                ExpectedResult = a.ExpectedResult,
                DoneOn = a.Completions.Count == 1 ? Date(a.DoneOn) : null,
                DoneDates = a.Completions.Count > 1 ? [.. a.Completions.Select(done => Date(done))] : null,
            }),
        });
        d.Assessments = List(c.Assessments, a => new AssessmentDto
        {
            Id = a.Id.Value,
            PersonId = a.PersonId.Value,
            ProgramId = a.ProgramId?.Value,
            Phase = a.Phase.Term().Code,
            Date = Date(a.Date),
            Score = a.Score,
            Scale = a.Scale is { } s ? new ScaleDto { Name = s.Name, Min = s.Min, Max = s.Max } : null,
            Notes = a.Notes,
        });
        d.Reports = List(c.Reports, r => new ReportDto { Id = r.Id.Value, Year = r.Year, Author = r.Author?.Value, SubmittedOn = Date(r.SubmittedOn) });
        d.SigningAuthorities = List(c.SigningAuthorities, a => new SigningAuthorityDto
        {
            Id = a.Id.Value,
            Kind = a.Kind.Term().Code,
            PersonId = a.PersonId.Value,
            From = Date(a.From),
            To = Date(a.To),
            Basis = a.Basis,
        });
        var records = c.Records;
        d.CuratorRefreshes = records.CuratorRefreshes is { } refreshes ? [.. refreshes.Select(day => Date(day))] : null;
        d.MentorTrainings = List(records.Trainings, t => new MentorTrainingDto { MentorId = t.MentorId.Value, Date = Date(t.Date), Title = t.Title });
        d.WebsiteContents = records.WebsiteContents is { } items ? [.. items.Order().Select(i => i.Term().Code)] : null;
        d.ImplementationAct = records.ImplementationAct is { } act
            ? new ImplementationActDto
            {
                Number = act.Number,
                Date = Date(act.Date),
                Parts = [.. act.Parts.Order().Select(part => part.Term().Code)],
                MonitoringDates = act.MonitoringDates.Count == 0 ? null : [.. act.MonitoringDates.Select(day => Date(day))],
            }
            : null;
        d.MethodicalAssociation = records.MethodicalAssociation is { } m
            ? new MethodicalAssociationDto { Body = m.Body.Term().Code, EstablishedOn = Date(m.EstablishedOn), Name = m.Name }
            : null;
        d.DocumentReviews = List(records.DocumentReviews, r => new DocumentReviewDto { Document = r.Document.Term().Code, Date = Date(r.Date), NewEdition = r.NewEdition ? true : null });
        d.RegistrySubmissions = List(records.RegistrySubmissions, r => new RegistrySubmissionDto { Date = Date(r.Date), Mentors = r.Mentors, Mentees = r.Mentees });
        return d;
    }

    private static OrderDto Order(Order order)
    {
        var d = new OrderDto
        {
            Id = order.Id.Value,
            Kind = order.Kind.Term().Code,
            Number = order.Number,
            Date = Date(order.Date),
            SignedBy = order.SignedBy?.Value,
        };
        switch (order)
        {
            case CuratorOrder curator:
                d.CuratorId = curator.CuratorId.Value;
                break;
            case PairingOrder pairing:
                d.Pairs = [.. pairing.Pairs.Select(p => (string?)p.Value)];
                d.ReviewedByCouncilOn = Date(pairing.ReviewedByCouncilOn);
                d.Term = Period(pairing.Term);
                break;
            case RoadmapOrder roadmap:
                d.RoadmapId = roadmap.RoadmapId.Value;
                break;
            case ReleaseOrder release:
                d.ReleasedPersonId = release.ReleasedPersonId.Value;
                d.Reason = release.Reason;
                d.ReplacementId = release.ReplacementId?.Value;
                d.ContinuityNote = release.ContinuityNote;
                break;
        }

        return d;
    }

    private static ProgramDto Program(PersonalizedProgram p) => new()
    {
        Id = p.Id.Value,
        PairId = p.PairId.Value,
        Term = new PeriodDto { Start = Date(p.InitialTerm.Start), End = Date(p.InitialTerm.End) },
        Direction = p.Direction,
        MenteeDifficulties = Strings(p.MenteeDifficulties),
        MenteeStrengths = Strings(p.MenteeStrengths),
        Form = p.InitialForm?.Term().Code,
        Kinds = Kinds(p.Kinds),
        Activities = List(p.Activities, a => new ActivityDto
        {
            Id = a.Id.Value,
            Title = a.Title,
            Due = Date(a.Due),
            Responsible = a.Responsible?.Value,
            DoneOn = Date(a.DoneOn),
        }),
        Status = p.Status == ProgramStatus.Draft ? null : p.Status.Term().Code,
        ApprovedOn = Date(p.ApprovedOn),
        ActivatedOn = Date(p.ActivatedOn),
        StageHistory = List(p.StageHistory, s => new StageEntryDto { Stage = s.Stage.Term().Code, EnteredOn = Date(s.EnteredOn) }),
        Changes = List(p.Changes, c => new ChangeDto
        {
            Kind = c.Kind.Term().Code,
            RequestedOn = Date(c.RequestedOn),
            Description = c.Description,
            ConsentedBy = c.ConsentedBy.Count == 0 ? null : [.. c.ConsentedBy.Select(x => x.Value).Order(StringComparer.Ordinal)],
            NewEnd = Date(c.NewEnd),
            NewForm = c.NewForm?.Term().Code,
            Activity = c.Activity?.Value,
            NewDue = Date(c.NewDue),
        }),
        Completion = p.Completion is { } done
            ? new CompletionDto { Ground = done.Ground.Term().Code, Date = Date(done.Date), Reason = done.Reason, InitiatedBy = done.InitiatedBy?.Value, NoticeGivenOn = Date(done.NoticeGivenOn), ByMutualDecision = done.ByMutualDecision ? true : null }
            : null,
        Publications = List(p.Publications, x => new PublicationDto { PublishedOn = Date(x.PublishedOn), Where = x.Where }),
        MentorReport = p.MentorReport is { } report
            ? new MentorReportDto { SubmittedOn = Date(report.SubmittedOn), Author = report.Author?.Value, Title = report.Title }
            : null,
    };

    private static MentorRecordDto MentorRecord(MentorRecord r) => new()
    {
        Id = r.Id.Value,
        PersonId = r.PersonId?.Value,
        FullName = r.FullName,
        Workplace = r.Workplace,
        Competences = Strings(r.Competences),
        Achievements = r.Achievements,
        Interests = r.Interests,
        PreferredMenteeAge = r.PreferredMenteeAge is { } a ? new AgeRangeDto { Min = a.Min, Max = a.Max } : null,
        TimeAvailable = r.TimeAvailable is { } t ? new TimeResourceDto { HoursPerWeek = t.HoursPerWeek, Text = t.Text } : null,
        EntryDate = Date(r.EntryDate),
        Mentees = Strings(r.Mentees),
        Form = r.Form?.Term().Code,
        MenteeWorkplace = r.MenteeWorkplace,
        CompletionDate = Date(r.CompletionDate),
        Results = r.Results,
        CaseLink = r.CaseLink,
    };

    private static MenteeRecordDto MenteeRecord(MenteeRecord r) => new()
    {
        Id = r.Id.Value,
        PersonId = r.PersonId?.Value,
        FullName = r.FullName,
        BirthYear = r.BirthYear,
        MainRequest = r.MainRequest,
        EntryDate = Date(r.EntryDate),
        MentorName = r.MentorName,
        Form = r.Form?.Term().Code,
        MentorWorkplace = r.MentorWorkplace,
        CompletionDate = Date(r.CompletionDate),
        Results = r.Results,
        CaseLink = r.CaseLink,
        CompletionMark = r.CompletionMark,
        SupportWhileUnpaired = r.SupportWhileUnpaired,
        NeedsSupport = r.NeedsSupport,
    };

    private static NameDto Name(PersonName name) => new() { Surname = name.Surname, GivenName = name.GivenName, Patronymic = name.Patronymic };

    private static string? Date(DateOnly? date) => date?.ToString(CaseFileMapper.DateFormat, CultureInfo.InvariantCulture);

    private static PeriodDto? Period(DateRange? range) => range is null ? null : new PeriodDto { Start = Date(range.Start), End = Date(range.End) };

    private static List<string?>? Kinds(IEnumerable<MentoringKind> kinds) => Strings([.. kinds.Order().Select(k => k.Term().Code)]);

    private static List<string?>? Strings(IReadOnlyList<string> values) => values.Count == 0 ? null : [.. values];

    private static List<TDto?>? List<T, TDto>(IReadOnlyList<T> items, Func<T, TDto> map)
        where TDto : class => items.Count == 0 ? null : [.. items.Select(map)];
}
