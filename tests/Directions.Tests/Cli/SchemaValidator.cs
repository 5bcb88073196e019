using System.Text.Json;
using System.Text.RegularExpressions;

namespace Directions.Tests.Cli;

/// <summary>
/// A validator for the subset of JSON Schema (draft 2020-12) that runtime/schema/findings.schema.json uses:
/// <c>$ref</c> to <c>#/$defs/...</c>, <c>type</c> (one or a list), <c>const</c>, <c>enum</c>, <c>required</c>,
/// <c>properties</c>, <c>additionalProperties: false</c>, <c>items</c>, <c>minimum</c>, <c>maximum</c>,
/// <c>pattern</c> and <c>format: date</c>. A schema with any other keyword is refused, so the schema cannot
/// grow a rule this validator would silently ignore.
/// </summary>
public sealed class SchemaValidator
{
    private static readonly HashSet<string> Known =
    [
        "$schema", "$id", "title", "description", "$defs", "$ref", "type", "const", "enum", "required", "properties",
        "additionalProperties", "items", "minimum", "maximum", "pattern", "format",
    ];

    private readonly JsonElement _root;

    public SchemaValidator(JsonElement root)
    {
        _root = root;
        CheckKeywords(root, "#");
    }

    /// <summary>Every way <paramref name="instance"/> breaks the schema, as "path: problem"; empty when valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(_root, instance, "$", errors);
        return errors;
    }

    private static void CheckKeywords(JsonElement schema, string where)
    {
        if (schema.ValueKind != JsonValueKind.Object)
            return;
        foreach (var property in schema.EnumerateObject())
        {
            if (!Known.Contains(property.Name))
                throw new NotSupportedException($"{where}: the keyword '{property.Name}' is not in the subset this validator checks.");
            switch (property.Name)
            {
                case "$defs" or "properties":
                    foreach (var sub in property.Value.EnumerateObject())
                        CheckKeywords(sub.Value, $"{where}/{property.Name}/{sub.Name}");
                    break;
                case "items":
                    CheckKeywords(property.Value, where + "/items");
                    break;
                case "additionalProperties" when property.Value.ValueKind != JsonValueKind.False:
                    throw new NotSupportedException($"{where}: only additionalProperties: false is supported.");
                case "format" when property.Value.GetString() != "date":
                    throw new NotSupportedException($"{where}: only format: date is supported.");
            }
        }
    }

    private void Validate(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString()!;
            if (!target.StartsWith("#/$defs/", StringComparison.Ordinal))
                throw new NotSupportedException($"$ref '{target}' is not a local definition.");
            Validate(_root.GetProperty("$defs").GetProperty(target["#/$defs/".Length..]), value, path, errors);
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!types.Any(t => IsOfType(value, t)))
            {
                errors.Add($"{path}: {value.ValueKind} is not {string.Join(" or ", types)}");
                return;
            }
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
            errors.Add($"{path}: is not {constant.GetRawText()}");
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
            errors.Add($"{path}: {value.GetRawText()} is not one of {options.GetRawText()}");

        if (value.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var minimum) && value.GetDouble() < minimum.GetDouble())
                errors.Add($"{path}: {value.GetRawText()} is below {minimum.GetRawText()}");
            if (schema.TryGetProperty("maximum", out var maximum) && value.GetDouble() > maximum.GetDouble())
                errors.Add($"{path}: {value.GetRawText()} is above {maximum.GetRawText()}");
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(text, pattern.GetString()!))
                errors.Add($"{path}: '{text}' does not match {pattern.GetString()}");
            if (schema.TryGetProperty("format", out _) && !DateOnly.TryParseExact(text, "yyyy-MM-dd", out _))
                errors.Add($"{path}: '{text}' is not a date");
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!value.TryGetProperty(name, out _))
                        errors.Add($"{path}: '{name}' is missing");
                }
            }

            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var sub))
                    Validate(sub, property.Value, $"{path}.{property.Name}", errors);
                else if (schema.TryGetProperty("additionalProperties", out _))
                    errors.Add($"{path}: '{property.Name}' is not allowed");
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
                Validate(items, item, $"{path}[{index++}]", errors);
        }
    }

    private static bool IsOfType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => throw new NotSupportedException($"type '{type}'"),
    };
}
