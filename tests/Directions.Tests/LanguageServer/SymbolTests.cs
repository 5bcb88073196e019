using System.Text.Json;

namespace Directions.Tests.LanguageServer;

/// <summary>textDocument/documentSymbol (the outline) and workspace/symbol.</summary>
public sealed class SymbolTests
{
    [Fact]
    public async Task The_outline_is_the_direction_with_its_rules()
    {
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits)]);
        await lsp.OpenAsync("visits.pd");
        var result = await lsp.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = lsp.UriOf("visits.pd") } });
        LspJson.IsClean(result);
        var direction = Assert.Single(result.EnumerateArray());
        Assert.Equal("Visiting children in need", direction.GetProperty("name").GetString());
        Assert.Equal(3, direction.GetProperty("kind").GetInt32());
        Assert.Equal((0, 10, 0, 37), LspJson.Range(direction.GetProperty("selectionRange")));
        var rules = direction.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(["CIN visits", "CIN reviews"], rules.Select(r => r.GetProperty("name").GetString()));
        Assert.All(rules, r => Assert.Equal(12, r.GetProperty("kind").GetInt32()));
        Assert.Equal(6, LspJson.Range(rules[0].GetProperty("range")).Item1);
        Assert.False(rules[0].TryGetProperty("children", out _));
    }

    [Fact]
    public async Task The_outline_of_the_vocabulary_lists_its_terms_by_kind()
    {
        await using var lsp = await LspTestSession.StartAsync([]);
        var result = await lsp.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = lsp.UriOf("vocabulary.pd") } });
        var vocabulary = Assert.Single(result.EnumerateArray());
        Assert.Equal(2, vocabulary.GetProperty("kind").GetInt32());
        var terms = vocabulary.GetProperty("children").EnumerateArray().ToList();
        var visit = terms.Single(t => t.GetProperty("name").GetString() == "CIN visit");
        Assert.Equal(24, visit.GetProperty("kind").GetInt32());
        Assert.Equal("event", visit.GetProperty("detail").GetString());
        Assert.Equal(11, terms.Single(t => t.GetProperty("name").GetString() == "qualified social worker").GetProperty("kind").GetInt32());
    }

    [Fact]
    public async Task Workspace_symbols_find_directions_rules_and_terms_by_part_of_their_name()
    {
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits), ("visits-2024.pd", Sources.VisitsLater)]);
        var result = await lsp.RequestAsync("workspace/symbol", new { query = "cin vis" });
        LspJson.IsClean(result);
        var found = result.EnumerateArray().Select(s => (s.GetProperty("name").GetString(), s.GetProperty("kind").GetInt32(), Path.GetFileName(s.GetProperty("location").GetProperty("uri").GetString()))).ToList();
        Assert.Contains(("CIN visits", 12, "visits.pd"), found);
        Assert.Contains(("CIN visits", 12, "visits-2024.pd"), found);
        Assert.Contains(("CIN visit", 24, "vocabulary.pd"), found);
        var rule = result.EnumerateArray().First(s => s.GetProperty("name").GetString() == "CIN visits");
        Assert.Equal("Visiting children in need", rule.GetProperty("containerName").GetString());

        var directions = await lsp.RequestAsync("workspace/symbol", new { query = "Visiting children" });
        Assert.Equal(2, directions.EnumerateArray().Count(s => s.GetProperty("kind").GetInt32() == 3));
    }
}
