using System.Text.Json;
using System.Text.RegularExpressions;
using Directions.Compiler.Symbols;
using Directions.Runtime.CaseData;
using Directions.Runtime.Loading;

namespace Directions.Tests.Runtime.CaseData;

/// <summary>runtime/schema/caseload.schema.json against the model, and the committed sample against both.</summary>
public sealed class CaseloadSchemaTests
{
    private static readonly Lazy<JsonDocument> SchemaDocument = new(() => JsonDocument.Parse(File.ReadAllText(CaseDataFiles.SchemaPath)));

    private static JsonElement Schema => SchemaDocument.Value.RootElement;

    private static JsonElement Definition(string name) => Schema.GetProperty("$defs").GetProperty(name);

    private static IEnumerable<string> PropertyNames(JsonElement definition) =>
        definition.GetProperty("properties").EnumerateObject().Select(p => p.Name);

    private static IEnumerable<string> Required(JsonElement definition) =>
        definition.GetProperty("required").EnumerateArray().Select(e => e.GetString()!);

    /// <summary>The schema's type for a field, read from the $ref it uses.</summary>
    private static FieldType SchemaType(JsonElement property) =>
        property.GetProperty("$ref").GetString()!.Split('/')[^1] switch
        {
            "id" or "text" or "requiredText" or "teamId" => FieldType.Text,
            "workerId" or "requiredWorkerId" => FieldType.Worker,
            "date" or "optionalDate" => FieldType.Date,
            "dateTime" or "optionalDateTime" => FieldType.DateTime,
            "flag" or "optionalFlag" => FieldType.Flag,
            var other => throw new InvalidOperationException($"Unexpected $ref {other}."),
        };

    [Fact]
    public void The_schema_lists_exactly_the_tables_and_fields_of_the_case_data_schema()
    {
        var model = CaseDataSchema.Default;
        var tables = model.Tables.Select(t => t.Name).ToList();

        var child = Definition("children");
        Assert.Equal(
            [.. model.ChildFields.Where(f => f.Type != FieldType.Duration).Select(f => f.Name), .. tables],
            PropertyNames(child));
        foreach (var table in tables)
        {
            var property = child.GetProperty("properties").GetProperty(table);
            Assert.Equal($"#/$defs/{table}", property.GetProperty("items").GetProperty("$ref").GetString());
        }

        // Fields worked out as of a date (a household member's age) are not in the JSON.
        foreach (var table in model.Tables)
            AssertDefinition(Definition(table.Name), [.. table.Fields.Where(f => f.Type != FieldType.Duration)], CaseDataModel.FindTable(table.Name)!);
        AssertDefinition(Definition("workers"), model.WorkerFields, CaseDataModel.Workers);
        AssertDefinition(child, [.. model.ChildFields.Where(f => f.Type != FieldType.Duration)], CaseDataModel.Children);
        Assert.Equal(CaseDataModel.Teams.Fields.Select(f => f.Name), PropertyNames(Definition("teams")));
        Assert.Equal(CaseDataModel.Teams.Fields.Where(f => f.IsRequired).Select(f => f.Name), Required(Definition("teams")));

        Assert.Equal(["format", "version", "teams", "workers", "children"], Required(Schema));
        Assert.Equal("directions-caseload", Schema.GetProperty("properties").GetProperty("format").GetProperty("const").GetString());
        Assert.Equal(1, Schema.GetProperty("properties").GetProperty("version").GetProperty("const").GetInt32());
    }

    private static void AssertDefinition(JsonElement definition, IReadOnlyList<FieldSymbol> fields, CaseTable runtime)
    {
        Assert.Equal(fields.Select(f => f.Name), PropertyNames(definition).Where(n => CaseDataModel.FindTable(n) is null));
        foreach (var field in fields)
            Assert.Equal(field.Type, SchemaType(definition.GetProperty("properties").GetProperty(field.Name)));
        Assert.Equal(runtime.Fields.Where(f => f.IsRequired).Select(f => f.Name), Required(definition));
    }

