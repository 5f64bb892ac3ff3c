// Getting started: build one school's mentoring case in code and ask what the regulation says about it.
using Mentoring.Domain;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Pairs;
using Mentoring.Domain.People;
using Mentoring.Domain.Programs;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;

var school = OrganizationId.Create("school-7").Value;
var mentor = Teacher.Create(
    PersonId.Create("T-01").Value, PersonName.Parse("Соколова Анна Викторовна").Value, school,
    position: "учитель математики", birthDate: new DateOnly(1979, 3, 2), pedagogicalCareerStart: new DateOnly(2001, 9, 1)).Value;
var mentee = Teacher.Create(
    PersonId.Create("T-02").Value, PersonName.Parse("Егоров Илья Сергеевич").Value, school,
    position: "учитель математики", birthDate: new DateOnly(2000, 11, 20), pedagogicalCareerStart: new DateOnly(2023, 9, 1)).Value;

var pair = MentoringPair.Create(
    PairId.Create("P-1").Value, school, [mentor.Id], [mentee.Id], MentoringForm.TeacherTeacher,
    RoleModel.ExperiencedTeacherYoungSpecialist).Value;

// A program of two months: the model keeps it (a school's documents may say so), the rules find it.
var program = PersonalizedProgram.Create(
    ProgramId.Create("PR-1").Value, pair.Id, ProgramTerm.Create(new DateOnly(2024, 9, 1), new DateOnly(2024, 10, 31)).Value,
    direction: "адаптация молодого специалиста").Value;

var asOf = new DateOnly(2024, 10, 1);
Console.WriteLine($"Наставник: {mentor.Name.FullName}, полных лет педагогического стажа: {mentor.ExperienceYearsOn(asOf, ExperienceScope.Total)}");
Console.WriteLine($"Наставляемый: {mentee.Name.FullName}, молодой специалист: {mentee.IsYoungSpecialistOn(asOf)}");
Console.WriteLine($"Форма: «{pair.Form.Term().NameRu}», ролевая модель: «{pair.RoleModel?.Term().NameRu}»");
Console.WriteLine($"Программа {program.Id}: {program.Term.Start:dd.MM.yyyy}–{program.Term.End:dd.MM.yyyy}, полных месяцев: {program.Term.WholeMonths}");
Console.WriteLine();

var @case = new MentoringCaseBuilder(Organization.Create(school, "МБОУ «СОШ № 7»", OrganizationKind.School).Value)
    .AddTeachers(mentor, mentee)
    .AddPairs(pair)
    .AddPrograms(program)
    .Build().Value;

// Validate under the defaults of every rule (a real host picks the school's edition, see docs/editions.md).
var edition = new EditionBuilder("defaults").Titled("Значения по умолчанию", "Defaults").Build(PolicyCatalog.Bundled).Value;
var validator = new MentoringValidator(EditionCatalog.Empty(PolicyCatalog.Bundled).With(edition).Value);
var report = validator.Validate(@case, "defaults", asOf).Value;

foreach (var finding in report.Findings.Where(f => f.Outcome is Outcome.Violated or Outcome.Unknown))
{
    Console.WriteLine($"[{finding.Outcome}] {finding.RuleId} ({finding.Clause}): {finding.MessageRu}");
}

Console.WriteLine();
Console.WriteLine($"Нарушений: {report.Count(Outcome.Violated)}, не хватает данных: {report.Count(Outcome.Unknown)}, выполнено: {report.Count(Outcome.Satisfied)}");
return 0;
