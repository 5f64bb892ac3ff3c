using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Tests.EditionFiles;
using Mentoring.Rules.Validation;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using Outcome = Mentoring.Rules.Policies.Outcome;

namespace Mentoring.Rules.Tests.Hosting;

public sealed class AddMentoringRulesTests
{
    private static readonly DateOnly AsOf = D(2024, 1, 15);

    private static ServiceProvider Provider(Action<MentoringRulesOptions> configure) =>
        new ServiceCollection().AddMentoringRules(configure).BuildServiceProvider();

    private static void OwnRulesAndEdition(MentoringRulesOptions options) => options
        .AddRules(typeof(TeacherSeenRule), typeof(OptionalSchoolRule))
        .AddEdition("school", e => e.Titled("Школа", "School").Enable("school.optional").Set("school.teacher-seen", "label", "fancy"));

    [Fact]
    public void AddMentoringRules_Default_ResolvesTheBundledSingletons()
    {
        using var provider = new ServiceCollection().AddMentoringRules().BuildServiceProvider();

        var validator = provider.GetRequiredService<MentoringValidator>();

        Assert.Same(validator, provider.GetRequiredService<MentoringValidator>());
        Assert.Same(PolicyCatalog.Bundled, provider.GetRequiredService<PolicyCatalog>());
        Assert.Same(EditionCatalog.Bundled, provider.GetRequiredService<EditionCatalog>());
        Assert.Same(validator.Editions, provider.GetRequiredService<EditionCatalog>());
    }

    [Fact]
    public void AddMentoringRules_EmbedderRuleAndEdition_AreUsed()
    {
        using var provider = Provider(o => { o.UseBundledEditions = false; OwnRulesAndEdition(o); });
        var validator = provider.GetRequiredService<MentoringValidator>();

        var report = Fixtures.Ok(validator.Validate(School().Teacher("m1").Build(), "school", AsOf));

        Assert.NotNull(provider.GetRequiredService<PolicyCatalog>().Find("school.teacher-seen"));
        Assert.Equal("fancy: m1", Assert.Single(report.Of("school.teacher-seen")).MessageEn);
        Assert.Equal(Outcome.Satisfied, Assert.Single(report.Of("school.optional")).Outcome);
        Assert.Same(validator.Policies, provider.GetRequiredService<PolicyCatalog>());
    }

    [Fact]
    public void AddMentoringRules_EmbedderRuleAssemblyAndEditionFile_LoadBesideTheBundledOnes()
    {
        using var files = new TempFiles();
        var path = files.Write("school.json", """
            {
              "id": "school",
              "title": { "ru": "Школа", "en": "School" },
              "rules": { "school.teacher-seen": { "parameters": { "label": "fancy" } } }
            }
            """);
        using var provider = Provider(o => o.AddRules(typeof(TeacherSeenRule).Assembly).AddEditionFile(path));

        var editions = provider.GetRequiredService<EditionCatalog>();

        Assert.NotNull(editions.Find("school"));
        Assert.NotNull(editions.Find("krasnokutsky-2022"));
        Assert.NotNull(editions.Policies.Find("program.duration"));
    }

    [Fact]
    public void AddMentoringRules_BadEditionFile_ThrowsNamingFileLineAndColumn()
    {
        using var files = new TempFiles();
        var path = files.Write("bad.json", "{\n  \"id\": \"bad\",\n  \"title\": { \"ru\": \"Т\", \"en\": \"T\" },\n  \"rules\": { \"no.such\": {} }\n}");
        using var provider = Provider(o => { o.UseBundledEditions = false; o.AddRules(typeof(TeacherSeenRule)).AddEditionFile(path); });

        var exception = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<MentoringValidator>());

        Assert.Contains($"{path}(4,14)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("MR0101", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMentoringRules_ManyThreadsAtOnce_SameReportsAsSequential()
    {
        using var provider = Provider(o => { o.UseBundledEditions = false; OwnRulesAndEdition(o); });
        var validator = provider.GetRequiredService<MentoringValidator>();
        var cases = Enumerable.Range(0, 24).Select(i =>
        {
            var builder = School().Teacher("m1").Teacher("t1").Pair("p1", ["m1"], ["t1"]);
            for (var t = 0; t < i % 5; t++)
            {
                builder.Teacher($"x{t}");
            }

            return builder.Program("prog-1", "p1", D(2023, 9, 1), D(2023, 9, 1).AddMonths(1 + i)).Build();
        }).ToArray();
        static string Render(ValidationReport r) => string.Join("\n", r.Findings.Select(f => $"{f} [{string.Join(",", f.Subjects)}] [{string.Join(",", f.Facts)}]"));

        var sequential = cases.Select(c => Render(Fixtures.Ok(validator.Validate(c, "school", AsOf)))).ToArray();
        var parallel = new string[cases.Length * 8];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            parallel[i] = Render(Fixtures.Ok(provider.GetRequiredService<MentoringValidator>().Validate(cases[i % cases.Length], "school", AsOf))));

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % cases.Length], parallel[i]);
        }
    }

    [Fact]
    public void AddMentoringRules_ResolvedFromManyThreads_BuildsOnce()
    {
        using var provider = Provider(o => { o.UseBundledEditions = false; OwnRulesAndEdition(o); });

        var validators = new MentoringValidator[16];
        Parallel.For(0, validators.Length, i => validators[i] = provider.GetRequiredService<MentoringValidator>());

        Assert.All(validators, v => Assert.Same(validators[0], v));
    }
}
