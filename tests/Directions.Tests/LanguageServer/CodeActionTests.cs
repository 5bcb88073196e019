using System.Text.Json;

namespace Directions.Tests.LanguageServer;

/// <summary>textDocument/codeAction: "did you mean" fixes, idioms rewritten, a citation placeholder.</summary>
public sealed class CodeActionTests
{
    private static async Task<(LspTestSession Lsp, JsonElement[] Actions)> ActionsAsync(string text, int line, int startCharacter, int endCharacter)
    {
        var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits)]);
        await lsp.OpenAsync("visits.pd", text);
        var result = await lsp.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = lsp.UriOf("visits.pd") },
            range = new { start = new { line, character = startCharacter }, end = new { line, character = endCharacter } },
            context = new { diagnostics = Array.Empty<object>() },
        });
        LspJson.IsClean(result);
        return (lsp, [.. result.EnumerateArray()]);
    }

    private static string Applied(LspTestSession lsp, string text, JsonElement action) =>
        FoldingAndFormattingTests.Apply(text, action.GetProperty("edit").GetProperty("changes").GetProperty(lsp.UriOf("visits.pd")));

    [Fact]
    public async Task A_misspelt_term_is_fixed_with_the_suggestion()
    {
        var text = Sources.Visits.Replace("CIN visit every", "CIN vist every");
        var (lsp, actions) = await ActionsAsync(text, 8, 4, 4);
        await using var owned = lsp;
        var fix = actions.Single(a => a.GetProperty("kind").GetString() == "quickfix");
        Assert.Equal("Change to 'CIN visit'", fix.GetProperty("title").GetString());
        Assert.True(fix.GetProperty("isPreferred").GetBoolean());
        Assert.Equal("DIR2001", Assert.Single(fix.GetProperty("diagnostics").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal(Sources.Visits, Applied(lsp, text, fix));
    }

    [Fact]
    public async Task A_misspelt_field_in_the_vocabulary_is_fixed_with_the_suggestion()
    {
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits)]);
        var vocabulary = await File.ReadAllTextAsync(Path.Combine(lsp.Root, "vocabulary.pd"));
        var broken = vocabulary.Replace("means visits where kind is \"CIN\" and child_seen\n", "means visits where kind is \"CIN\" and child_sen\n");
        Assert.NotEqual(vocabulary, broken);
        await lsp.OpenAsync("vocabulary.pd", broken);
        var line = broken.Split('\n').Select((l, i) => (l, i)).First(p => p.l.Contains("child_sen\r") || p.l.EndsWith("child_sen", StringComparison.Ordinal)).i;
        var result = await lsp.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = lsp.UriOf("vocabulary.pd") },
            range = new { start = new { line, character = 0 }, end = new { line, character = 200 } },
            context = new { diagnostics = Array.Empty<object>() },
        });
        var fix = result.EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Change to 'child_seen'");
        Assert.Equal("DIR2031", fix.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal(vocabulary, FoldingAndFormattingTests.Apply(broken, fix.GetProperty("edit").GetProperty("changes").GetProperty(lsp.UriOf("vocabulary.pd"))));
    }

    [Fact]
    public async Task An_idiom_is_rewritten_to_the_plain_form()
    {
        var (lsp, actions) = await ActionsAsync(Sources.Visits, 13, 55, 55);
        await using var owned = lsp;
        var rewrite = Assert.Single(actions);
        Assert.Equal("refactor.rewrite", rewrite.GetProperty("kind").GetString());
        Assert.Equal("Write 'every 3 months' instead of 'quarterly'", rewrite.GetProperty("title").GetString());
        Assert.Contains("then every 3 months\n", Applied(lsp, Sources.Visits, rewrite));
        Assert.False(rewrite.TryGetProperty("diagnostics", out _));
    }

    [Fact]
    public async Task An_ambiguous_idiom_is_a_quick_fix_for_its_warning_and_a_numbered_idiom_keeps_at_least()
    {
        var text = Sources.Visits.Replace("CIN visit every 4 weeks", "CIN visit at least 4-weekly").Replace("then quarterly", "then bi-monthly");
        var (lsp, actions) = await ActionsAsync(text, 13, 55, 55);
        await using var owned = lsp;
        var fix = Assert.Single(actions);
        Assert.Equal("quickfix", fix.GetProperty("kind").GetString());
        Assert.Equal("DIR2012", fix.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Contains("then every 2 months\n", Applied(lsp, text, fix));

        var weekly = await lsp.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = lsp.UriOf("visits.pd") },
            range = new { start = new { line = 8, character = 22 }, end = new { line = 8, character = 22 } },
            context = new { diagnostics = Array.Empty<object>() },
        });
        Assert.Contains("CIN visit at least every 4 weeks unless", Applied(lsp, text, Assert.Single(weekly.EnumerateArray())));
    }

    [Fact]
    public async Task A_rule_without_a_citation_gets_a_placeholder_line()
    {
        var text = Sources.Visits.Replace("  cites \"4.2\"\n", string.Empty);
        var (lsp, actions) = await ActionsAsync(text, 11, 3, 3);
        await using var owned = lsp;
        var fix = Assert.Single(actions);
        Assert.Equal("DIR2007", fix.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal(Sources.Visits.Replace("cites \"4.2\"", "cites \"paragraph ?\""), Applied(lsp, text, fix));
    }
}
