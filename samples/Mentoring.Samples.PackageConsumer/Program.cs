// A consumer of the Mentoring.Rules package (and, through it, Mentoring.Domain): read a case file, validate it
// under a bundled edition, print the violations. Everything here comes from the packages, nothing from the repository.
using System.Reflection;
using Mentoring.Domain.Documents;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;

const string caseJson = """
{
  "organization": { "id": "school-7", "name": "МБОУ «СОШ № 7»", "kind": "school" },
  "teachers": [
    { "id": "T-01", "name": { "surname": "Соколова", "givenName": "Анна", "patronymic": "Викторовна" }, "position": "учитель математики" },
    { "id": "T-02", "name": { "surname": "Егоров", "givenName": "Илья", "patronymic": "Сергеевич" }, "position": "учитель математики" }
  ],
  "pairs": [ { "id": "P-1", "mentors": ["T-01"], "mentees": ["T-02"], "form": "teacher-teacher" } ],
  "programs": [ { "id": "PR-1", "pairId": "P-1", "term": { "start": "2024-09-01", "end": "2024-10-31" } } ]
}
""";

var read = CaseFile.Read(System.Text.Encoding.UTF8.GetBytes(caseJson), new CaseFileOptions { FileName = "school-7.json" });
if (!read.IsSuccess)
{
    foreach (var diagnostic in read.ValidationErrors)
    {
        Console.Error.WriteLine($"{diagnostic.ErrorCode} at {diagnostic.Identifier}: {diagnostic.ErrorMessage}");
    }

    return 2;
}

var library = typeof(MentoringValidator).Assembly;
Console.WriteLine($"Mentoring.Rules {library.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion} from {library.Location}");

var validator = new MentoringValidator(EditionCatalog.Bundled);
var report = validator.Validate(read.Value.Cases[0], "krasnokutsky-2022", new DateOnly(2024, 10, 1)).Value;
foreach (var finding in report.Findings.Where(f => f.Outcome == Outcome.Violated))
{
    Console.WriteLine($"VIOLATED {finding.RuleId} ({finding.Clause}): {finding.MessageEn}");
}

Console.WriteLine($"Editions: {EditionCatalog.Bundled.Editions.Count}, rules: {PolicyCatalog.Bundled.Policies.Count}, violations: {report.Count(Outcome.Violated)}");
return 0;
