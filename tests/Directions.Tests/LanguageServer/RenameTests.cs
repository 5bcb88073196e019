using System.Text.Json;
using StreamJsonRpc;

namespace Directions.Tests.LanguageServer;

/// <summary>textDocument/prepareRename and textDocument/rename of terms and rules across files.</summary>
public sealed class RenameTests
{
    private static async Task<LspTestSession> StartAsync()
    {
        var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits), ("visits-2024.pd", Sources.VisitsLater)]);
        await lsp.OpenAsync("visits.pd");
        return lsp;
    }

    private static object RenameAt(LspTestSession lsp, string name, int line, int character, string newName) =>
        new { textDocument = new { uri = lsp.UriOf(name) }, position = new { line, character }, newName };

    [Fact]
    public async Task PrepareRename_gives_the_name_under_the_cursor_and_null_off_a_name()
    {
        await using var lsp = await StartAsync();
        var result = await lsp.RequestAsync("textDocument/prepareRename", lsp.At("visits.pd", 13, 33));
        LspJson.IsClean(result);
        Assert.Equal("CIN plan", result.GetProperty("placeholder").GetString());
        Assert.Equal((13, 31, 13, 39), LspJson.Range(result.GetProperty("range")));
        Assert.Equal(JsonValueKind.Null, (await lsp.RequestAsync("textDocument/prepareRename", lsp.At("visits.pd", 8, 14))).ValueKind);
    }

    [Fact]
    public async Task Renaming_a_term_edits_the_vocabulary_and_every_direction_that_writes_that_name()
    {
        await using var lsp = await StartAsync();
        var edit = await lsp.RequestAsync("textDocument/rename", RenameAt(lsp, "visits.pd", 8, 4, "child in need visit"));
        LspJson.IsClean(edit);
        var changes = edit.GetProperty("changes");
        var direction = Assert.Single(changes.GetProperty(lsp.UriOf("visits.pd")).EnumerateArray());
        Assert.Equal((8, 2, 8, 11), LspJson.Range(direction.GetProperty("range")));
        Assert.Equal("child in need visit", direction.GetProperty("newText").GetString());
        Assert.Single(changes.GetProperty(lsp.UriOf("visits-2024.pd")).EnumerateArray());
        // The declaration only: its synonyms ("CIN visits", ...) stay as they are.
        var vocabulary = Assert.Single(changes.GetProperty(lsp.UriOf("vocabulary.pd")).EnumerateArray());
        Assert.Equal(7, LspJson.Range(vocabulary.GetProperty("range")).Item2);
    }

    [Fact]
    public async Task Renaming_a_rule_renames_it_in_the_version_that_supersedes_it()
    {
        await using var lsp = await StartAsync();
        var edit = await lsp.RequestAsync("textDocument/rename", RenameAt(lsp, "visits.pd", 6, 8, "Visits to children in need"));
        var changes = edit.GetProperty("changes");
        Assert.Equal((6, 6, 6, 16), LspJson.Range(Assert.Single(changes.GetProperty(lsp.UriOf("visits.pd")).EnumerateArray()).GetProperty("range")));
        Assert.Equal((7, 6, 7, 16), LspJson.Range(Assert.Single(changes.GetProperty(lsp.UriOf("visits-2024.pd")).EnumerateArray()).GetProperty("range")));
    }

    [Theory]
    [InlineData(8, 4, "CIN review", "already a name of the term")]
    [InlineData(8, 4, "case direction visit", "would need quotes")]
    [InlineData(8, 4, "a \"quoted\" name", "cannot be a name")]
    [InlineData(6, 8, "CIN reviews", "already a rule called")]
    [InlineData(8, 14, "anything", "Only a term or a rule")]
    public async Task A_rename_that_would_change_the_meaning_is_refused_with_a_reason(int line, int character, string newName, string reason)
    {
        await using var lsp = await StartAsync();
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => lsp.RequestAsync("textDocument/rename", RenameAt(lsp, "visits.pd", line, character, newName)));
        Assert.Contains(reason, error.Message);
        Assert.Equal(-32803, error.ErrorCode);
    }
}
