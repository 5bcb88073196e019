namespace Directions.Tests.LanguageServer;

/// <summary>textDocument/inlayHint: what each duration means.</summary>
public sealed class InlayHintTests
{
    [Fact]
    public async Task Durations_and_idioms_show_what_they_mean_where_the_text_does_not_say_it()
    {
        var text = Sources.Visits.Replace("within 1 month", "within 20 working days").Replace("max 6 weeks", "max 6");
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", text)]);
        await lsp.OpenAsync("visits.pd");
        var result = await lsp.RequestAsync("textDocument/inlayHint", new
        {
            textDocument = new { uri = lsp.UriOf("visits.pd") },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 20, character = 0 } },
        });
        LspJson.IsClean(result);
        var hints = result.EnumerateArray().Select(h => (h.GetProperty("position").GetProperty("line").GetInt32(), h.GetProperty("position").GetProperty("character").GetInt32(), h.GetProperty("label").GetString())).ToList();
        Assert.Equal(
            [(8, 25, "= 28 days"), (8, 58, "= 42 days"), (9, 36, "= 56 days"), (13, 69, "= 3 calendar months")],
            hints);
        Assert.All(result.EnumerateArray(), h => Assert.True(h.GetProperty("paddingLeft").GetBoolean()));
        Assert.Contains("Monday to Friday", string.Concat(result.EnumerateArray().Select(h => h.GetProperty("tooltip").GetString())) + (await TooltipOfWorkingDays(lsp)));
    }

    private static async Task<string> TooltipOfWorkingDays(LspTestSession lsp)
    {
        var hover = await lsp.RequestAsync("textDocument/hover", lsp.At("visits.pd", 13, 24));
        return hover.GetProperty("contents").GetProperty("value").GetString()!;
    }
}
