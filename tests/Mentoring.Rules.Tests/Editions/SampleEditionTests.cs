using Mentoring.Rules.Editions;
using Mentoring.Rules.Validation;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;
using Outcome = Mentoring.Rules.Policies.Outcome;

namespace Mentoring.Rules.Tests.EditionFiles;

/// <summary>The worked example of docs/editions.md: samples/editions/my-school.json.</summary>
public sealed class SampleEditionTests
{
    private static readonly DateOnly AsOf = D(2024, 10, 1);

    private static string SamplePath => Fixtures.InRoot("samples", "editions", "my-school.json");

    private static MentoringValidator Validator() =>
        new(Fixtures.Ok(EditionCatalog.Bundled.WithFiles(SamplePath)));

    // A mentor with 3 years' experience and three mentees, on a 15-month program.
    private static Mentoring.Domain.Cases.MentoringCase Case() =>
        School()
            .Teacher("m1", birthDate: D(1990, 1, 1), careerStart: D(2021, 9, 1), hireDate: D(2021, 9, 1))
            .Teacher("t1", birthDate: D(1999, 1, 1), careerStart: D(2023, 9, 1), hireDate: D(2023, 9, 1))
            .Teacher("t2", birthDate: D(1999, 1, 1), careerStart: D(2023, 9, 1), hireDate: D(2023, 9, 1))
            .Teacher("t3", birthDate: D(1999, 1, 1), careerStart: D(2023, 9, 1), hireDate: D(2023, 9, 1))
            .Pair("p1", ["m1"], ["t1"], formedOn: D(2023, 9, 10))
            .Pair("p2", ["m1"], ["t2"], formedOn: D(2023, 9, 10))
            .Pair("p3", ["m1"], ["t3"], formedOn: D(2023, 9, 10))
            .Program("prog-1", "p1", D(2023, 9, 15), D(2024, 12, 14))
            .Build();

    [Fact]
    public void Read_SampleFile_LoadsOverTheBundledEditions()
    {
        var catalog = Fixtures.Ok(EditionCatalog.Bundled.WithFiles(SamplePath));

        var resolved = Fixtures.Ok(catalog.Resolve("my-school", AsOf));

        Assert.Equal(["federal-2021", "krasnokutsky-2022", "my-school"], resolved.Chain);
        Assert.Contains(resolved.Parameters("program.duration").All, p => p.Name == "minMonths" && Equals(p.Value, 12) && p.Source == "my-school");
        Assert.Contains(resolved.Parameters("program.duration").All, p => p.Name == "maxMonths" && p.Value is null && p.Source == "my-school");
    }

    [Fact]
    public void Validate_SampleEdition_ProgramLongerThanAYearIsFine()
    {
        var validator = Validator();

        var district = Fixtures.Ok(validator.Validate(Case(), "krasnokutsky-2022", AsOf));
        var school = Fixtures.Ok(validator.Validate(Case(), "my-school", AsOf));

        Assert.Equal(Outcome.Violated, Assert.Single(district.Of("program.duration")).Outcome);
        Assert.Equal(Outcome.Satisfied, Assert.Single(school.Of("program.duration")).Outcome);
    }

    [Fact]
    public void Validate_SampleEdition_ExperienceAndMenteeCapsApply()
    {
        var validator = Validator();

        var district = Fixtures.Ok(validator.Validate(Case(), "krasnokutsky-2022", AsOf));
        var school = Fixtures.Ok(validator.Validate(Case(), "my-school", AsOf));

        Assert.Empty(district.Of("mentor.min-experience"));
        Assert.Empty(district.Of("mentor.max-mentees"));
        Assert.Contains(school.Of("mentor.min-experience"), f => f.Outcome == Outcome.Violated && f.Subjects.Any(s => s.Id == "m1"));
        Assert.Contains(school.Of("mentor.max-mentees"), f => f.Outcome == Outcome.Violated && f.Subjects.Any(s => s.Id == "m1"));
    }
}
