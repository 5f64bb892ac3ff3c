using Mentoring.Domain.Documents;
using Mentoring.Regulations.Tests.Benchmark;
using Mentoring.Rules.Editions;
using Mentoring.Rules.Validation;

namespace Mentoring.Regulations.Tests.Drafting;

/// <summary>The drafts are editions: they load without errors over the bundled editions and validate the bundled cases.</summary>
public sealed class EditionDraftTests
{
    private static readonly DateOnly AsOf = new(2024, 10, 1);

    public static TheoryData<string> Fixtures => [.. FixtureBenchmarkTests.FixtureNames];

    private static EditionDraft Draft(string name) => EditionDraft.Create(RegulationDocument.Parse(FixtureBenchmarkTests.TextOf(name), name + ".txt"));

    private static Edition Load(EditionDraft draft)
    {
        var read = EditionFile.Parse(draft.ToJson(), draft.Id + ".json");
        Assert.True(read.IsSuccess, string.Join(Environment.NewLine, read.ValidationErrors.Select(e => e.ErrorMessage)));
        return read.Value;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ToJson_EveryFixture_LoadsAsAnEditionOverTheBundledOnes(string name)
    {
        var draft = Draft(name);

        var edition = Load(draft);
        var catalog = EditionCatalog.Bundled.With(edition);

        Assert.True(catalog.IsSuccess, string.Join(Environment.NewLine, catalog.ValidationErrors.Select(e => e.ErrorMessage)));
        var resolved = catalog.Value.Resolve(draft.Id, AsOf);
        Assert.True(resolved.IsSuccess, string.Join(Environment.NewLine, resolved.ValidationErrors.Select(e => e.ErrorMessage)));
        Assert.Equal(draft.Inherits, resolved.Value.Chain[^2]);
    }

    [Theory]
    [InlineData("seed-002-krasnokutsky", "krasnokutsky-2022")]
    [InlineData("savali-sosh", "federal-2021")]
    public void Validate_DraftEdition_ValidatesTheBundledCasesOfItsParent(string name, string parent)
    {
        var draft = Draft(name);
        var catalog = EditionCatalog.Bundled.With(Load(draft));
        var validator = new MentoringValidator(catalog.Value);

        foreach (var file in Directory.GetFiles(Paths.InRoot("samples", "data", parent), "*.json"))
        {
            var read = CaseFile.Read(file);
            Assert.True(read.IsSuccess, string.Join("; ", read.ValidationErrors.Select(e => e.ErrorMessage)));
            foreach (var @case in read.Value.Cases)
            {
                var report = validator.Validate(@case, draft.Id, AsOf);
                Assert.True(report.IsSuccess, string.Join(Environment.NewLine, report.ValidationErrors.Select(e => e.ErrorMessage)));
                Assert.NotEmpty(report.Value.Findings);
            }
        }
    }

    [Fact]
    public void ToJson_Setting_CarriesTheQuotedSentenceAndItsPlace()
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse("Положение о наставничестве МБОУ СОШ № 1\n3.4. За наставником закрепляется не более двух наставляемых.", "school-1.txt"));

        var edition = Load(draft);
        var resolved = EditionCatalog.Bundled.With(edition).Value.Resolve("draft-school-1", AsOf).Value;

        Assert.Equal("Положение о наставничестве МБОУ СОШ № 1, п. 3.4, с. 1: «За наставником закрепляется не более двух наставляемых.»", resolved.Because("mentor.max-mentees")!.Ru);
        Assert.Contains(resolved.Parameters("mentor.max-mentees").All, p => p.Name == "max" && Equals(p.Value, 2) && p.Source == "draft-school-1");
    }

    [Fact]
    public void ToJson_UnmappedSentence_IsListedAsAComment()
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse("2.1. Наставничество устанавливается на весь период обучения в магистратуре.", "s.txt"));

        var json = draft.ToJson();

        var unmapped = Assert.Single(draft.Unmapped);
        Assert.Equal("п. 2.1, с. 1", unmapped.Clause.Place);
        Assert.Contains("/*НЕ ПЕРЕНЕСЕНО (п. 2.1, с. 1; срок «на весь период» указан без периода, который определяется по делу (адаптация, испытательный срок, молодой специалист)): «Наставничество устанавливается на весь период обучения в магистратуре.»*/", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TextNamesAMunicipalAct_InheritsItsEdition()
    {
        var draft = EditionDraft.Create(RegulationDocument.Parse("Положение разработано в соответствии с приказом управления образования администрации Ивантеевского района № 156 от 30.08.2021.", "s.txt"));

        Assert.Equal("ivanteevka-2021", draft.Inherits);
    }
}
