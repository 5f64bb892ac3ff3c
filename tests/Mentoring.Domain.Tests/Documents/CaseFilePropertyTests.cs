using System.Text;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Mentoring.Domain.Cases;
using Mentoring.Domain.Documents;

namespace Mentoring.Domain.Tests.Documents;

public class CaseFilePropertyTests
{
    [Property(Arbitrary = new[] { typeof(CaseFileArbitraries) })]
    public void WriteRead_GeneratedCases_RoundTripIsTheIdentity(CaseSeed seed)
    {
        var original = CaseGenerator.Build(seed.Value);
        var written = CaseFiles.WriteText(original);
        var read = CaseFiles.ReadText(written);

        Assert.True(read.IsSuccess, string.Join(Environment.NewLine, read.ValidationErrors));
        var back = Assert.Single(read.Value!.Cases);
        Assert.Equal(written, CaseFiles.WriteText(back));
        Assert.Equal(original.People.Select(p => p.Id), back.People.Select(p => p.Id));
        Assert.Equal(original.Pairs.Select(p => (p.Form, p.Mentors.Count, p.Mentees.Count)), back.Pairs.Select(p => (p.Form, p.Mentors.Count, p.Mentees.Count)));
        Assert.Equal(original.Programs.Select(p => (p.Status, p.Term, p.Form, p.Completion)), back.Programs.Select(p => (p.Status, p.Term, p.Form, p.Completion)));
        Assert.Equal(original.Roadmaps.SelectMany(r => r.Activities).Select(a => a.Deadline), back.Roadmaps.SelectMany(r => r.Activities).Select(a => a.Deadline));
        Assert.Equal(original.Orders.Select(o => o.Kind), back.Orders.Select(o => o.Kind));
        Assert.Equal(original.Teachers.Select(t => t.Posts), back.Teachers.Select(t => t.Posts));
        Assert.Equal(original.Orders.OfType<Mentoring.Domain.Orders.PairingOrder>().Select(o => o.Term), back.Orders.OfType<Mentoring.Domain.Orders.PairingOrder>().Select(o => o.Term));
    }

    [Fact]
    public void WriteRead_MunicipalCase_RoundTripIsTheIdentity()
    {
        var municipality = Mentoring.Domain.Organizations.Municipality.Create(MunicipalityId.Create("argun").Value, "г. Аргун", "Чеченская Республика").Value;
        var cases = Mentoring.Domain.Cases.MunicipalCase.Create(municipality, [CaseGenerator.Build(1), CaseGenerator.Build(2)]).Value;
        var written = CaseFiles.WriteText(cases);

        var read = CaseFiles.ReadText(written);

        Assert.True(read.IsSuccess, string.Join(Environment.NewLine, read.ValidationErrors));
        Assert.Equal(written, CaseFiles.WriteText(read.Value!));
    }

    [Fact]
    public void Read_EveryPrefixOfTheExample_GivesDiagnosticsNeverAnException()
    {
        var bytes = File.ReadAllBytes(CaseFiles.ExamplePath);
        for (var length = 0; length < bytes.Length; length++)
        {
            var result = CaseFile.Read(bytes.AsSpan(0, length));
            AssertWellFormed(result);
            Assert.True(result.IsSuccess || result.ValidationErrors.Any());
            Assert.True(length >= bytes.Length - 2 || !result.IsSuccess, $"A prefix of {length} bytes was read as a whole file.");
        }
    }

    [Property(Arbitrary = new[] { typeof(CaseFileArbitraries) })]
    public void Read_RandomByteFlips_GiveDiagnosticsNeverAnException(ByteFlips flips)
    {
        var copy = File.ReadAllBytes(CaseFiles.ExamplePath);
        foreach (var (at, value) in flips.Changes)
        {
            copy[at] = (byte)value;
        }

        AssertWellFormed(CaseFile.Read(copy));
    }

