using System.Text.Json;

namespace Directions.Tests.LanguageServer;

/// <summary>textDocument/publishDiagnostics on open and on change: IDs, severities, exact ranges, related places.</summary>
public sealed class DiagnosticsTests
{
    [Fact]
    public async Task A_misspelt_term_is_published_on_open_with_its_ID_severity_and_exact_range()
    {
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits)]);
        await lsp.OpenAsync("visits.pd", Sources.Visits.Replace("CIN visit every", "CIN vist every"), version: 3);

        var published = lsp.LastDiagnostics("visits.pd");
        LspJson.IsClean(published);
        Assert.Equal(3, published.GetProperty("version").GetInt32());
        var diagnostic = Assert.Single(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("DIR2001", diagnostic.GetProperty("code").GetString());
        Assert.Equal(1, diagnostic.GetProperty("severity").GetInt32());
        Assert.Equal("directions", diagnostic.GetProperty("source").GetString());
        Assert.Equal((8, 2, 8, 10), LspJson.Range(diagnostic.GetProperty("range")));
        Assert.Contains("Did you mean 'CIN visit'?", diagnostic.GetProperty("message").GetString());
        Assert.False(diagnostic.TryGetProperty("relatedInformation", out _));
    }

    [Fact]
    public async Task A_change_is_checked_again_and_a_fixed_document_publishes_no_diagnostics()
    {
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits)]);
        await lsp.OpenAsync("visits.pd", Sources.Visits.Replace("CIN visit every", "CIN vist every"));
        Assert.Single(lsp.LastDiagnostics("visits.pd").GetProperty("diagnostics").EnumerateArray());

        await lsp.ChangeAsync("visits.pd", Sources.Visits, version: 2);
        var published = lsp.LastDiagnostics("visits.pd");
        Assert.Equal(2, published.GetProperty("version").GetInt32());
        Assert.Empty(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Contains("\"diagnostics\":[]", published.GetRawText());
    }

    [Fact]
    public async Task A_warning_has_severity_2()
    {
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits)]);
        await lsp.OpenAsync("visits.pd", Sources.Visits.Replace("  cites \"4.2\"\n", string.Empty));
        var diagnostic = Assert.Single(lsp.LastDiagnostics("visits.pd").GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("DIR2007", diagnostic.GetProperty("code").GetString());
        Assert.Equal(2, diagnostic.GetProperty("severity").GetInt32());
        Assert.Equal((11, 0, 11, 18), LspJson.Range(diagnostic.GetProperty("range")));
    }

    [Fact]
    public async Task A_diagnostic_about_two_places_carries_the_other_as_related_information()
    {
        // The same direction version in two files: the second is reported, pointing at the first.
        await using var lsp = await LspTestSession.StartAsync([("a-visits.pd", Sources.Visits), ("b-visits.pd", Sources.Visits)]);
        await lsp.OpenAsync("b-visits.pd");
        var all = lsp.Published.Select(p => p.Params).SelectMany(p => p.GetProperty("diagnostics").EnumerateArray()).ToList();
        var duplicate = all.First(d => d.TryGetProperty("relatedInformation", out _));
        var related = Assert.Single(duplicate.GetProperty("relatedInformation").EnumerateArray());
        Assert.EndsWith("a-visits.pd", related.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal((0, 0), (LspJson.Range(related.GetProperty("location").GetProperty("range")).Item1, LspJson.Range(related.GetProperty("location").GetProperty("range")).Item2));
        Assert.Equal("The other place this is about: a-visits.pd line 1.", related.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Closed_files_of_the_workspace_are_checked_at_initialize()
    {
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits.Replace("CIN review within", "CIN reveiw within"))]);
        await lsp.IdleAsync();
        var diagnostics = lsp.LastDiagnostics("visits.pd");
        Assert.Equal(JsonValueKind.Object, diagnostics.ValueKind);
        Assert.False(diagnostics.TryGetProperty("version", out _));
        Assert.Equal("DIR2001", Assert.Single(diagnostics.GetProperty("diagnostics").EnumerateArray()).GetProperty("code").GetString());
    }
}
