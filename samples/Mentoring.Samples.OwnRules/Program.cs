// Own rules: an embedder's rule class and edition file, beside the bundled rules and editions, validated together.
// AddRules adds the class to the policy catalogue; AddEditionFile reads the edition against that larger catalogue,
// so the file may switch and set the school's rule as well as the bundled ones.
using Mentoring.Domain.Documents;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Mentoring.Samples.OwnRules;
using Microsoft.Extensions.DependencyInjection;

var asOf = new DateOnly(2024, 6, 30);
using var services = new ServiceCollection()
    .AddMentoringRules(rules => rules
        .AddRules(typeof(MentorCompetencesOnRecord))   // or .AddRules(typeof(MentorCompetencesOnRecord).Assembly)
        .AddEditionFile(Path.Combine(AppContext.BaseDirectory, "editions", "school-1.json")))
    .BuildServiceProvider();

var policies = services.GetRequiredService<PolicyCatalog>();
var own = policies.Find("school-1.mentor-competences")!;
Console.WriteLine($"Rules: {policies.Policies.Count} (with the school's own «{own.TitleRu}», {own.Source})");

var @case = CaseFile.Read(Path.Combine(AppContext.BaseDirectory, "data", "krasnokutsky-2022", "violations.json")).Value.Cases[0];
var validator = services.GetRequiredService<MentoringValidator>();
foreach (var edition in new[] { "krasnokutsky-2022", "school-1" })
{
    var report = validator.Validate(@case, edition, asOf).Value;
    Console.WriteLine();
    Console.WriteLine($"{edition} ({string.Join(" > ", report.EditionChain)}): {report.Count(Outcome.Violated)} violated");
    foreach (var finding in report.Findings.Where(f => f.RuleId.StartsWith("school-1.", StringComparison.Ordinal) || f.RuleId == "mentor.max-mentees"))
    {
        Console.WriteLine($"  [{finding.Outcome}] {finding.RuleId}: {finding.MessageEn}");
    }
}

// Explain works for the school's rule like for any other: metadata, parameters with their source, findings.
var explanation = validator.Explain(@case, "school-1", asOf, "school-1.mentor-competences").Value;
Console.WriteLine();
Console.WriteLine(explanation);
return 0;
