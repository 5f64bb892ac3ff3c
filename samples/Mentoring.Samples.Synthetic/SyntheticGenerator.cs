using System.Globalization;
using Ardalis.Result;
using Mentoring.Domain;
using Mentoring.Domain.Calendar;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Documents;
using Mentoring.Domain.Employment;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Registries;
using Mentoring.Domain.Roadmaps;
using Mentoring.Domain.Stages;

namespace Mentoring.Samples.Synthetic;

/// <summary>
/// A deterministic generator of synthetic organizations, municipalities, regions and a whole country: staff (head,
/// curator, mentors, young specialists, other teachers), orders, consents, addenda, pairs and groups, programs with
/// plans, registries, a roadmap, assessments and a report, for the 2023/24 school year, with a tunable share of defects.
/// </summary>
/// <remarks>
/// Each organization is generated from its own seed (the options' seed mixed with its number), so organizations can be
/// produced one at a time, in any order and on any thread, and the country is streamed, never held in memory.
/// </remarks>
public sealed class SyntheticGenerator
{
    /// <summary>Educational organizations in the country (about 42,000 schools).</summary>
    public const int CountryOrganizations = 42_000;

    /// <summary>Regions in the country.</summary>
    public const int Regions = 85;

    /// <summary>Organizations per municipality.</summary>
    public const int OrganizationsPerMunicipality = 18;

    private static readonly DateOnly OrderDay = new(2023, 8, 25);
    private static readonly DateOnly PairingDay = new(2023, 9, 1);
    private static readonly DateOnly ConsentDay = new(2023, 8, 28);
    private static readonly DateOnly DutiesDay = new(2023, 8, 30);
    private static readonly DateOnly Start = new(2023, 9, 4);
    private static readonly DateOnly End = new(2024, 5, 31);
    private static readonly AssessmentScale Scale = AssessmentScale.Create("5-балльная", 1, 5).Value;

