using Mentoring.Rules.Editions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mentoring.Samples.WebHost;

/// <summary>Healthy when the editions load (the bundled ones and the configured files) and at least one is in the catalogue.</summary>
internal sealed class EditionsHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var editions = services.GetRequiredService<EditionCatalog>().Editions;
            return Task.FromResult(editions.Count == 0
                ? HealthCheckResult.Unhealthy("No edition is loaded.")
                : HealthCheckResult.Healthy($"{editions.Count} editions loaded.", new Dictionary<string, object> { ["editions"] = editions.Select(e => e.Id).ToArray() }));
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The editions do not load.", exception));
        }
    }
}