    [Fact]
    public void The_committed_sample_validates_against_the_schema()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(CaseDataFiles.SamplePath));
        var problems = new List<string>();
        Validate(Schema, sample.RootElement, "", problems);
        Assert.Empty(problems.Take(10));
    }

    [Fact]
    public void The_validator_used_here_catches_what_the_schema_forbids()
    {
        using var bad = JsonDocument.Parse(CaseDataFiles.SmallWith("\"child_seen\": true, \"child_seen_alone\": false, \"worker\": \"W1\"}", "\"child_seen\": \"yes\", \"child_seen_alone\": false}")
            .Replace("\"id\": \"M1\", ", "", StringComparison.Ordinal)
            .Replace("\"date\": \"2025-02-05\"", "\"date\": \"5 Feb\"", StringComparison.Ordinal));
        var problems = new List<string>();
        Validate(Schema, bad.RootElement, "", problems);
        Assert.Equal(
            [
                "children[0].visits[0].child_seen: expected boolean",
                "children[0].meetings[0]: missing id",
                "children[0].case_notes[0].date: does not match ^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$",
            ],
            problems);

        problems.Clear();
        using var small = JsonDocument.Parse(CaseDataFiles.Small);
        Validate(Schema, small.RootElement, "", problems);
        Assert.Empty(problems);
    }

    [Fact]
    public void The_committed_sample_loads_with_nothing_unknown()
    {
        var result = new JsonCaseDataSource(CaseDataFiles.SamplePath).Load();

        Assert.False(result.HasUnknownData, string.Join("\n", result.Describe()));
        Assert.Equal(500, result.Caseload.Children.Length);
    }

    [Fact]
    public void The_example_in_the_runtime_readme_loads_and_validates()
    {
        var readme = File.ReadAllText(Path.Combine(CaseDataFiles.Root, "runtime", "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("### The canonical JSON", StringComparison.Ordinal)..];
        var start = section.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var example = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];

        var result = JsonCaseDataSource.FromText(example, "README.md").Load();
        Assert.False(result.HasUnknownData);
        Assert.Equal(2, result.Caseload.Children[0].Visits.Length);

        using var document = JsonDocument.Parse(example);
        var problems = new List<string>();
        Validate(Schema, document.RootElement, "", problems);
        Assert.Empty(problems);
    }

    /// <summary>
    /// Enough of JSON Schema 2020-12 for caseload.schema.json: $ref (local), type, const,
    /// required, properties, items, pattern, minLength. Any other keyword fails the test, so the
    /// schema cannot quietly grow beyond what this checks.
    /// </summary>
    private static void Validate(JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        string Where() => path.Length == 0 ? "(root)" : path;
        foreach (var keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case "$schema" or "$id" or "title" or "description" or "$defs":
                    break;
                case "$ref":
                    var name = keyword.Value.GetString()!;
                    Assert.StartsWith("#/$defs/", name);
                    Validate(Definition(name["#/$defs/".Length..]), value, path, problems);
                    break;
                case "type":
                    var types = keyword.Value.ValueKind == JsonValueKind.Array
                        ? keyword.Value.EnumerateArray().Select(t => t.GetString()!).ToList()
                        : [keyword.Value.GetString()!];
                    var actual = value.ValueKind switch
                    {
                        JsonValueKind.Object => "object",
                        JsonValueKind.Array => "array",
                        JsonValueKind.String => "string",
                        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
                        JsonValueKind.True or JsonValueKind.False => "boolean",
                        _ => "null",
                    };
                    if (!types.Contains(actual) && !(actual == "integer" && types.Contains("number")))
                        problems.Add($"{Where()}: expected {string.Join(" or ", types)}");
                    break;
                case "const":
                    if (value.GetRawText() != keyword.Value.GetRawText())
                        problems.Add($"{Where()}: expected {keyword.Value.GetRawText()}");
                    break;
                case "required":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var field in keyword.Value.EnumerateArray().Select(e => e.GetString()!))
                        {
                            if (!value.TryGetProperty(field, out _))
                                problems.Add($"{Where()}: missing {field}");
                        }
                    }

                    break;
                case "properties":
                    if (value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in value.EnumerateObject())
                        {
                            if (keyword.Value.TryGetProperty(property.Name, out var propertySchema))
                                Validate(propertySchema, property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", problems);
                        }
                    }

                    break;
                case "items":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        var index = 0;
                        foreach (var item in value.EnumerateArray())
                            Validate(keyword.Value, item, $"{path}[{index++}]", problems);
                    }

                    break;
                case "pattern":
                    if (value.ValueKind == JsonValueKind.String && !Regex.IsMatch(value.GetString()!, keyword.Value.GetString()!))
                        problems.Add($"{Where()}: does not match {keyword.Value.GetString()}");
                    break;
                case "minLength":
                    if (value.ValueKind == JsonValueKind.String && value.GetString()!.Length < keyword.Value.GetInt32())
                        problems.Add($"{Where()}: shorter than {keyword.Value.GetInt32()}");
                    break;
                default:
                    Assert.Fail($"The schema uses '{keyword.Name}', which this test's validator does not check.");
                    break;
            }
        }
    }
}
