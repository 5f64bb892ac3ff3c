using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Mentoring.Domain.Documents;

namespace Mentoring.Domain.Tests.Documents;

public class CaseFilePropertyTests
{
    [Fact]
    public void WriteRead_GeneratedCases_RoundTripIsTheIdentity() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue - 1)), seed =>
        {
            var original = CaseGenerator.Build(seed);
            var written = CaseFiles.WriteText(original);
            var read = CaseFiles.ReadText(written);

            Assert.True(read.IsSuccess, string.Join(Environment.NewLine, read.Diagnostics));
            var back = Assert.Single(read.Case!.Cases);
            Assert.Equal(written, CaseFiles.WriteText(back));
            Assert.Equal(original.People.Select(p => p.Id), back.People.Select(p => p.Id));
            Assert.Equal(original.Pairs.Select(p => (p.Form, p.Mentors.Count, p.Mentees.Count)), back.Pairs.Select(p => (p.Form, p.Mentors.Count, p.Mentees.Count)));
            Assert.Equal(original.Programs.Select(p => (p.Status, p.Term, p.Form, p.Completion)), back.Programs.Select(p => (p.Status, p.Term, p.Form, p.Completion)));
            Assert.Equal(original.Roadmaps.SelectMany(r => r.Activities).Select(a => a.Deadline), back.Roadmaps.SelectMany(r => r.Activities).Select(a => a.Deadline));
            Assert.Equal(original.Orders.Select(o => o.Kind), back.Orders.Select(o => o.Kind));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void WriteRead_MunicipalCase_RoundTripIsTheIdentity()
    {
        var municipality = Mentoring.Domain.Organizations.Municipality.Create(MunicipalityId.Create("argun").Value, "г. Аргун", "Чеченская Республика").Value;
        var cases = Mentoring.Domain.Cases.MunicipalCase.Create(municipality, [CaseGenerator.Build(1), CaseGenerator.Build(2)]).Value;
        var written = CaseFiles.WriteText(cases);

        var read = CaseFiles.ReadText(written);

        Assert.True(read.IsSuccess, string.Join(Environment.NewLine, read.Diagnostics));
        Assert.Equal(written, CaseFiles.WriteText(read.Case!));
    }

    [Fact]
    public void Read_EveryPrefixOfTheExample_GivesDiagnosticsNeverAnException()
    {
        var bytes = File.ReadAllBytes(CaseFiles.ExamplePath);
        for (var length = 0; length < bytes.Length; length++)
        {
            var result = CaseFile.Read(bytes.AsSpan(0, length));
            AssertWellFormed(result);
            Assert.True(result.IsSuccess || result.Diagnostics.Count > 0);
            Assert.True(length >= bytes.Length - 2 || !result.IsSuccess, $"A prefix of {length} bytes was read as a whole file.");
        }
    }

    [Fact]
    public void Read_RandomByteFlips_GiveDiagnosticsNeverAnException()
    {
        var bytes = File.ReadAllBytes(CaseFiles.ExamplePath);
        var flips = Gen.ListOf(Gen.Zip(Gen.Choose(0, bytes.Length - 1), Gen.Choose(0, 255)));
        Prop.ForAll(Arb.From(flips), changes =>
        {
            var copy = (byte[])bytes.Clone();
            foreach (var (at, value) in changes)
            {
                copy[at] = (byte)value;
            }

            AssertWellFormed(CaseFile.Read(copy));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Read_ValueReplacedByAnotherType_GivesDiagnosticsNeverAnException()
    {
        var count = Nodes(JsonNode.Parse(CaseFiles.ExampleText)!).Count;
        var replacements = new JsonNode?[] { JsonValue.Create(42), JsonValue.Create(-1.5), JsonValue.Create("x"), JsonValue.Create(true), null, new JsonArray(JsonValue.Create(1)), new JsonObject { ["a"] = 1 }, JsonValue.Create("2023-02-30") };
        Prop.ForAll(Arb.From(Gen.Zip(Gen.Choose(1, count - 1), Gen.Choose(0, replacements.Length - 1))), pick =>
        {
            var root = JsonNode.Parse(CaseFiles.ExampleText)!;
            var target = Nodes(root)[pick.Item1];
            var replacement = replacements[pick.Item2]?.DeepClone();
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
        }).QuickCheckThrowOnFailure();
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

    [Fact]
    public void Read_RandomJson_GivesDiagnosticsNeverAnException() =>
        Prop.ForAll(Arb.From(RandomJson(4)), node =>
        {
            var result = CaseFiles.ReadText(node?.ToJsonString() ?? "null");
            AssertWellFormed(result);
            Assert.False(result.IsSuccess && node is not JsonObject);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Read_RandomText_GivesDiagnosticsNeverAnException() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Elements("{", "}", "[", "]", ":", ",", "\"a\"", "\"organization\"", "1", "true", "null", " ", "\n", "\"\\u", "/*", "é"))), parts =>
            AssertWellFormed(CaseFiles.ReadText(string.Concat(parts)))).QuickCheckThrowOnFailure();

    [Fact]
    public void Read_OverTheSizeLimit_IsRefusedWhateverTheContent() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 2000)), limit =>
        {
            var bytes = Encoding.UTF8.GetBytes(CaseFiles.ExampleText);
            var result = CaseFile.Read(new MemoryStream(bytes), new CaseFileOptions { MaxBytes = limit });
            Assert.Equal("MD1001", Assert.Single(result.Diagnostics).Code);
        }).QuickCheckThrowOnFailure();

    private static bool IsRequired(string name, string path) =>
        name is "id" or "kind" or "givenOn" or "deadline"
        || (name is "mentors" or "mentees" or "form" && path.StartsWith("$.pairs", StringComparison.Ordinal))
        || (name == "term" && path.StartsWith("$.programs", StringComparison.Ordinal));

    private static void AssertWellFormed(CaseFileResult result)
    {
        Assert.True(result.IsSuccess != (result.Diagnostics.Count > 0));
        foreach (var d in result.Diagnostics)
        {
            Assert.NotEqual("MD1010", d.Code);
            Assert.StartsWith("MD", d.Code, StringComparison.Ordinal);
            Assert.StartsWith("$", d.Path, StringComparison.Ordinal);
            Assert.True(d.Line >= 0 && d.Column >= 0);
            Assert.False(string.IsNullOrWhiteSpace(d.MessageRu));
        }
    }

    private static List<JsonNode> Nodes(JsonNode root)
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

    private static Gen<JsonNode?> RandomJson(int depth)
    {
        var names = Gen.Elements("organization", "teachers", "pairs", "id", "name", "kind", "organizations", "x", "$schema", "formatVersion");
        var leaf = Gen.OneOf(
            Gen.Constant<JsonNode?>(null),
            Gen.Choose(-5, 5).Select(i => (JsonNode?)JsonValue.Create(i)),
            Gen.Elements("school", "2023-09-01", "", "t-1").Select(s => (JsonNode?)JsonValue.Create(s)),
            Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b)));
        if (depth == 0)
        {
            return leaf;
        }

        var child = RandomJson(depth - 1);
        var array = Gen.ListOf(child).Select(items => (JsonNode?)new JsonArray([.. items]));
        var obj = Gen.ListOf(Gen.Zip(names, child)).Select(props =>
        {
            var o = new JsonObject();
            foreach (var (name, value) in props)
            {
                o[name] = value;
            }

            return (JsonNode?)o;
        });
        return Gen.Frequency((1, leaf), (2, array), (3, obj));
    }
}
