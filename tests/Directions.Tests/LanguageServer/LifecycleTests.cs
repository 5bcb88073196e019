using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Directions.Tests.LanguageServer;

/// <summary>initialize, shutdown, a request with null params, an unknown method.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_announces_every_capability_in_camelCase_without_nulls()
    {
        await using var lsp = await LspTestSession.StartAsync([]);
        var result = await lsp.RequestAsync("initialize", new { rootUri = lsp.UriOf(""), capabilities = new { } });
        LspJson.IsClean(result);
        var capabilities = result.GetProperty("capabilities");
        Assert.Equal(1, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        foreach (var name in new[] { "hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider", "workspaceSymbolProvider", "foldingRangeProvider", "documentFormattingProvider", "inlayHintProvider" })
            Assert.True(capabilities.GetProperty(name).GetBoolean(), name);
        Assert.True(capabilities.GetProperty("renameProvider").GetProperty("prepareProvider").GetBoolean());
        Assert.Contains("quickfix", capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.True(capabilities.GetProperty("semanticTokensProvider").GetProperty("full").GetBoolean());
        Assert.Contains("keyword", capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("directions-lsp", result.GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Shutdown_with_null_params_answers_null_and_the_session_says_so()
    {
        await using var lsp = await LspTestSession.StartAsync([]);
        var result = await lsp.Client.InvokeAsync<JsonElement>("shutdown", null);
        Assert.Equal(JsonValueKind.Null, result.ValueKind);
        Assert.True(lsp.Session.ShutdownRequested);
    }

    [Fact]
    public async Task An_unknown_method_is_a_method_not_found_error_and_the_server_serves_on()
    {
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits)]);
        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => lsp.RequestAsync("textDocument/noSuchThing", new { }));
        Assert.Equal(JsonRpcErrorCode.MethodNotFound, error.ErrorCode);
        await lsp.OpenAsync("visits.pd");
        var hover = await lsp.RequestAsync("textDocument/hover", lsp.At("visits.pd", 8, 14));
        Assert.Equal(JsonValueKind.Object, hover.ValueKind);
    }
}
