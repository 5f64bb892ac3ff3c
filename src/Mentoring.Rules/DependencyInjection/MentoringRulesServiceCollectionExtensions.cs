using System.Diagnostics.Metrics;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the mentoring rules with a host's services.</summary>
public static class MentoringRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PolicyCatalog"/>, <see cref="EditionCatalog"/> and <see cref="MentoringValidator"/> as
    /// singletons: the bundled rules and editions plus whatever <paramref name="configure"/> adds. They are built
    /// once; the validator compiles each edition's rule set once and is safe to share. Calling it again registers
    /// nothing new (each call's <paramref name="configure"/> still applies to the one options object).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds the host's own rules and editions.</param>
    /// <returns>The services.</returns>
    /// <remarks>
    /// The options are <c>IOptions&lt;MentoringRulesOptions&gt;</c>, validated on start: a misconfiguration (an unknown
    /// rule, a bad edition file) stops a host with an <see cref="OptionsValidationException"/> listing every error, or,
    /// without a host, throws it on first resolution. Relative edition paths are under the host's content root.
    /// <see cref="TimeProvider"/> is <see cref="TimeProvider.System"/> unless the host registered its own; the
    /// validator logs through the host's <see cref="ILoggerFactory"/> and measures through its
    /// <see cref="IMeterFactory"/> when they are registered.
    /// </remarks>
    public static IServiceCollection AddMentoringRules(this IServiceCollection services, Action<MentoringRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<MentoringRulesOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        if (services.Any(d => d.ServiceType == typeof(MentoringRulesMarker)))
        {
            return services;
        }

        services.AddSingleton<MentoringRulesMarker>();
        options
            .PostConfigure<IServiceProvider>((o, provider) => o.ContentRoot ??= provider.GetService<IHostEnvironment>()?.ContentRootPath)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MentoringRulesOptions>, MentoringRulesOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new MentoringValidator(
            Built(provider),
            provider.GetService<TimeProvider>(),
            provider.GetService<ILoggerFactory>(),
            provider.GetService<IMeterFactory>()));
        services.TryAddSingleton(provider => provider.GetRequiredService<MentoringValidator>().Editions);
        services.TryAddSingleton(provider => provider.GetRequiredService<MentoringValidator>().Policies);
        return services;
    }

    /// <summary>
    /// Registers the mentoring rules (as <see cref="AddMentoringRules(IServiceCollection, Action{MentoringRulesOptions}?)"/>)
    /// with their options bound from a configuration section, such as <c>builder.Configuration.GetSection("Mentoring")</c>:
    /// <c>UseBundledEditions</c>, <c>EditionFiles</c> (relative to the content root), <c>ContentRoot</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section the options are bound from.</param>
    /// <param name="configure">Adds what configuration cannot say (rule assemblies, editions built in code); may be null.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddMentoringRules(this IServiceCollection services, IConfiguration configuration, Action<MentoringRulesOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MentoringRulesOptions>().Bind(configuration);
        return services.AddMentoringRules(configure);
    }

    private static EditionCatalog Built(IServiceProvider provider)
    {
        // The monitor's instance is the one ValidateOnStart validated (and so built): validated here too, or throws.
        var options = provider.GetRequiredService<IOptionsMonitor<MentoringRulesOptions>>().CurrentValue;
        return options.Build(Logging.Abstractions.NullLogger.Instance).Editions!;
    }

    /// <summary>Marks the services as holding the mentoring rules, so that a second call adds nothing.</summary>
    private sealed class MentoringRulesMarker;
}
