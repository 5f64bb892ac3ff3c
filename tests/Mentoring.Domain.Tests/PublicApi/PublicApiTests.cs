using Mentoring.Domain.Documents;
using Mentoring.Domain.People;
using Mentoring.PublicApi;

namespace Mentoring.Domain.Tests.PublicApi;

/// <summary>
/// The public API of Mentoring.Domain is reviewed: it must equal <c>src/Mentoring.Domain/PublicAPI.approved.txt</c>.
/// A change fails with the differences; approve it with <c>MENTORING_APPROVE_API=1</c>.
/// </summary>
public sealed class PublicApiTests
{
    private const string ApprovedFile = "src/Mentoring.Domain/PublicAPI.approved.txt";

    private static readonly System.Reflection.Assembly Library = typeof(Teacher).Assembly;

    [Fact]
    public void Generate_CurrentAssembly_MatchesApprovedFile()
    {
        PublicApiApproval.Verify(Library, ApprovedFile);
    }

    [Fact]
    public void Generate_CalledTwice_GivesTheSameText()
    {
        Assert.Equal(PublicApiGenerator.Generate(Library), PublicApiGenerator.Generate(Library));
    }

    [Fact]
    public void Generate_PublicTypesAndMembers_AreListedWithSignatures()
    {
        var api = PublicApiGenerator.Generate(Library);

        Assert.Contains("\npublic static class Mentoring.Domain.Documents.CaseFile\n", api, StringComparison.Ordinal);
        Assert.Contains("  public static CaseFileResult Read(string path, CaseFileOptions? options = null)\n", api, StringComparison.Ordinal);
        Assert.Contains("\npublic sealed class Mentoring.Domain.Result<T>", api, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_InternalTypes_AreLeftOut()
    {
        var api = PublicApiGenerator.Generate(Library);
        var internalTypes = Library.GetTypes().Where(t => !t.IsVisible && !t.Name.Contains('<', StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(internalTypes);
        Assert.All(internalTypes, t => Assert.False(PublicApiGenerator.ListsType(api, t), $"{t.FullName} is internal but listed."));
        Assert.True(PublicApiGenerator.ListsType(api, typeof(Teacher)));
        Assert.DoesNotContain("CaseFileDtos", api, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_AddedAndRemovedMembers_AreShownUnderTheirType()
    {
        const string approved = "public sealed class A.B\n  public int X { get; }\n  public void Old()\n";
        const string current = "public sealed class A.B\n  public int X { get; }\n  public void New()\n";

        var diff = PublicApiApproval.Diff(approved, current).ReplaceLineEndings("\n");

        Assert.Equal("public sealed class A.B\n  + public void New()\n  - public void Old()\n", diff);
    }

    [Fact]
    public void CaseFileRead_IsPartOfTheApprovedSurface()
    {
        // The entry point embedders read documents with stays public (a guard against over-eager internalizing).
        Assert.True(typeof(CaseFile).IsPublic);
    }
}
