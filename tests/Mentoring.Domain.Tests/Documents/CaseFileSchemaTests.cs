using System.Text.Json;
using Mentoring.Domain.Consents;
using Mentoring.Domain.Forms;
using Mentoring.Domain.Kinds;
using Mentoring.Domain.Monitoring;
using Mentoring.Domain.Orders;
using Mentoring.Domain.Organizations;
using Mentoring.Domain.Petitions;
using Mentoring.Domain.Programs;
using Mentoring.Domain.Stages;

namespace Mentoring.Domain.Tests.Documents;

/// <summary>
/// The published schema agrees with the reader: its code lists are the vocabularies', and the bundled example and
/// generated files validate against it (checked by a small validator of the keywords the schema uses; JsonSchema.Net
/// cannot be restored from the registry).
/// </summary>
public class CaseFileSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(CaseFiles.SchemaPath)).RootElement;

    public static TheoryData<string, string[]> Vocabularies => new()
    {
        { "organizationKind", [.. OrganizationKinds.Vocabulary.Codes] },
        { "mentoringForm", [.. MentoringForms.Vocabulary.Codes] },
        { "roleModel", [.. RoleModels.Vocabulary.Codes] },
        { "mentoringKind", [.. MentoringKinds.Vocabulary.Codes] },
        { "orderKind", [.. OrderKinds.Vocabulary.Codes] },
        { "consentKind", [.. ConsentKinds.Vocabulary.Codes] },
        { "consentForm", [.. ConsentForms.Vocabulary.Codes] },
        { "programStatus", [.. ProgramStatuses.Vocabulary.Codes] },
        { "programStage", [.. ProgramStages.Vocabulary.Codes] },
        { "changeKind", [.. ProgramChangeKinds.Vocabulary.Codes] },
        { "completionGround", [.. CompletionGrounds.Vocabulary.Codes] },
        { "petitionKind", [.. PetitionKinds.Vocabulary.Codes] },
        { "petitionOutcome", [.. PetitionOutcomes.Vocabulary.Codes] },
        { "roadmapStage", [.. RoadmapStages.Vocabulary.Codes] },
        { "assessmentPhase", [.. AssessmentPhases.Vocabulary.Codes] },
    };

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Schema_CodeList_IsTheVocabulary(string definition, string[] codes) =>
        Assert.Equal(codes, Schema.GetProperty("$defs").GetProperty(definition).GetProperty("enum").EnumerateArray().Select(e => e.GetString()));

    [Fact]
    public void Schema_IsDraft202012() =>
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());

    [Fact]
    public void Schema_BundledExample_Validates() =>
        Assert.Empty(Validate(JsonDocument.Parse(CaseFiles.ExampleText).RootElement));

    [Fact]
    public void Schema_GeneratedFiles_Validate()
    {
        for (var seed = 0; seed < 30; seed++)
        {
            Assert.Empty(Validate(JsonDocument.Parse(CaseFiles.WriteText(CaseGenerator.Build(seed))).RootElement));
        }
    }

    [Fact]
    public void Schema_UnknownProperty_IsRejected() =>
        Assert.NotEmpty(Validate(JsonDocument.Parse(CaseFiles.ExampleWith("\"formedOn\"", "\"fromedOn\"")).RootElement));

    private static List<string> Validate(JsonElement value) => Check(value, Schema, "$");

    private static List<string> Check(JsonElement value, JsonElement schema, string path)
    {
        var errors = new List<string>();
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!["#/$defs/".Length..];
            errors.AddRange(Check(value, Schema.GetProperty("$defs").GetProperty(name), path));
        }

        if (schema.TryGetProperty("oneOf", out var oneOf) && oneOf.EnumerateArray().Count(s => Check(value, s, path).Count == 0) != 1)
        {
            errors.Add($"{path}: not exactly one of oneOf");
        }

        if (schema.TryGetProperty("const", out var constant) && value.ToString() != constant.ToString())
        {
            errors.Add($"{path}: const");
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetString() == value.GetString()))
        {
            errors.Add($"{path}: not in enum");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && value.ValueKind == JsonValueKind.String
            && !System.Text.RegularExpressions.Regex.IsMatch(value.GetString()!, pattern.GetString()!, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            errors.Add($"{path}: pattern");
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var ok = type.GetString() switch
            {
                "object" => value.ValueKind == JsonValueKind.Object,
                "array" => value.ValueKind == JsonValueKind.Array,
                "string" => value.ValueKind == JsonValueKind.String,
                "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
                "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
                _ => value.ValueKind == JsonValueKind.Number,
            };
            if (!ok)
            {
                errors.Add($"{path}: not {type.GetString()}");
                return errors;
            }
        }

        if (value.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in value.EnumerateObject())
            {
                if (properties.TryGetProperty(property.Name, out var sub))
                {
                    errors.AddRange(Check(property.Value, sub, $"{path}.{property.Name}"));
                }
                else
                {
                    errors.Add($"{path}.{property.Name}: additional property");
                }
            }

            if (schema.TryGetProperty("required", out var required))
            {
                errors.AddRange(required.EnumerateArray().Where(r => !value.TryGetProperty(r.GetString()!, out _)).Select(r => $"{path}.{r}: required"));
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                errors.AddRange(Check(item, items, $"{path}[{i++}]"));
            }
        }

        return errors;
    }
}
