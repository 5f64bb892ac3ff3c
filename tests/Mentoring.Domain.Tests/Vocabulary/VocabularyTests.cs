using Mentoring.Domain.Forms;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Roles;
using Mentoring.Domain.Stages;

namespace Mentoring.Domain.Tests.Vocabulary;

public sealed class VocabularyTests
{
    public static TheoryData<string, IReadOnlyList<(string Code, string NameRu, string NameEn)>> AllVocabularies() => new()
    {
        { "form", Describe(MentoringForms.Vocabulary) },
        { "roleModel", Describe(RoleModels.Vocabulary) },
        { "scale", Describe(FormScales.Vocabulary) },
        { "kinds", Describe(MentoringKinds.Vocabulary) },
        { "stage", Describe(ProgramStages.Vocabulary) },
        { "roadmapStage", Describe(RoadmapStages.Vocabulary) },
        { "role", Describe(MentoringRoles.Vocabulary) },
    };

    [Theory]
    [MemberData(nameof(AllVocabularies))]
    public void Vocabulary_EveryTerm_HasADistinctCodeAndBothNames(string field, IReadOnlyList<(string Code, string NameRu, string NameEn)> terms)
    {
        Assert.False(string.IsNullOrEmpty(field));
        Assert.Equal(terms.Count, terms.Select(t => t.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(terms, t =>
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", t.Code);
            Assert.Matches("[а-яё]", t.NameRu);
            Assert.DoesNotMatch("[а-яё]", t.NameEn);
        });
    }

    [Fact]
    public void Parse_EveryCodeAndRussianName_RoundTrips()
    {
        foreach (var term in MentoringForms.Vocabulary.All)
        {
            Assert.Equal(term.Value, MentoringForms.Vocabulary.Parse(term.Code).Value);
            Assert.Equal(term.Value, MentoringForms.Vocabulary.Parse(term.NameRu).Value);
        }

        foreach (var term in MentoringKinds.Vocabulary.All)
        {
            Assert.Equal(term.Value, MentoringKinds.Vocabulary.Parse(term.NameRu.ToUpperInvariant()).Value);
        }
    }

    [Theory]
    [InlineData("учитель – учитель", MentoringForm.TeacherTeacher)]
    [InlineData("Учитель - учитель", MentoringForm.TeacherTeacher)]
    [InlineData("педагог—педагог", MentoringForm.TeacherTeacher)]
    [InlineData("руководитель – педагог", MentoringForm.HeadTeacher)]
    [InlineData("STUDENT-STUDENT", MentoringForm.StudentStudent)]
    public void Parse_SeedSpellings_FindTheOneForm(string text, MentoringForm expected)
    {
        Assert.Equal(expected, MentoringForms.Vocabulary.Parse(text).Value);
    }

    [Fact]
    public void Parse_UnknownCode_ListsTheAllowedCodes()
    {
        var error = Assert.Single(MentoringForms.Vocabulary.Parse("pupil-pupil").ValidationErrors);

        Assert.Equal("MD0008", error.ErrorCode);
        Assert.Equal("form", error.Identifier);
        Assert.All(MentoringForms.Vocabulary.Codes, code => Assert.Contains(code, error.ErrorMessage, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UndefinedValue_Fails()
    {
        Assert.True(MentoringKinds.Vocabulary.Check(MentoringKind.Reverse).IsSuccess);
        Assert.Equal("MD0008", Assert.Single(MentoringKinds.Vocabulary.Check(default).ValidationErrors).ErrorCode);
        Assert.Throws<ArgumentOutOfRangeException>(() => MentoringKinds.Vocabulary[(MentoringKind)99]);
    }

    [Theory]
    [InlineData(RoleModel.ExperiencedTeacherYoungSpecialist, MentoringForm.TeacherTeacher)]
    [InlineData(RoleModel.InnovatorConservative, MentoringForm.TeacherTeacher)]
    [InlineData(RoleModel.PeerToPeer, MentoringForm.StudentStudent)]
    [InlineData(RoleModel.LeaderPassive, MentoringForm.StudentStudent)]
    public void Form_OfRoleModel_IsItsOwnForm(RoleModel roleModel, MentoringForm expected)
    {
        Assert.Equal(expected, roleModel.Form());
    }

    [Fact]
    public void IsTeacherForm_OnlyForTeacherForms()
    {
        Assert.True(MentoringForm.TeacherTeacher.IsTeacherForm());
        Assert.True(MentoringForm.HeadTeacher.IsTeacherForm());
        Assert.False(MentoringForm.StudentStudent.IsTeacherForm());
        Assert.False(MentoringForm.EmployerStudent.IsTeacherForm());
    }

    [Fact]
    public void Term_NameIn_PicksTheLanguage()
    {
        var term = ProgramStage.ReflectiveAnalytical.Term();

        Assert.Equal("рефлексивно-аналитический", term.NameIn("ru"));
        Assert.Equal("reflective and analytical", term.NameIn("en"));
        Assert.Equal("003 §5.5", term.Source);
    }

    private static IReadOnlyList<(string Code, string NameRu, string NameEn)> Describe<TEnum>(Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum =>
        [.. vocabulary.All.Select(t => (t.Code, t.NameRu, t.NameEn))];
}
