using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the mentoring rules with a host's services.</summary>
public static class MentoringRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PolicyCatalog"/>, <see cref="EditionCatalog"/> and <see cref="MentoringValidator"/> as
    /// singletons: the bundled rules and editions plus whatever <paramref name="configure"/> adds. They are built
    /// once, on first resolution; the validator compiles each edition's rule set once and is safe to share.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds the host's own rules and editions.</param>
    /// <returns>The services.</returns>
    /// <remarks>A misconfiguration (an unknown rule, a bad edition file) throws <see cref="InvalidOperationException"/> on first resolution, listing every error.</remarks>
    public static IServiceCollection AddMentoringRules(this IServiceCollection services, Action<MentoringRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new MentoringRulesOptions();
        configure?.Invoke(options);
        var validator = new Lazy<MentoringValidator>(options.Build, LazyThreadSafetyMode.ExecutionAndPublication);
        services.AddSingleton(_ => validator.Value);
        services.AddSingleton(_ => validator.Value.Editions);
        services.AddSingleton(_ => validator.Value.Policies);
        return services;
    }
}
