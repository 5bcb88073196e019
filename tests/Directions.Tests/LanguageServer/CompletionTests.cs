using System.Text.Json;

namespace Directions.Tests.LanguageServer;

/// <summary>textDocument/completion in context.</summary>
public sealed class CompletionTests
{
    private static async Task<JsonElement[]> CompleteAsync(string text, int line, int character)
    {
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits)]);
        await lsp.OpenAsync("visits.pd", text);
        var list = await lsp.RequestAsync("textDocument/completion", lsp.At("visits.pd", line, character));
        LspJson.IsClean(list);
        Assert.False(list.GetProperty("isIncomplete").GetBoolean());
        return [.. list.GetProperty("items").EnumerateArray()];
    }

    private static JsonElement Item(JsonElement[] items, string label) =>
        items.FirstOrDefault(i => i.GetProperty("label").GetString() == label) is { ValueKind: JsonValueKind.Object } item
            ? item
            : throw new Xunit.Sdk.XunitException($"No item '{label}' among: {string.Join(", ", items.Select(i => i.GetProperty("label").GetString()))}");

    [Fact]
    public async Task A_term_being_typed_on_a_clause_line_completes_over_the_words_typed()
    {
        var items = await CompleteAsync(Sources.Visits + "  CIN r", 14, 7);
        var review = Item(items, "CIN review");
        Assert.Equal(23, review.GetProperty("kind").GetInt32());
        Assert.Equal("CIN review", review.GetProperty("textEdit").GetProperty("newText").GetString());
        Assert.Equal((14, 2, 14, 7), LspJson.Range(review.GetProperty("textEdit").GetProperty("range")));
        Assert.False(review.TryGetProperty("documentation", out _));
        Item(items, "cites");
        Item(items, "except");
        Assert.Equal(2, Item(items, "rule (new rule)").GetProperty("insertTextFormat").GetInt32());
    }

    [Fact]
    public async Task Resolving_a_term_item_adds_what_the_term_maps_to()
    {
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits)]);
        await lsp.OpenAsync("visits.pd", Sources.Visits + "  CIN r");
        var list = await lsp.RequestAsync("textDocument/completion", lsp.At("visits.pd", 14, 7));
        var review = Item([.. list.GetProperty("items").EnumerateArray()], "CIN review");
        Assert.Equal("CIN review", review.GetProperty("data").GetProperty("term").GetString());
        var resolved = await lsp.RequestAsync("completionItem/resolve", review);
        LspJson.IsClean(resolved);
        Assert.Equal("markdown", resolved.GetProperty("documentation").GetProperty("kind").GetString());
        Assert.Contains("rows of meetings where kind is \"CIN review\"", resolved.GetProperty("documentation").GetProperty("value").GetString());
        Assert.Equal("CIN review", resolved.GetProperty("textEdit").GetProperty("newText").GetString());
    }

    [Fact]
    public async Task A_term_holding_a_keyword_is_inserted_in_quotes()
    {
        var items = await CompleteAsync(Sources.Visits + "  case d", 14, 8);
        Assert.Equal("\"case direction\"", Item(items, "case direction").GetProperty("textEdit").GetProperty("newText").GetString());
    }

    [Fact]
    public async Task After_every_and_a_number_units_are_offered()
    {
        var afterEvery = await CompleteAsync(Sources.Visits + "  CIN visit every ", 14, 18);
        Assert.Equal(11, Item(afterEvery, "week").GetProperty("kind").GetInt32());
        var afterNumber = await CompleteAsync(Sources.Visits + "  CIN visit every 4 we", 14, 22);
        var weeks = Item(afterNumber, "weeks");
        Assert.Equal((14, 20, 14, 22), LspJson.Range(weeks.GetProperty("textEdit").GetProperty("range")));
        Item(afterNumber, "working days");
    }

    [Fact]
    public async Task After_of_the_anchors_are_offered_with_period_boundaries_and_after_by_roles()
    {
        var anchors = await CompleteAsync(Sources.Visits + "  CIN review within 20 working days of CIN pl", 14, 45);
        var start = Item(anchors, "CIN plan start");
        Assert.Equal((14, 39, 14, 45), LspJson.Range(start.GetProperty("textEdit").GetProperty("range")));
        Assert.DoesNotContain(anchors, i => i.GetProperty("label").GetString() == "qualified social worker");

        var roles = await CompleteAsync(Sources.Visits + "  CIN review chaired by ", 14, 24);
        Item(roles, "qualified social worker");
        Assert.DoesNotContain(roles, i => i.GetProperty("label").GetString() == "CIN visit");
    }

    [Fact]
    public async Task After_a_whole_term_what_may_follow_it_is_offered()
    {
        var items = await CompleteAsync(Sources.Visits + "  CIN visit ", 14, 12);
        Item(items, "every");
        Item(items, "within");
        Item(items, "fortnightly");
        Assert.DoesNotContain(items, i => i.GetProperty("label").GetString() == "cites");
    }

    [Fact]
    public async Task In_the_header_header_words_and_at_the_top_level_the_snippets()
    {
        var header = await CompleteAsync(Sources.Visits.Replace("  source \"test\"", "  so"), 4, 4);
        Item(header, "source");
        Item(header, "supersedes");
        Assert.DoesNotContain(header, i => i.GetProperty("label").GetString() == "CIN visit");

        var top = await CompleteAsync(Sources.Visits + "d", 14, 1);
        var snippet = Item(top, "direction (new direction header)");
        Assert.Equal(15, snippet.GetProperty("kind").GetInt32());
        Assert.StartsWith("direction \"${1:Title}\"\n  id \"${2:id}\"", snippet.GetProperty("textEdit").GetProperty("newText").GetString());
    }

    [Fact]
    public async Task In_a_vocabulary_the_kinds_of_term_are_offered_from_the_first_column()
    {
        await using var lsp = await LspTestSession.StartAsync([]);
        var vocabulary = await File.ReadAllTextAsync(Path.Combine(lsp.Root, "vocabulary.pd"));
        var text = vocabulary.TrimEnd('\n') + "\nev";
        await lsp.OpenAsync("vocabulary.pd", text);
        var line = text.Split('\n').Length - 1;
        var list = await lsp.RequestAsync("textDocument/completion", new { textDocument = new { uri = lsp.UriOf("vocabulary.pd") }, position = new { line, character = 2 } });
        var items = list.GetProperty("items").EnumerateArray().ToArray();
        Item(items, "event");
        Item(items, "cohort");
        Assert.DoesNotContain(items, i => i.GetProperty("label").GetString() == "rule (new rule)");
    }

    [Fact]
    public async Task Inside_a_comment_or_a_quoted_text_nothing_is_offered()
    {
        Assert.Empty(await CompleteAsync(Sources.Visits + "  # CIN r", 14, 9));
        Assert.Empty(await CompleteAsync(Sources.Visits + "  quote \"CIN r", 14, 14));
    }
}
