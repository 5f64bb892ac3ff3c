using Mentoring.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Validates <see cref="MentoringRulesOptions"/> by building them: every edition file is read and every edition checked
/// against the policies, and each error (code, <c>file(line,column)</c>, message) is one failure. With
/// <c>ValidateOnStart</c> a host with a bad edition file does not start.
/// </summary>
internal sealed class MentoringRulesOptionsValidator(IServiceProvider services) : IValidateOptions<MentoringRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, MentoringRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var loggers = services.GetService<ILoggerFactory>();
        var logger = (ILogger?)loggers?.CreateLogger("Mentoring.Rules.Hosting") ?? NullLogger.Instance;
        var built = options.Build(logger);
        return built.Errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(built.Errors.Select(e => "Mentoring rules are misconfigured: " + e.Describe()));
    }
}
