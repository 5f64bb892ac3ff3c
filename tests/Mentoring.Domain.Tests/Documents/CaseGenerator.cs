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
using Mentoring.Domain.Tests.Builders;

namespace Mentoring.Domain.Tests.Documents;

/// <summary>Builds a valid, varied case from a seed: every part of the model, every program status, seed-style deadlines.</summary>
public static class CaseGenerator
{
    private static readonly string[] Surnames = ["Иванова", "Петров", "Сидорова", "Ким", "Мамедов", "Орлова"];
    private static readonly string[] Given = ["Мария", "Алексей", "М.", "Ольга", "Ильгар"];
    private static readonly string[] Deadlines =
        ["сентябрь 2023 г.", "до 30.06.2024", "постоянно", "ежегодно", "I квартал 2024", "По отдельному графику", "01.09.2023-31.12.2023", "До 30.06.2023, 30.06.2024, 25.12.2024", "март-апрель 2024 года", "2024"];

    public static MentoringCase Build(int seed)
    {
        var random = new Random(seed);
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        bool Coin() => random.Next(2) == 0;
        DateOnly Day(int from = 0) => new DateOnly(2023, 1, 1).AddDays(from + random.Next(300));
        string? Maybe(string text) => Coin() ? text : null;

        var org = OrganizationId.Create($"org-{seed % 7}").Value;
        var teachers = Enumerable.Range(1, 2 + random.Next(4)).Select(i => Teacher.Create(
            SampleIds.Person($"t-{i}"),
            PersonName.Create(Pick(Surnames), Pick(Given), Coin() ? "Петровна" : null).Value,
            org,
            Maybe("учитель"),
            Coin() ? new DateOnly(1960 + random.Next(40), 1 + random.Next(12), 1 + random.Next(28)) : null,
            Coin() ? Day() : null,
            null,
            isHead: i == 1,
            isDeputyHead: i == 2 && Coin(),
            isPedagogicalWorker: Coin() || i < 3,
            competences: Coin() ? ["математика", "физика"] : null,
            posts: Coin() ? [TeacherPost.Create("учитель", Day(), null, Coin() ? Coin() : null, Coin() ? Day(300) : null).Value] : null).Value).ToList();
        var students = Enumerable.Range(1, random.Next(3)).Select(i => Student.Create(
            SampleIds.Person($"s-{i}"), PersonName.Create(Pick(Surnames), Pick(Given)).Value, org, Coin() ? new DateOnly(2010, 5, i) : null, Coin() ? 5 + i : null).Value).ToList();
        var external = Coin() ? [ExternalPerson.Create(SampleIds.Person("p-1"), PersonName.Create("Белов", "Игорь").Value, Maybe("ООО «Завод»"), Maybe("инженер")).Value] : new List<ExternalPerson>();

        var pairs = new List<MentoringPair>();
        for (var i = 1; i < teachers.Count; i++)
        {
            pairs.Add(MentoringPair.Create(
                SampleIds.Pair($"pair-{i}"),
                org,
                [teachers[i - 1].Id],
                Coin() && i + 1 < teachers.Count ? [teachers[i].Id, teachers[i + 1].Id] : [teachers[i].Id],
                Pick(MentoringForms.Vocabulary.All).Value,
                Coin() ? Pick(RoleModels.Vocabulary.All).Value : null,
                Coin() ? [Pick(MentoringKinds.Vocabulary.All).Value, MentoringKind.Traditional] : null,
                Coin() ? SampleIds.Document("ord-pairing") : null,
                Coin() ? Day() : null,
                Coin() ? Coin() : null).Value);
        }

        var period = Coin() ? DateRange.Create(new DateOnly(2023, 9, 1), new DateOnly(2024, 8, 31)).Value : null;
        var roadmap = Roadmap.Create(
            SampleIds.Roadmap(),
            "Дорожная карта",
            [.. Enumerable.Range(1, 1 + random.Next(4)).Select(i => RoadmapActivity.Create(
                $"{i}.1",
                $"Мероприятие {i}",
                Deadline.Parse(Pick(Deadlines), period).Value,
                Maybe("Раздел"),
                Coin() ? Pick(RoadmapStages.Vocabulary.All).Value : null,
                Maybe("куратор"),
                Maybe("приказ"),
                Coin() ? Day() : null).Value)],
            Maybe("МБОУ"),
            Maybe("193"),
            Coin() ? Day() : null,
            period).Value;

        var orders = new List<Order>
        {
            RegulationOrder.Create(SampleIds.Document("ord-reg"), "191", Day(), org, Coin() ? teachers[0].Id : null).Value,
            CuratorOrder.Create(SampleIds.Document("ord-cur"), "192", Day(), org, teachers[1].Id).Value,
            PairingOrder.Create(SampleIds.Document("ord-pairing"), "201", Day(), org, pairs.Select(p => p.Id), reviewedByCouncilOn: Day(), term: Coin() ? DateRange.Create(new DateOnly(2023, 9, 1), new DateOnly(2024, 5, 31)).Value : null).Value,
            RoadmapOrder.Create(SampleIds.Document("ord-rm"), "193", Day(), org, roadmap.Id).Value,
        };
        if (Coin())
        {
            orders.Add(ReleaseOrder.Create(SampleIds.Document("ord-rel"), "7-к", Day(), org, teachers[0].Id, Maybe("болезнь"), teachers[1].Id, Maybe("замена по расписанию")).Value);
        }

        var consents = teachers.Select((t, i) => Consent.Create(
            SampleIds.Document($"c-{i}"),
            Pick(ConsentKinds.Vocabulary.All.Where(k => k.Value != ConsentKind.LegalRepresentative).ToList()).Value,
            t.Id,
            Day(),
            Coin() ? ConsentForm.Written : ConsentForm.Mutual,
            null,
            Coin() ? pairs[0].Id : null,
            Coin() ? new DateOnly(2024, 12, 31) : null).Value).ToList();
        var addenda = Coin()
            ? [EmploymentAddendum.Create(SampleIds.Document("add-1"), teachers[0].Id, Day(), Maybe("наставничество"), Coin() ? DateRange.Create(new DateOnly(2025, 3, 1), new DateOnly(2025, 12, 31)).Value : null, Coin() ? MentoringForm.TeacherTeacher : null, Coin() ? 2500.50m : null).Value]
            : new List<EmploymentAddendum>();

        var programs = pairs.Select((pair, i) => Program(random, pair, i)).ToList();
        var petitions = Coin()
            ? [Petition.Create(SampleIds.Document("pet-1"), PetitionKind.MentorRelease, pairs[0].Id, pairs[0].Mentors[0], new DateOnly(2024, 1, 10), Coin(), Coin(), PetitionOutcome.Granted, new DateOnly(2024, 1, 20)).Value]
            : new List<Petition>();
        var assessments = programs.Take(2).Select((p, i) => Assessment.Create(
            AssessmentId.Create($"as-{i}").Value, pairs[i].Mentees[0], AssessmentPhase.BeforeEntry, Day(), p.Id, 3.5m, AssessmentScale.Create("5-балльная", 1, 5).Value, Maybe("заметки")).Value).ToList();
        var reports = Coin() ? [MonitoringReport.Create(SampleIds.Document("rep-1"), org, 2024, teachers[1].Id, new DateOnly(2024, 6, 30)).Value] : new List<MonitoringReport>();

        var builder = new MentoringCaseBuilder(Organization.Create(org, "МБОУ «СОШ № 1»", Pick(OrganizationKinds.Vocabulary.All).Value, Coin() ? SampleIds.Municipality() : null, teachers[0].Id, Coin() ? Coin() : null).Value)
            .AddTeachers(teachers).AddStudents(students).AddExternalPeople(external).AddOrders(orders).AddConsents(consents).AddAddenda(addenda)
            .AddPairs(pairs).AddPrograms(programs).AddPetitions(petitions).AddRoadmaps(roadmap).AddAssessments(assessments).AddReports(reports);
        if (Coin())
        {
            builder.WithMentorRegistry(MentorRegistry.Create(org, [
                MentorRecord.Create(RegistryRecordId.Create("1").Value, "Иванова Мария Петровна", "СОШ № 1", ["математика"], Maybe("Учитель года"), Maybe("шахматы"), AgeRange.Create(22, Coin() ? 35 : null).Value, TimeResource.Create(2, Maybe("2 ч в неделю")).Value, Day(), ["Смирнов А. В."], MentoringForm.TeacherTeacher, Maybe("СОШ № 1"), null, null, Maybe("https://school/case"), teachers[0].Id).Value]).Value);
        }

        if (Coin())
        {
            builder.WithMenteeRegistry(MenteeRegistry.Create(org, [
                MenteeRecord.Create(RegistryRecordId.Create("1").Value, "Смирнов Алексей Викторович", 1999, Maybe("дисциплина"), new DateOnly(2023, 9, 1), Maybe("Иванова М. П."), MentoringForm.TeacherTeacher, null, Coin() ? new DateOnly(2024, 6, 1) : null, null, null, Maybe("прошёл"), Maybe("консультации куратора"), teachers[1].Id).Value,
                MenteeRecord.Create(RegistryRecordId.Create("2").Value, "Орлова Анна").Value]).Value);
        }

        return builder.Build().Value;
    }

