using Mentoring.Rules.Editions;
using Mentoring.Rules.Policies;
using Mentoring.Rules.Specifications;
using static Mentoring.Rules.Tests.Policies.Support.CaseBuilder;

namespace Mentoring.Rules.Tests.Specifications;

/// <summary>The specifications an edition gives read a bound of years as the rule does (the upper side in whole years; a mentor's lower side).</summary>
public sealed class EditionSpecificationsBoundTests
{
    private static readonly DateOnly On = D(2024, 9, 1);

    private static ResolvedEdition Edition(Action<EditionBuilder> set)
    {
        var builder = new EditionBuilder("bound-school").Titled("Школа", "School").Inherits("federal-2021");
        set(builder);
        var catalog = EditionCatalog.Bundled.With(builder.Build(PolicyCatalog.Bundled).Value);
        return catalog.Value.Resolve("bound-school", On).Value;
    }

    private static bool Mentee(ResolvedEdition edition, int age, int years)
    {
        var teacher = School().Teacher("t1", birthDate: On.AddYears(-age), careerStart: On.AddYears(-years)).Build().Teachers.Single();
        return EditionSpecifications.EligibleMentees(edition, On).IsSatisfiedBy(teacher);
    }

    [Theory]
    [InlineData("до 35 лет", 35, false)]
    [InlineData("не старше 35 лет", 35, true)]
    [InlineData("не старше 35 лет", 36, false)]
    [InlineData("35", 35, false)]
    public void EligibleMentees_AgeBound_UpperSideInWholeYears(string words, int age, bool expected)
    {
        object value = int.TryParse(words, out var n) ? n : words;
        var edition = Edition(e => e.Enable("mentee.eligible-category").Set("mentee.eligible-category", "categories", new[] { "young-specialist" }).Set("mentee.eligible-category", "ageUnder", value));

        Assert.Equal(expected, Mentee(edition, age, 1));
    }

    [Theory]
    [InlineData("не более 3 лет", 3, true)]
    [InlineData("до 3 лет", 3, false)]
    public void EligibleMentees_ExperienceBound_UpperSideInWholeYears(string words, int years, bool expected)
    {
        var edition = Edition(e => e.Enable("mentee.eligible-category").Set("mentee.eligible-category", "categories", new[] { "young-specialist" }).Set("mentee.eligible-category", "maxExperienceYears", words));

        Assert.Equal(expected, Mentee(edition, 30, years));
    }

    [Theory]
    [InlineData("не менее 5 лет", 5)]
    [InlineData("более 5 лет", 6)]
    [InlineData("5", 5)]
    public void EligibleMentors_YearsBound_FewestWholeYears(string words, int fewest)
    {
        object value = int.TryParse(words, out var n) ? n : words;
        var edition = Edition(e => e.Enable("mentor.min-experience").Set("mentor.min-experience", "years", value));
        var spec = EditionSpecifications.EligibleMentors(edition, On);
        var exactly = School().Teacher("m1", careerStart: On.AddYears(-fewest)).Build().Teachers.Single();
        var fewer = School().Teacher("m1", careerStart: On.AddYears(-fewest).AddDays(1)).Build().Teachers.Single();

        Assert.True(spec.IsSatisfiedBy(exactly));
        Assert.False(spec.IsSatisfiedBy(fewer));
    }
}
