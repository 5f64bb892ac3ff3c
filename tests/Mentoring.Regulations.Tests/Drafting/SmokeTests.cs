namespace Mentoring.Regulations.Tests.Drafting;

public sealed class SmokeTests
{
    [Fact]
    public void Create_Seed002_Prints()
    {
        var path = Paths.Seed002;
        if (path is null)
        {
            return;
        }

        var draft = EditionDraft.Create(RegulationDocument.Read(path));
        File.WriteAllText("/tmp/d-seed002.json", draft.ToJson());
        File.WriteAllText("/tmp/d-seed002-conf.txt", ConformityReport.Create(draft.Document).ToText());
        File.WriteAllLines("/tmp/d-seed002-clauses.txt", draft.Document.Clauses.Select(c => c.ToString()));
        Assert.NotEmpty(draft.Settings);
    }
}
