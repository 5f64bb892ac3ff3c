// Hosting: the rules in a generic host, configured the Microsoft.Extensions way.
//  - appsettings.json's "Mentoring" section binds IOptions<MentoringRulesOptions> (the school's edition file, relative
//    to the content root); the options are validated when the host starts, so a bad edition file stops it here.
//  - the validator logs through the host's logging (event ids 1001–1104, docs/hosting.md) and measures through its
//    IMeterFactory; OpenTelemetry's console exporter prints the "Mentoring.Rules" meter and activity source.
//  - "today" is the host's TimeProvider's (TimeProvider.System unless a host registers another).
// Usage: dotnet run --project samples/Mentoring.Samples.Hosting [-- <case file> [yyyy-MM-dd]]
using System.Globalization;
using Mentoring.Rules.Diagnostics;
using Mentoring.Rules.Validation;
using Mentoring.Samples.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args.Length > 0 && !args[0].StartsWith('-') ? [] : args,
    ContentRootPath = AppContext.BaseDirectory,   // appsettings.json, editions/ and data/ are copied beside the program
});

builder.Services.AddMentoringRules(builder.Configuration.GetSection(MentoringRulesOptions.SectionName), configure: null);
builder.Services.AddOpenTelemetry()
    .ConfigureResource(resource => resource.AddService("Mentoring.Samples.Hosting"))
    .WithMetrics(metrics => metrics.AddMeter(MentoringDiagnostics.MeterName).AddConsoleExporter())
    .WithTracing(tracing => tracing.AddSource(MentoringDiagnostics.ActivitySourceName).AddConsoleExporter());
builder.Services.AddSingleton<CaseChecker>();

using var host = builder.Build();
try
{
    await host.StartAsync().ConfigureAwait(false);   // ValidateOnStart: reads and checks every configured edition file
}
catch (OptionsValidationException exception)
{
    foreach (var failure in exception.Failures)
    {
        Console.Error.WriteLine(failure);
    }

    return 2;
}

var sample = builder.Configuration.GetSection("Sample");
var caseFile = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : Path.Combine(builder.Environment.ContentRootPath, sample["CaseFile"]!);
var validator = host.Services.GetRequiredService<MentoringValidator>();
var asOf = args.Length > 1 ? DateOnly.Parse(args[1], CultureInfo.InvariantCulture) : validator.Today;   // the host's clock
var editions = sample.GetSection("Editions").Get<string[]>() ?? ["krasnokutsky-2022"];

var checker = host.Services.GetRequiredService<CaseChecker>();
var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
var violations = 0;
foreach (var edition in editions)
{
    // The district's edition and the school's own (which inherits it) side by side.
    var checkedCase = await checker.CheckAsync(caseFile, edition, asOf, lifetime.ApplicationStopping).ConfigureAwait(false);
    if (checkedCase is null)
    {
        await host.StopAsync().ConfigureAwait(false);
        return 2;
    }

    violations += checkedCase.Value;
}

await host.StopAsync().ConfigureAwait(false);   // disposing the host flushes the exporters: the metrics are printed at the end
return violations > 0 ? 1 : 0;