    /// <summary>Creates a generator.</summary>
    /// <param name="options">The seed, the share of defects and the size of organizations.</param>
    public SyntheticGenerator(SyntheticOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ViolationShare, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.ViolationShare, 1.0);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinTeachers, 6);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTeachers, options.MinTeachers);
        Options = options;
    }

    /// <summary>The options.</summary>
    public SyntheticOptions Options { get; }

    /// <summary>The organizations of the whole country (<see cref="CountryOrganizations"/>), streamed one at a time.</summary>
    /// <returns>The organizations, in order.</returns>
    public IEnumerable<SyntheticOrganization> Country() => Organizations(0, CountryOrganizations);

    /// <summary>Consecutive organizations, streamed one at a time.</summary>
    /// <param name="first">The first organization's number.</param>
    /// <param name="count">How many.</param>
    /// <returns>The organizations, in order.</returns>
    public IEnumerable<SyntheticOrganization> Organizations(int first, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = first; i < first + count; i++)
        {
            yield return Organization(i);
        }
    }

    /// <summary>The organizations of a region with (at least) the given number of staff, streamed one at a time.</summary>
    /// <param name="teachers">The staff count to reach, such as 30,000.</param>
    /// <returns>The organizations, in order, until their staff reaches <paramref name="teachers"/>.</returns>
    public IEnumerable<SyntheticOrganization> Region(int teachers)
    {
        var total = 0;
        for (var i = 0; total < teachers; i++)
        {
            var organization = Organization(i);
            total += organization.Teachers;
            yield return organization;
        }
    }

    /// <summary>The organizations of one municipality, as a municipal case.</summary>
    /// <param name="municipality">The municipality's number (0-based).</param>
    /// <returns>The municipal case.</returns>
    public MunicipalCase Municipality(int municipality)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(municipality);
        var organizations = Organizations(municipality * OrganizationsPerMunicipality, OrganizationsPerMunicipality).Select(o => o.Case);
        var id = MunicipalityId.Create(MunicipalityName(municipality)).Value;
        var info = Domain.Organizations.Municipality.Create(id, $"{Names.Towns[municipality % Names.Towns.Length]} (МО {municipality + 1})", RegionName(municipality * OrganizationsPerMunicipality)).Value;
        return MunicipalCase.Create(info, organizations).Value;
    }

    /// <summary>Writes consecutive organizations as case files (<c>org-00000.json</c> …) into a folder.</summary>
    /// <param name="folder">The folder (created if needed).</param>
    /// <param name="first">The first organization's number.</param>
    /// <param name="count">How many.</param>
    /// <returns>The paths written, in order.</returns>
    public IReadOnlyList<string> WriteCaseFiles(string folder, int first, int count)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var paths = new List<string>(count);
        foreach (var organization in Organizations(first, count))
        {
            var path = Path.Combine(folder, organization.Case.Organization.Id.Value + ".json");
            using (var stream = File.Create(path))
            {
                CaseFile.Write(organization.Case, stream);
            }

            paths.Add(path);
        }

        return paths;
    }

    /// <summary>One organization, generated from its number alone.</summary>
    /// <param name="index">The organization's number in the country (0-based).</param>
    /// <returns>The organization.</returns>
    public SyntheticOrganization Organization(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var school = new SchoolBuilder(this, index);
        return school.Build();
    }

    /// <summary>A 32-bit seed from the options' seed, an organization and a stream (SplitMix64: stable on every runtime).</summary>
    internal static int Mix(int seed, int index, int stream)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) ^ ((ulong)(uint)index * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)stream << 17);
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }

    private static string MunicipalityName(int municipality) => string.Create(CultureInfo.InvariantCulture, $"mo-{municipality:D4}");

    private static string RegionName(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"region-{index * Regions / CountryOrganizations % Regions + 1:D2}");

    /// <summary>Builds one organization's case.</summary>
    private sealed class SchoolBuilder
    {
        private readonly SyntheticGenerator _generator;
        private readonly int _index;
        private readonly Random _rng;
        private readonly Random _defects;
        private readonly OrganizationId _org;
        private readonly List<Teacher> _teachers = [];
        private readonly List<Consent> _consents = [];
        private readonly List<EmploymentAddendum> _addenda = [];
        private readonly List<MentoringPair> _pairs = [];
        private readonly List<PersonalizedProgram> _programs = [];
        private readonly List<MentorRecord> _mentorRecords = [];
        private readonly List<MenteeRecord> _menteeRecords = [];
        private readonly List<Assessment> _assessments = [];
        private readonly List<InjectedViolation> _injected = [];
        private readonly List<PairId> _approved = [];
        private readonly string _name;
        private int _people;

        internal SchoolBuilder(SyntheticGenerator generator, int index)
        {
            _generator = generator;
            _index = index;
            _rng = new Random(Mix(generator.Options.Seed, index, 0));
            _defects = new Random(Mix(generator.Options.Seed, index, 1));
            _org = OrganizationId.Create(string.Create(CultureInfo.InvariantCulture, $"org-{index:D5}")).Value;
            (Kind, _name) = KindAndName(_rng, index);
        }

        private OrganizationKind Kind { get; }

        internal SyntheticOrganization Build()
        {
            var options = _generator.Options;
            var staff = _rng.Next(options.MinTeachers, options.MaxTeachers + 1);
            var head = AddTeacher("t-head", "директор", Year(1960, 1975), hire: null, career: null, isHead: true);
            var curator = AddTeacher("t-curator", "заместитель директора по УВР", Year(1970, 1985), Year(2000, 2010), null, isDeputy: true);

            // Pairs: about 2 in 5 of the remaining staff; every fourth is a group of two mentees.
            var rest = staff - 2;
            var pairs = Math.Max(1, rest * 2 / 5);
            var number = 0;
            for (var k = 1; k <= pairs; k++)
            {
                var group = k % 4 == 0;
                var needed = group ? 3 : 2;
                if (number + needed > rest)
                {
                    break;
                }

                number += needed;
                AddPair(k, group);
            }

            for (var i = number; i < rest; i++)
            {
                var subject = Names.Subjects[_rng.Next(Names.Subjects.Length)];
                AddTeacher(NextPersonId(), subject.Position, Year(1965, 1990), Year(1995, 2015), null, competences: [subject.Expert[_rng.Next(2)]]);
            }

            var orders = new List<Order>
            {
                RegulationOrder.Create(Doc("ord-1"), "118-од", OrderDay, _org, head.Id).Value,
                CuratorOrder.Create(Doc("ord-2"), "119-од", OrderDay, _org, curator.Id, head.Id).Value,
                RoadmapOrder.Create(Doc("ord-3"), "120-од", OrderDay, _org, RoadmapId.Create("rm-1").Value, head.Id).Value,
                PairingOrder.Create(Doc("ord-4"), "131-од", PairingDay, _org, _approved, head.Id).Value,
            };

            var organization = Domain.Organizations.Organization.Create(
                _org, _name, Kind, MunicipalityId.Create(MunicipalityName(_index / OrganizationsPerMunicipality)).Value, head.Id, true).Value;
            var @case = new MentoringCaseBuilder(organization)
                .AddTeachers(_teachers)
                .AddOrders(orders)
                .AddConsents(_consents)
                .AddAddenda(_addenda)
                .AddPairs(_pairs)
                .AddPrograms(_programs)
                .WithMentorRegistry(MentorRegistry.Create(_org, _mentorRecords).Value)
                .WithMenteeRegistry(MenteeRegistry.Create(_org, _menteeRecords).Value)
                .AddRoadmaps(Roadmap())
                .AddAssessments(_assessments)
                .AddReports(MonitoringReport.Create(Doc("rep-2023"), _org, 2023, curator.Id, new DateOnly(2024, 1, 19)).Value)
                .WithRecords(OrganizationRecords.Create(
                    trainings: _pairs.SelectMany(p => p.Mentors).Distinct().Select(m => new MentorTraining(m, OrderDay, "Установочная сессия для наставников")),
                    websiteContents: Enum.GetValues<WebsiteItem>()))
                .Build();
            return new SyntheticOrganization(
                _index,
                RegionName(_index),
                MunicipalityName(_index / OrganizationsPerMunicipality),
                @case.IsSuccess ? @case.Value : throw new InvalidOperationException($"Generated case {_org} does not build: {string.Join("; ", @case.ValidationErrors)}"),
                _pairs.Count,
                _injected);
        }

        private void AddPair(int k, bool group)
        {
            var subject = Names.Subjects[_rng.Next(Names.Subjects.Length)];
            var mentor = AddTeacher(NextPersonId(), subject.Position, Year(1965, 1985), Year(1990, 2008), null, competences: subject.Expert);
            var mentees = new List<Teacher>();
            for (var m = 0; m < (group ? 2 : 1); m++)
            {
                var hire = new DateOnly(2023, 8, 21);
                mentees.Add(AddTeacher(NextPersonId(), subject.Position, Year(1997, 2001), hire, hire, competences: [subject.Basic]));
            }

            var pairId = PairId.Create(string.Create(CultureInfo.InvariantCulture, $"{(group ? "group" : "pair")}-{k}")).Value;
            ViolationKind? defect = _defects.NextDouble() < _generator.Options.ViolationShare ? (ViolationKind)(_defects.Next(4) + 1) : null;
            if (defect is { } d)
            {
                var named = d switch
                {
                    ViolationKind.ConsentMissing => mentees[0].Id.Value,
                    ViolationKind.ShortProgram => string.Create(CultureInfo.InvariantCulture, $"prog-{k}"),
                    ViolationKind.ConsentAfterOrder => mentor.Id.Value,
                    _ => pairId.Value,
                };
                _injected.Add(new InjectedViolation(d, pairId.Value, named));
            }

            // Consents: the mentor's and each mentee's participation, personal data, and the duties in the pair.
            _consents.Add(Consent.Create(NextConsent(), ConsentKind.MentorParticipation, mentor.Id, defect == ViolationKind.ConsentAfterOrder ? new DateOnly(2023, 9, 5) : ConsentDay).Value);
            foreach (var mentee in mentees)
            {
                _consents.Add(Consent.Create(NextConsent(), ConsentKind.MenteeParticipation, mentee.Id, ConsentDay).Value);
            }

            foreach (var person in mentees.Prepend(mentor))
            {
                if (defect != ViolationKind.ConsentMissing || !ReferenceEquals(person, mentees[0]))
                {
                    _consents.Add(Consent.Create(NextConsent(), ConsentKind.PersonalData, person.Id, ConsentDay).Value);
                }
            }

            foreach (var person in mentees.Prepend(mentor))
            {
                _consents.Add(Consent.Create(NextConsent(), ConsentKind.PairingDuties, person.Id, DutiesDay, pairId: pairId).Value);
            }

            var term = DateRange.Create(Start, End).Value;
            _addenda.Add(EmploymentAddendum.Create(
                Doc(string.Create(CultureInfo.InvariantCulture, $"add-{k}")), mentor.Id, new DateOnly(2023, 8, 31),
                group ? "руководство наставнической группой молодых специалистов" : $"наставничество над молодым специалистом {mentees[0].Name.ShortName}",
                term, MentoringForm.TeacherTeacher, 3000).Value);

            var approved = defect != ViolationKind.PairNotApproved;
            if (approved)
            {
                _approved.Add(pairId);
            }

            _pairs.Add(MentoringPair.Create(
                pairId, _org, [mentor.Id], mentees.Select(t => t.Id), MentoringForm.TeacherTeacher, RoleModel.ExperiencedTeacherYoungSpecialist,
                [group ? MentoringKind.Group : MentoringKind.Traditional], approved ? Doc("ord-4") : null, DutiesDay, true).Value);

            var programId = ProgramId.Create(string.Create(CultureInfo.InvariantCulture, $"prog-{k}")).Value;
            var end = defect == ViolationKind.ShortProgram ? new DateOnly(2023, 11, 3) : End;
            var activities = new[]
            {
                PlannedActivity.Create(ActivityId.Create("a-1").Value, "Посещение уроков наставника", new DateOnly(2023, 10, 31), mentees[0].Id, new DateOnly(2023, 10, 24)).Value,
                PlannedActivity.Create(ActivityId.Create("a-2").Value, "Совместная разработка технологических карт уроков", Min(new DateOnly(2023, 12, 22), end), mentor.Id, Min(new DateOnly(2023, 12, 15), end)).Value,
                PlannedActivity.Create(ActivityId.Create("a-3").Value, "Открытый урок наставляемого", Min(new DateOnly(2024, 4, 26), end), mentees[^1].Id, Min(new DateOnly(2024, 4, 19), end)).Value,
            };
            var program = PersonalizedProgram.Create(
                programId, pairId, ProgramTerm.Create(Start, end).Value, $"{subject.Expert[0]} в 5–9 классах",
                ["дисциплина на уроке", "планирование урока"], ["владение ИКТ", "знание предмета"], MentoringForm.TeacherTeacher,
                [group ? MentoringKind.Group : MentoringKind.Traditional], activities).Value;
            Check(program.Approve(PairingDay));
            Check(program.Activate(Start));
            Check(program.EnterStage(ProgramStage.Preparatory, ConsentDay));
            Check(program.EnterStage(ProgramStage.Design, PairingDay));
            Check(program.EnterStage(ProgramStage.Implementation, Start));
            Check(program.EnterStage(ProgramStage.ReflectiveAnalytical, Min(new DateOnly(2024, 5, 13), end)));
            Check(program.EnterStage(ProgramStage.Outcome, Min(new DateOnly(2024, 5, 27), end)));
            Check(program.Complete(Completion.Create(CompletionGround.PlanCompleted, end).Value));
            Check(program.PublishResults(end.AddDays(10), "сайт, раздел «Наставничество»"));
            _programs.Add(program);

            // Registries, and the assessments before entry and after completion.
            var link = string.Create(CultureInfo.InvariantCulture, $"https://{_org}.example.ru/mentoring/cases/{programId}");
            _mentorRecords.Add(MentorRecord.Create(
                Record(_mentorRecords.Count + 1), mentor.Name.FullName, _name, subject.Expert, Names.Achievements[_rng.Next(Names.Achievements.Length)],
                subject.Expert[1], AgeRange.Create(22, 35).Value, TimeResource.Create(2, "2 часа в неделю").Value, PairingDay,
                mentees.Select(t => t.Name.FullName), MentoringForm.TeacherTeacher, _name, end, "программа выполнена", link, mentor.Id).Value);
            foreach (var mentee in mentees)
            {
                _menteeRecords.Add(MenteeRecord.Create(
                    Record(_menteeRecords.Count + 1), mentee.Name.FullName, mentee.BirthDate?.Year, subject.Expert[0], PairingDay,
                    mentor.Name.FullName, MentoringForm.TeacherTeacher, _name, end, "программа выполнена", link, "прошёл", personId: mentee.Id).Value);
                var n = _assessments.Count;
                _assessments.Add(Domain.Monitoring.Assessment.Create(AssessmentOf(n + 1), mentee.Id, AssessmentPhase.BeforeEntry, Start, programId, 3, Scale).Value);
                _assessments.Add(Domain.Monitoring.Assessment.Create(AssessmentOf(n + 2), mentee.Id, AssessmentPhase.AfterCompletion, end, programId, 4.5m, Scale).Value);
            }
        }

        private Roadmap Roadmap()
        {
            var period = DateRange.Create(new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31)).Value;
            RoadmapActivity Activity(string number, RoadmapStage stage, string title, string deadline, string responsible, string result, DateOnly? done) =>
                RoadmapActivity.Create(number, title, Deadline.Parse(deadline, period).Value, null, stage, responsible, result, done).Value;
            return Domain.Roadmaps.Roadmap.Create(
                RoadmapId.Create("rm-1").Value,
                "Дорожная карта (план мероприятий) по реализации Положения о системе наставничества педагогических работников на 2023–2024 учебный год",
                [
                    Activity("1", RoadmapStage.PreparingConditions, "Подготовка и принятие локальных актов: Положение о системе наставничества, дорожная карта, приказ о закреплении наставнических пар/групп", "до 15.09.2023", "директор", "приказы, Положение", new DateOnly(2023, 9, 1)),
                    Activity("2", RoadmapStage.MenteeBank, "Сбор информации о профессиональных запросах педагогов; формирование банка данных наставляемых, согласия на обработку персональных данных", "сентябрь 2023 г.", "куратор", "база наставляемых", new DateOnly(2023, 9, 1)),
                    Activity("3", RoadmapStage.MentorBank, "Анкетирование потенциальных наставников; формирование банка данных наставников", "сентябрь 2023 г.", "куратор", "база наставников", new DateOnly(2023, 9, 1)),
                    Activity("4", RoadmapStage.SelectionAndTraining, "Обучение наставников: методические материалы, консультации, обмен опытом", "октябрь 2023 г.", "куратор, руководитель МО", "проведены консультации", new DateOnly(2023, 10, 18)),
                    Activity("5", RoadmapStage.PairsAndGroupsWork, "Разработка персонализированных программ наставничества для каждой пары/группы", "до 15.09.2023", "наставники", "программы", new DateOnly(2023, 9, 1)),
                    Activity("6", RoadmapStage.ProgramsCompletion, "Мониторинг качества реализации персонализированных программ (анкетирование); педагогический совет", "до 31.05.2024", "куратор", "аналитическая справка", new DateOnly(2024, 5, 31)),
                    Activity("7", RoadmapStage.InformationSupport, "Освещение мероприятий дорожной карты на сайте", "постоянно", "куратор", "раздел «Наставничество» на сайте", null),
                ],
                _name,
                "120-од",
                OrderDay,
                period).Value;
        }

        private Teacher AddTeacher(
            string id, string position, DateOnly birth, DateOnly? hire, DateOnly? career,
            bool isHead = false, bool isDeputy = false, IEnumerable<string>? competences = null)
        {
            var female = _rng.Next(4) != 0;
            var surname = Names.Surnames[_rng.Next(Names.Surnames.Length)];
            var given = female ? Names.FemaleNames[_rng.Next(Names.FemaleNames.Length)] : Names.MaleNames[_rng.Next(Names.MaleNames.Length)];
            var father = Names.Patronymics[_rng.Next(Names.Patronymics.Length)];
            var name = PersonName.Create(female ? surname + "а" : surname, given, female ? father.Female : father.Male).Value;
            var teacher = Teacher.Create(
                PersonId.Create(id).Value, name, _org, position, birth, hire, career ?? hire?.AddYears(-_rng.Next(0, 3)),
                isHead, isDeputy, true, competences).Value;
            _teachers.Add(teacher);
            return teacher;
        }

        private string NextPersonId() => string.Create(CultureInfo.InvariantCulture, $"t-{++_people}");

        private DocumentId NextConsent() => Doc(string.Create(CultureInfo.InvariantCulture, $"c-{_consents.Count + 1}"));

        private DateOnly Year(int from, int to) => new(_rng.Next(from, to + 1), _rng.Next(1, 13), _rng.Next(1, 29));

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        private static DocumentId Doc(string id) => DocumentId.Create(id).Value;

        private static RegistryRecordId Record(int n) => RegistryRecordId.Create(n.ToString(CultureInfo.InvariantCulture)).Value;

        private static AssessmentId AssessmentOf(int n) => AssessmentId.Create(string.Create(CultureInfo.InvariantCulture, $"as-{n}")).Value;

        private static void Check(Result result)
        {
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException($"Generated program does not hold: {string.Join("; ", result.ValidationErrors)}");
            }
        }

        private static (OrganizationKind Kind, string Name) KindAndName(Random rng, int index)
        {
            var roll = rng.Next(100);
            var n = index % 200 + 1;
            return roll switch
            {
                < 80 => (OrganizationKind.School, string.Create(CultureInfo.InvariantCulture, $"МБОУ «Средняя общеобразовательная школа № {n}»")),
                < 90 => (OrganizationKind.Kindergarten, string.Create(CultureInfo.InvariantCulture, $"МБДОУ «Детский сад № {n}»")),
                < 96 => (OrganizationKind.AdditionalEducation, string.Create(CultureInfo.InvariantCulture, $"МБУ ДО «Дом детского творчества № {n}»")),
                _ => (OrganizationKind.College, $"ГАПОУ «{Names.Towns[index % Names.Towns.Length]}ский педагогический колледж»"),
            };
        }
    }
}
