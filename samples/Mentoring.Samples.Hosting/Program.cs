// Hosting: the rules in a host's services, without a generic host. AddMentoringRules registers PolicyCatalog,
// EditionCatalog and MentoringValidator as singletons (built once, on first use, thread-safe); the host adds its
// school's edition file, and its own service takes the validator and a logger by injection.
using Mentoring.Domain.Documents;
using Mentoring.Rules.Editions;
using Mentoring.Samples.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var editionFile = Path.Combine(AppContext.BaseDirectory, "editions", "my-school.json");
var caseFile = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "data", "krasnokutsky-2022", "violations.json");
var asOf = args.Length > 1 ? DateOnly.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : new DateOnly(2024, 10, 1);   // my-school is in force from 2024-09-01

using var services = new ServiceCollection()
    .AddLogging(logging => logging
        .AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.IncludeScopes = false;
        })
        .SetMinimumLevel(LogLevel.Information))
    .AddMentoringRules(rules => rules.AddEditionFile(editionFile))  // a misconfigured edition throws on first resolution
    .AddSingleton<CaseChecker>()
    .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

var editions = services.GetRequiredService<EditionCatalog>();
Console.WriteLine($"Editions: {string.Join(", ", editions.Editions.Select(e => e.Id))}");

var read = CaseFile.Read(caseFile);
if (!read.IsSuccess)
{
    foreach (var diagnostic in read.ValidationErrors)
    {
        Console.Error.WriteLine(diagnostic);
    }

    return 2;
}

var checker = services.GetRequiredService<CaseChecker>();
var violations = 0;
foreach (var @case in read.Value.Cases)
{
    // The district's edition and the school's own (which inherits it) side by side.
    violations += checker.Check(@case, "krasnokutsky-2022", asOf);
    violations += checker.Check(@case, "my-school", asOf);
}

return violations > 0 ? 1 : 0;
