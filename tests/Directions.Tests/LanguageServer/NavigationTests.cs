using System.Text.Json;

namespace Directions.Tests.LanguageServer;

/// <summary>textDocument/definition and textDocument/references for terms, rules and superseded directions, across the workspace.</summary>
public sealed class NavigationTests
{
    private static async Task<LspTestSession> StartAsync()
    {
        var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits), ("visits-2024.pd", Sources.VisitsLater)]);
        await lsp.OpenAsync("visits.pd");
        return lsp;
    }

    private static int LineOf(string name, string text) =>
        File.ReadAllLines(name).Select((l, i) => (l, i)).First(p => p.l.Contains(text, StringComparison.Ordinal)).i;

    [Fact]
    public async Task Definition_of_a_term_lands_on_its_name_in_the_vocabulary()
    {
        await using var lsp = await StartAsync();
        var result = await lsp.RequestAsync("textDocument/definition", lsp.At("visits.pd", 8, 4));
        LspJson.IsClean(result);
        var location = Assert.Single(result.EnumerateArray());
        Assert.Equal(lsp.UriOf("vocabulary.pd"), location.GetProperty("uri").GetString());
        var line = LineOf(Path.Combine(lsp.Root, "vocabulary.pd"), "event \"CIN visit\" means");
        Assert.Equal((line, 7, line, 16), LspJson.Range(location.GetProperty("range")));
    }

    [Fact]
    public async Task Definition_from_a_synonym_and_from_a_period_boundary_finds_the_term()
    {
        await using var lsp = await StartAsync();
        await lsp.ChangeAsync("visits.pd", Sources.Visits.Replace("unless recorded rationale", "unless recorded rationales"), 2);
        var rationale = Assert.Single((await lsp.RequestAsync("textDocument/definition", lsp.At("visits.pd", 8, 45))).EnumerateArray());
        Assert.Equal(LineOf(Path.Combine(lsp.Root, "vocabulary.pd"), "record \"rationale\" means"), LspJson.Range(rationale.GetProperty("range")).Item1);

        var plan = Assert.Single((await lsp.RequestAsync("textDocument/definition", lsp.At("visits.pd", 13, 33))).EnumerateArray());
        Assert.Equal(LineOf(Path.Combine(lsp.Root, "vocabulary.pd"), "period \"CIN plan\" means"), LspJson.Range(plan.GetProperty("range")).Item1);
    }

    [Fact]
    public async Task Definition_from_a_supersedes_line_opens_the_superseded_direction()
    {
        await using var lsp = await StartAsync();
        await lsp.OpenAsync("visits-2024.pd");
        var location = Assert.Single((await lsp.RequestAsync("textDocument/definition", lsp.At("visits-2024.pd", 5, 16))).EnumerateArray());
        Assert.Equal(lsp.UriOf("visits.pd"), location.GetProperty("uri").GetString());
        Assert.Equal((1, 6, 1, 16), LspJson.Range(location.GetProperty("range")));
    }

    [Fact]
    public async Task References_of_a_term_cover_the_vocabulary_and_every_direction_file()
    {
        await using var lsp = await StartAsync();
        var result = await lsp.RequestAsync("textDocument/references", new { textDocument = new { uri = lsp.UriOf("visits.pd") }, position = new { line = 8, character = 3 }, context = new { includeDeclaration = true } });
        LspJson.IsClean(result);
        var locations = result.EnumerateArray().Select(l => (Path.GetFileName(l.GetProperty("uri").GetString()!), LspJson.Range(l.GetProperty("range")))).ToList();
        Assert.Contains(("visits.pd", (8, 2, 8, 11)), locations);
        Assert.Contains(("visits-2024.pd", (9, 2, 9, 11)), locations);
        Assert.Contains(locations, l => l.Item1 == "vocabulary.pd");

        var withoutDeclaration = await lsp.RequestAsync("textDocument/references", new { textDocument = new { uri = lsp.UriOf("visits.pd") }, position = new { line = 8, character = 3 }, context = new { includeDeclaration = false } });
        Assert.DoesNotContain(withoutDeclaration.EnumerateArray(), l => l.GetProperty("uri").GetString()!.EndsWith("vocabulary.pd", StringComparison.Ordinal)
            && LspJson.Range(l.GetProperty("range")).Item1 == LineOf(Path.Combine(lsp.Root, "vocabulary.pd"), "event \"CIN visit\" means"));
    }

    [Fact]
    public async Task References_of_a_rule_and_of_a_direction()
    {
        await using var lsp = await StartAsync();
        var rule = await lsp.RequestAsync("textDocument/references", new { textDocument = new { uri = lsp.UriOf("visits.pd") }, position = new { line = 6, character = 8 }, context = new { includeDeclaration = true } });
        Assert.Equal(["visits-2024.pd", "visits.pd"], rule.EnumerateArray().Select(l => Path.GetFileName(l.GetProperty("uri").GetString()!)).Order().ToArray());

        var direction = await lsp.RequestAsync("textDocument/references", new { textDocument = new { uri = lsp.UriOf("visits.pd") }, position = new { line = 1, character = 8 }, context = new { includeDeclaration = false } });
        var supersedes = Assert.Single(direction.EnumerateArray());
        Assert.Equal((5, 14, 5, 24), LspJson.Range(supersedes.GetProperty("range")));
    }

    [Fact]
    public async Task Nothing_to_find_off_a_name()
    {
        await using var lsp = await StartAsync();
        var result = await lsp.RequestAsync("textDocument/definition", lsp.At("visits.pd", 8, 14));
        Assert.Equal(JsonValueKind.Array, result.ValueKind);
        Assert.Empty(result.EnumerateArray());
    }
}
