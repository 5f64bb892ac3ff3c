using Mentoring.PublicApi;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Rules.Tests.PublicApi;

/// <summary>
/// The public API of Mentoring.Rules is reviewed: it must equal <c>src/Mentoring.Rules/PublicAPI.approved.txt</c>.
/// A change fails with the differences; approve it with <c>MENTORING_APPROVE_API=1</c>.
/// </summary>
public sealed class PublicApiTests
{
    private const string ApprovedFile = "src/Mentoring.Rules/PublicAPI.approved.txt";

    private static readonly System.Reflection.Assembly Library = typeof(MentoringValidator).Assembly;

    [Fact]
    public void Generate_CurrentAssembly_MatchesApprovedFile()
    {
        PublicApiApproval.Verify(Library, ApprovedFile);
    }

    [Fact]
    public void Generate_EmbedderEntryPoints_AreListed()
    {
        var api = PublicApiGenerator.Generate(Library);

        Assert.Contains("\npublic sealed class Mentoring.Rules.Validation.MentoringValidator\n", api, StringComparison.Ordinal);
        Assert.Contains(
            "  public static IServiceCollection AddMentoringRules(this IServiceCollection services, Action<MentoringRulesOptions>? configure = null)\n",
            api, StringComparison.Ordinal);
        Assert.Contains("\npublic sealed class Mentoring.Rules.Editions.EditionCatalog\n", api, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_BundledPolicyClasses_AreNotPublic()
    {
        // Embedders name the regulation's rules by their catalogue identifiers, never by class.
        var api = PublicApiGenerator.Generate(Library);

        Assert.All(PolicyCatalog.Bundled.Policies, p => Assert.False(PublicApiGenerator.ListsType(api, p.RuleType), $"{p.RuleType.FullName} is public."));
        Assert.True(PublicApiGenerator.ListsType(api, typeof(PolicyCatalog)));
    }

    [Fact]
    public void AddMentoringRules_IsInTheDependencyInjectionNamespace()
    {
        Assert.Equal("Microsoft.Extensions.DependencyInjection", typeof(MentoringRulesServiceCollectionExtensions).Namespace);
    }
}
