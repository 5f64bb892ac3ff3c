using Mentoring.Domain.People;

namespace Mentoring.Domain.Tests.People;

public sealed class PeopleVocabularyTests
{
    [Theory]
    [InlineData("начальное общее образование", EducationStage.Primary)]
    [InlineData("основное общее", EducationStage.Basic)]
    [InlineData("secondary", EducationStage.Secondary)]
    public void EducationStagesParse_RussianNameOrCode_FindsStage(string text, EducationStage expected)
    {
        Assert.Equal(expected, EducationStages.Vocabulary.Parse(text).Value);
    }

    [Theory]
    [InlineData("общий педагогический стаж", ExperienceScope.Total)]
    [InlineData("стаж работы в организации", ExperienceScope.Organization)]
    public void ExperienceScopesParse_RussianName_FindsScope(string text, ExperienceScope expected)
    {
        Assert.Equal(expected, ExperienceScopes.Vocabulary.Parse(text).Value);
        Assert.Equal(text, expected.Term().NameRu);
    }

    [Fact]
    public void EducationStagesOfGrade_NotAGrade_IsNull()
    {
        Assert.Null(EducationStages.OfGrade(EducationStages.LastGrade + 1));
        Assert.Null(EducationStages.OfGrade(EducationStages.FirstGrade - 1));
    }
}
