using System.Text.Json;

namespace Directions.Tests.LanguageServer;

/// <summary>textDocument/hover: rules in plain English with units resolved, terms, durations, directions.</summary>
public sealed class HoverTests
{
    private static async Task<(LspTestSession Lsp, string Markdown, JsonElement Raw)> HoverAt(int line, int character)
    {
        var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits)]);
        await lsp.OpenAsync("visits.pd");
        var hover = await lsp.RequestAsync("textDocument/hover", lsp.At("visits.pd", line, character));
        LspJson.IsClean(hover);
        Assert.Equal("markdown", hover.GetProperty("contents").GetProperty("kind").GetString());
        return (lsp, hover.GetProperty("contents").GetProperty("value").GetString()!, hover);
    }

    [Fact]
    public async Task On_a_requirement_the_rule_reads_in_plain_English_with_its_citation_version_and_date()
    {
        var (lsp, markdown, _) = await HoverAt(8, 14);
        await using var _lsp = lsp;
        Assert.Contains("CIN visit: must take place at least every 28 days (4 weeks); up to 42 days (6 weeks) while a recorded rationale is in force", markdown);
        Assert.Contains("for long-term DCSS: up to 56 days (8 weeks)", markdown);
        Assert.Contains("Cites: S000-07; paragraph 4", markdown);
        Assert.Contains("lsp-visits version 2021.1, in force from 1 September 2021", markdown);
    }

    [Fact]
    public async Task On_a_term_it_says_what_the_term_maps_to_in_the_case_data_and_spans_the_term()
    {
        var (lsp, markdown, raw) = await HoverAt(8, 4);
        await using var _lsp = lsp;
        Assert.StartsWith("**CIN visit** (event)", markdown);
        Assert.Contains("rows of visits where kind is \"CIN\" and child_seen", markdown);
        Assert.Equal((8, 2, 8, 11), LspJson.Range(raw.GetProperty("range")));
    }

    [Fact]
    public async Task On_an_idiom_it_says_what_the_idiom_means()
    {
        var (lsp, markdown, _) = await HoverAt(13, 56);
        await using var _lsp = lsp;
        Assert.Contains("**quarterly** = 3 calendar months", markdown);
        Assert.Contains("within 1 calendar month (1 month) of CIN plan start, then at least every 3 calendar months (3 months)", markdown);
    }

    [Fact]
    public async Task On_the_header_it_describes_the_direction_and_off_everything_it_answers_null()
    {
        var (lsp, markdown, _) = await HoverAt(3, 4);
        await using var _lsp = lsp;
        Assert.Contains("Visiting children in need, issued by Test Council. lsp-visits version 2021.1, in force from 1 September 2021.", markdown);
        Assert.Contains("2 rules", markdown);

        await lsp.ChangeAsync("visits.pd", "# only a comment\n", 2);
        var nothing = await lsp.RequestAsync("textDocument/hover", lsp.At("visits.pd", 0, 3));
        Assert.Equal(JsonValueKind.Null, nothing.ValueKind);
    }
}
