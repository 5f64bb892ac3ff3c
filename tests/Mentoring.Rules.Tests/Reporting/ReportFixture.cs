using Mentoring.Domain;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Monitoring.Indicators;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Reporting;
using Mentoring.Rules.Roadmaps;
using Mentoring.Rules.Validation;

namespace Mentoring.Rules.Tests.Reporting;

/// <summary>A small fixed input for the HTML report: one school, four teachers, one pair, two seed roadmaps, 2022–2024.</summary>
internal static class ReportFixture
{
    public static readonly DateOnly AsOf = new(2024, 3, 1);

    public static MunicipalCase Municipality()
    {
        var school = Organization.Create(OrganizationId.Create("school-7").Value, "МБОУ «СОШ № 7»", OrganizationKind.School, MunicipalityId.Create("demo").Value).Value;
        Teacher T(string id, string surname, DateOnly birth, DateOnly career) =>
            Teacher.Create(PersonId.Create(id).Value, PersonName.Create(surname, "Анна", "Петровна").Value, school.Id, "учитель", birth, career, career).Value;
        var pair = MentoringPair.Create(PairId.Create("pair-1").Value, school.Id, [PersonId.Create("t-mentor").Value], [PersonId.Create("t-young1").Value], MentoringForm.TeacherTeacher, formedOn: new DateOnly(2023, 9, 1)).Value;
        var program = PersonalizedProgram.Create(
            ProgramId.Create("prog-1").Value, pair.Id, ProgramTerm.Create(new DateOnly(2023, 9, 1), new DateOnly(2024, 5, 31)).Value,
            activities: [PlannedActivity.Create(ActivityId.Create("a-1").Value, "посещение уроков", new DateOnly(2023, 10, 15)).Value]).Value;
        program.Approve(new DateOnly(2023, 8, 25));
        program.Activate(new DateOnly(2023, 9, 1));
        var @case = new MentoringCaseBuilder(school)
            .AddTeachers(
                T("t-mentor", "Соколова", new DateOnly(1975, 3, 1), new DateOnly(1998, 9, 1)),
                T("t-young1", "Егорова", new DateOnly(2000, 4, 1), new DateOnly(2022, 9, 1)),
                T("t-young2", "Белова", new DateOnly(1999, 4, 1), new DateOnly(2022, 9, 1)),
                T("t-old", "Кузнецова", new DateOnly(1980, 1, 1), new DateOnly(2005, 9, 1)))
            .AddPairs(pair)
            .AddPrograms(program)
            .Build().Value;
        return MunicipalCase.Create(Domain.Organizations.Municipality.Create(MunicipalityId.Create("demo").Value, "Демонстрационный район").Value, [@case]).Value;
    }

    public static ReportInput Input()
    {
        var municipality = Municipality();
        var validator = new MentoringValidator(EditionCatalog.Bundled);
        var ivanteevka = SeedRoadmaps.Load("ivanteevka-2021-2022").Value;
        ivanteevka.MarkActivityDone("1.1", new DateOnly(2021, 9, 10));
        ivanteevka.MarkActivityDone("2.1", new DateOnly(2021, 10, 12));
        var edition = EditionCatalog.Bundled.Resolve("federal-2021", AsOf).Value;
        return new ReportInput
        {
            AsOf = AsOf,
            Title = "Мониторинг наставничества: демонстрационный район",
            Municipality = "Демонстрационный район",
            EditionId = "federal-2021",
            EditionTitle = edition.Edition.TitleRu,
            NotChecked = [.. EditionCatalog.Bundled.Policies.Policies.Where(p => !edition.IsEnabled(p.Id))],
            OrganizationNames = municipality.Cases.ToDictionary(c => c.Organization.Id.Value, c => c.Organization.Name),
            Validation = validator.Validate(municipality, "federal-2021", AsOf).Value,
            Roadmaps =
            [
                RoadmapStatusReport.Create(ivanteevka, new DateOnly(2021, 10, 10)).Value,
                RoadmapStatusReport.Create(SeedRoadmaps.Load("smolensk-2022-2024").Value, new DateOnly(2023, 6, 20)).Value,
            ],
            Indicators = IndicatorCalculator.ComputeYears(municipality, 2022, AsOf).Value,
        };
    }

    /// <summary>This source file's folder (where the golden files live), fixed at compile time.</summary>
    public static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