    private static PersonalizedProgram Program(Random random, MentoringPair pair, int index)
    {
        var start = new DateOnly(2023, 9, 1).AddDays(random.Next(60));
        var program = PersonalizedProgram.Create(
            ProgramId.Create($"prog-{index}").Value,
            pair.Id,
            ProgramTerm.Create(start, start.AddMonths(3 + random.Next(9))).Value,
            random.Next(2) == 0 ? "методика" : null,
            ["дисциплина", "документация"],
            random.Next(2) == 0 ? ["ИКТ"] : null,
            random.Next(2) == 0 ? MentoringForm.TeacherTeacher : null,
            [MentoringKind.Traditional],
            [PlannedActivity.Create(ActivityId.Create("a-1").Value, "Посещение уроков", start.AddDays(20), pair.Mentors[0], random.Next(2) == 0 ? start.AddDays(15) : null).Value]).Value;
        var status = (ProgramStatus)(1 + random.Next(5));
        if (status == ProgramStatus.Draft)
        {
            return program;
        }

        program.Approve(start.AddDays(-3));
        program.EnterStage(ProgramStage.Preparatory, start.AddDays(-10));
        if (status is ProgramStatus.Active or ProgramStatus.Completed || random.Next(2) == 0)
        {
            program.Activate(start);
            program.EnterStage(ProgramStage.Implementation, start);
            program.ApplyChange(ProgramChange.Create(ProgramChangeKind.Extension, start.AddDays(30), "продление", [.. pair.Mentors, .. pair.Mentees], newEnd: program.Term.End.AddDays(14)).Value);
            program.ApplyChange(ProgramChange.Create(ProgramChangeKind.FormChange, start.AddDays(31), "смена формы", pair.Mentors, newForm: MentoringForm.HeadTeacher).Value);
        }

        if (status == ProgramStatus.Completed)
        {
            program.Complete(Completion.Create(CompletionGround.PlanCompleted, program.Term.End).Value);
            program.PublishResults(program.Term.End.AddDays(5), "сайт школы");
        }
        else if (status == ProgramStatus.Terminated)
        {
            program.Terminate(Completion.Create(CompletionGround.ParticipantInitiative, start.AddDays(40), "переезд", pair.Mentees[0], start.AddDays(35)).Value);
        }

        return program;
    }
}
