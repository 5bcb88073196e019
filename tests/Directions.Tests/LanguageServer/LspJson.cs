using System.Text.Json;

namespace Directions.Tests.LanguageServer;

/// <summary>Assertions on the raw JSON the server sends.</summary>
internal static class LspJson
{
    /// <summary>No property is null (the server leaves nulls out) and every property name is camelCase.</summary>
    public static void IsClean(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Assert.True(property.Value.ValueKind != JsonValueKind.Null, $"'{property.Name}' is null in {element.GetRawText()}");
                    var isUri = property.Name.StartsWith("file:", StringComparison.Ordinal);
                    Assert.True(isUri || char.IsLower(property.Name[0]), $"'{property.Name}' is not camelCase in {element.GetRawText()}");
                    IsClean(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    IsClean(item);
                break;
        }
    }

    /// <summary>A range as (start line, start character, end line, end character).</summary>
    public static (int, int, int, int) Range(JsonElement range) =>
        (range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32(),
         range.GetProperty("end").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32());
}
