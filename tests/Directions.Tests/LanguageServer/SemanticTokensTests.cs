using System.Text.Json;

namespace Directions.Tests.LanguageServer;

/// <summary>textDocument/semanticTokens/full, decoded back into (line, character, length, type, modifiers).</summary>
public sealed class SemanticTokensTests
{
    private static async Task<List<(int Line, int Character, int Length, string Type, int Modifiers)>> TokensAsync(string text)
    {
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", text)]);
        await lsp.OpenAsync("visits.pd");
        var initialize = await lsp.RequestAsync("initialize", new { capabilities = new { } });
        var legend = initialize.GetProperty("capabilities").GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(t => t.GetString()!).ToList();
        var result = await lsp.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = lsp.UriOf("visits.pd") } });
        LspJson.IsClean(result);
        var data = result.GetProperty("data").EnumerateArray().Select(d => d.GetInt32()).ToList();
        Assert.Equal(0, data.Count % 5);
        var tokens = new List<(int, int, int, string, int)>();
        int line = 0, character = 0;
        for (var i = 0; i < data.Count; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            tokens.Add((line, character, data[i + 2], legend[data[i + 3]], data[i + 4]));
        }

        return tokens;
    }

    [Fact]
    public async Task Keywords_terms_numbers_strings_and_comments_are_told_apart()
    {
        var tokens = await TokensAsync("# A comment\n" + Sources.Visits);
        Assert.Contains((0, 0, 11, "comment", 0), tokens);
        Assert.Contains((1, 0, 9, "keyword", 0), tokens);                  // direction
        Assert.Contains((7, 0, 4, "keyword", 0), tokens);                  // rule
        Assert.Contains((7, 5, 12, "function", 1), tokens);                // "CIN visits", declared
        Assert.Contains((9, 2, 9, "event", 0), tokens);                    // CIN visit
        Assert.Contains((9, 18, 1, "number", 0), tokens);                  // 4
        Assert.Contains((9, 20, 5, "keyword", 0), tokens);                 // weeks
        Assert.Contains((9, 42, 9, "struct", 0), tokens);                  // rationale
        Assert.Contains((10, 9, 14, "enum", 0), tokens);                   // long-term DCSS
        Assert.Contains((8, 8, 9, "string", 0), tokens);                   // "S000-07"
        Assert.Contains((14, 31, 8, "class", 0), tokens);                  // CIN plan (of CIN plan start)
        Assert.Contains((14, 52, 9, "keyword", 0), tokens);                // quarterly
    }

    [Fact]
    public async Task An_unknown_term_is_not_coloured_as_a_term()
    {
        var tokens = await TokensAsync(Sources.Visits.Replace("CIN visit every", "CIN vist every"));
        Assert.DoesNotContain(tokens, t => t.Line == 8 && t.Character == 2);
        Assert.Contains((8, 11, 5, "keyword", 0), tokens);
    }
}