    [Property(Arbitrary = new[] { typeof(CaseFileArbitraries) })]
    public void Read_ValueReplacedByAnotherType_GivesDiagnosticsNeverAnException(ValueReplacement pick)
    {
        var root = JsonNode.Parse(CaseFiles.ExampleText)!;
        var target = Nodes(root)[pick.Node];
        var replacement = CaseFileArbitraries.Replacements[pick.Replacement]?.DeepClone();
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = replacement;
                break;
        }

        AssertWellFormed(CaseFiles.ReadText(root.ToJsonString()));
    }

    [Fact]
    public void Read_PropertyRemoved_GivesDiagnosticsOrSuccessNeverAnException()
    {
        var root = JsonNode.Parse(CaseFiles.ExampleText)!;
        var properties = Nodes(root).Where(n => n.Parent is JsonObject).ToList();
        for (var i = 0; i < properties.Count; i++)
        {
            var copy = JsonNode.Parse(CaseFiles.ExampleText)!;
            var target = Nodes(copy).Where(n => n.Parent is JsonObject).ElementAt(i);
            var name = target.GetPropertyName();
            var path = target.GetPath();
            ((JsonObject)target.Parent!).Remove(name);

            var result = CaseFiles.ReadText(copy.ToJsonString());

            AssertWellFormed(result);
            if (IsRequired(name, path))
            {
                Assert.False(result.IsSuccess, $"Removing required '{path}' was accepted.");
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(CaseFileArbitraries) })]
    public void Read_RandomJson_GivesDiagnosticsNeverAnException(RandomJson json)
    {
        var node = json.Node;
        var result = CaseFiles.ReadText(node?.ToJsonString() ?? "null");
        AssertWellFormed(result);
        Assert.False(result.IsSuccess && node is not JsonObject);
    }

    [Property(Arbitrary = new[] { typeof(CaseFileArbitraries) })]
    public void Read_RandomText_GivesDiagnosticsNeverAnException(JsonTokens tokens) =>
        AssertWellFormed(CaseFiles.ReadText(string.Concat(tokens.Parts)));

    [Property(Arbitrary = new[] { typeof(CaseFileArbitraries) })]
    public void Read_OverTheSizeLimit_IsRefusedWhateverTheContent(SizeLimit limit)
    {
        var bytes = Encoding.UTF8.GetBytes(CaseFiles.ExampleText);
        var result = CaseFile.Read(new MemoryStream(bytes), new CaseFileOptions { MaxBytes = limit.Bytes });
        Assert.Equal("MD1001", Assert.Single(result.ValidationErrors).ErrorCode);
    }

    private static bool IsRequired(string name, string path) =>
        name is "id" or "kind" or "givenOn" or "deadline"
        || (name is "mentors" or "mentees" or "form" && path.StartsWith("$.pairs", StringComparison.Ordinal))
        || (name == "term" && path.StartsWith("$.programs", StringComparison.Ordinal));

    private static void AssertWellFormed(Result<MunicipalCase> result)
    {
        Assert.True(result.IsSuccess != result.ValidationErrors.Any());
        foreach (var d in result.ValidationErrors)
        {
            Assert.NotEqual("MD1010", d.ErrorCode);
            Assert.StartsWith("MD", d.ErrorCode, StringComparison.Ordinal);
            Assert.StartsWith("$", d.Location()!.Path, StringComparison.Ordinal);
            Assert.True(d.Location()!.Line >= 0 && d.Location()!.Column >= 0);
            Assert.False(string.IsNullOrWhiteSpace(d.ErrorMessage));
        }
    }

    /// <summary>The nodes of a document, the root first, in document order.</summary>
    internal static List<JsonNode> Nodes(JsonNode root)
    {
        var list = new List<JsonNode>();
        void Visit(JsonNode? node)
        {
            if (node is null)
            {
                return;
            }

            list.Add(node);
            switch (node)
            {
                case JsonObject o:
                    foreach (var (_, value) in o.ToList())
                    {
                        Visit(value);
                    }

                    break;
                case JsonArray a:
                    foreach (var value in a.ToList())
                    {
                        Visit(value);
                    }

                    break;
            }
        }

        Visit(root);
        return list;
    }
}
