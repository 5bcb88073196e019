using System.Text.Json;

namespace Directions.Tests.LanguageServer;

/// <summary>textDocument/foldingRange and textDocument/formatting.</summary>
public sealed class FoldingAndFormattingTests
{
    [Fact]
    public async Task Directions_rules_and_comment_blocks_fold()
    {
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", "# First line of a note\n# second line\n" + Sources.Visits)]);
        await lsp.OpenAsync("visits.pd");
        var result = await lsp.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = lsp.UriOf("visits.pd") } });
        LspJson.IsClean(result);
        var ranges = result.EnumerateArray().Select(r => (r.GetProperty("startLine").GetInt32(), r.GetProperty("endLine").GetInt32(), r.TryGetProperty("kind", out var k) ? k.GetString() : null)).ToList();
        Assert.Contains((0, 1, "comment"), ranges);
        Assert.Contains((2, 15, null), ranges);
        Assert.Contains((8, 11, null), ranges);
        Assert.Contains((13, 15, null), ranges);
    }

    [Fact]
    public async Task Formatting_gives_the_canonical_layout_and_nothing_once_canonical()
    {
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits)]);
        var messy = Sources.Visits.Replace("rule \"CIN visits\"", "rule    \"CIN visits\"   ");
        await lsp.OpenAsync("visits.pd", messy);
        var parameters = new { textDocument = new { uri = lsp.UriOf("visits.pd") }, options = new { tabSize = 2, insertSpaces = true } };
        var edits = await lsp.RequestAsync("textDocument/formatting", parameters);
        LspJson.IsClean(edits);
        Assert.NotEmpty(edits.EnumerateArray());
        var formatted = Apply(messy, edits);
        Assert.Contains("\nrule \"CIN visits\"\n", formatted);

        await lsp.ChangeAsync("visits.pd", formatted, 2);
        Assert.Empty((await lsp.RequestAsync("textDocument/formatting", parameters)).EnumerateArray());
    }

    /// <summary>Applies LSP text edits (non-overlapping) to a text.</summary>
    internal static string Apply(string text, JsonElement edits)
    {
        var source = Compiler.Text.SourceText.From(text);
        var spans = edits.EnumerateArray().Select(e =>
        {
            var (sl, sc, el, ec) = LspJson.Range(e.GetProperty("range"));
            var start = source.GetPosition(new Compiler.Text.LinePosition(sl, sc));
            var end = source.GetPosition(new Compiler.Text.LinePosition(el, ec));
            return (start, end, e.GetProperty("newText").GetString()!);
        }).OrderByDescending(e => e.start).ToList();
        foreach (var (start, end, newText) in spans)
            text = string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
        return text;
    }
}
