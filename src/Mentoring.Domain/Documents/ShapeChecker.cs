using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Mentoring.Domain.Documents;

/// <summary>
/// The second pass: walks the document beside the DTOs' source-generated metadata, reports every unknown or
/// repeated property and every value of the wrong JSON type, and writes a copy without them, which then
/// deserializes into the DTOs without an exception.
/// </summary>
internal sealed class ShapeChecker
{
    private readonly JsonSerializerContext _context;
    private readonly List<ValidationError> _errors;
    private readonly HashSet<string> _badPaths;
    private readonly HashSet<ValidationError> _repeated;

    private ShapeChecker(JsonSerializerContext context, List<ValidationError> errors, HashSet<string> badPaths, HashSet<ValidationError> repeated)
    {
        _context = context;
        _errors = errors;
        _badPaths = badPaths;
        _repeated = repeated;
    }

    /// <summary>Checks <paramref name="root"/> against <typeparamref name="T"/> and returns the cleaned copy as UTF-8 JSON; errors about a repeated property go into <paramref name="repeated"/> too, to be placed at the repetition.</summary>
    internal static byte[] Clean<T>(JsonSerializerContext context, JsonElement root, List<ValidationError> errors, HashSet<string> badPaths, HashSet<ValidationError> repeated)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            new ShapeChecker(context, errors, badPaths, repeated).Walk(root, typeof(T), JsonPaths.Root, writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private void Walk(JsonElement element, Type type, string path, Utf8JsonWriter writer)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (element.ValueKind == JsonValueKind.Null)
        {
            writer.WriteNullValue();
            return;
        }

        if (target == typeof(string))
        {
            Scalar(element.ValueKind == JsonValueKind.String, "a string", element, path, writer);
        }
        else if (target == typeof(int))
        {
            Number(element.ValueKind != JsonValueKind.Number || element.TryGetInt32(out _), "a whole number", element, path, writer);
        }
        else if (target == typeof(decimal))
        {
            Number(element.ValueKind != JsonValueKind.Number || element.TryGetDecimal(out _), "a number", element, path, writer);
        }
        else if (target == typeof(bool))
        {
            Scalar(element.ValueKind is JsonValueKind.True or JsonValueKind.False, "true or false", element, path, writer);
        }
        else if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>))
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                Wrong("an array", element, path, writer);
                return;
            }

            var itemType = target.GetGenericArguments()[0];
            writer.WriteStartArray();
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, itemType, JsonPaths.Item(path, i++), writer);
            }

            writer.WriteEndArray();
        }
        else
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Wrong("an object", element, path, writer);
                return;
            }

            var info = _context.GetTypeInfo(target) ?? throw new InvalidOperationException($"No metadata for {target.Name}.");
            var properties = info.Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            writer.WriteStartObject();
            foreach (var property in element.EnumerateObject())
            {
                var propertyPath = JsonPaths.Property(path, property.Name);
                if (!properties.TryGetValue(property.Name, out var meta))
                {
                    _errors.Add(DomainErrors.CaseFiles.UnknownProperty(propertyPath, property.Name, Allowed(info)));
                    continue;
                }

                if (!seen.Add(property.Name))
                {
                    var error = DomainErrors.General.DuplicateId(path, property.Name).At(propertyPath);
                    _errors.Add(error);
                    _repeated.Add(error);
                    continue;
                }

                writer.WritePropertyName(property.Name);
                Walk(property.Value, meta.PropertyType, propertyPath, writer);
            }

            writer.WriteEndObject();
        }
    }

    private static IEnumerable<string> Allowed(JsonTypeInfo info) => info.Properties.Select(p => p.Name);

    private void Scalar(bool ok, string expected, JsonElement element, string path, Utf8JsonWriter writer)
    {
        if (ok)
        {
            element.WriteTo(writer);
        }
        else
        {
            Wrong(expected, element, path, writer);
        }
    }

    private void Number(bool fits, string expected, JsonElement element, string path, Utf8JsonWriter writer)
    {
        if (fits)
        {
            Scalar(element.ValueKind == JsonValueKind.Number, expected, element, path, writer);
            return;
        }

        _errors.Add(DomainErrors.CaseFiles.NumberOutOfRange(path, element.GetRawText(), expected));
        _badPaths.Add(path);
        writer.WriteNullValue();
    }

    private void Wrong(string expected, JsonElement element, string path, Utf8JsonWriter writer)
    {
        var found = element.ValueKind switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Array => "array",
            JsonValueKind.Object => "object",
            _ => "null",
        };
        _errors.Add(DomainErrors.CaseFiles.WrongType(path, expected, found));
        _badPaths.Add(path);
        writer.WriteNullValue();
    }
}
