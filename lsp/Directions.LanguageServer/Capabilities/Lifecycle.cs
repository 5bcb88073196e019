using System.Text.Json;
using Directions.LanguageServer.Protocol;
using Directions.LanguageServer.Server;
using Directions.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Directions.LanguageServer.Capabilities;

/// <summary>initialize (reads the workspace folder, announces the capabilities), initialized, shutdown and exit.</summary>
public sealed class Lifecycle(ServerSession session)
{
    /// <summary>Reads the workspace's .pd files and says what the server can do.</summary>
    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams? parameters, CancellationToken cancellationToken)
    {
        if (parameters?.InitializationOptions is { ValueKind: JsonValueKind.Object } options
            && options.TryGetProperty("diagnosticsDelayMs", out var delay) && delay.TryGetInt32(out var milliseconds) && milliseconds >= 0)
            session.Options = session.Options with { DiagnosticsDelay = TimeSpan.FromMilliseconds(milliseconds) };

        var root = parameters?.WorkspaceFolders?.FirstOrDefault()?.Uri ?? parameters?.RootUri;
        var rootPath = root is not null ? DocumentUris.ToPath(root) : parameters?.RootPath;
        if (rootPath is not null)
        {
            session.Workspace.LoadFolder(rootPath);
            foreach (var folder in session.Workspace.GetProjects())
                session.Diagnostics.Schedule(folder, changedPath: null);
        }

        return new InitializeResult(
            new ServerCapabilities(
                TextDocumentSync: new TextDocumentSyncOptions(OpenClose: true, Change: 1, Save: new SaveOptions(IncludeText: false)),
                HoverProvider: true,
                CompletionProvider: new CompletionOptions(TriggerCharacters: [" "], ResolveProvider: true),
                DefinitionProvider: true,
                ReferencesProvider: true,
                RenameProvider: new RenameOptions(PrepareProvider: true),
                DocumentSymbolProvider: true,
                WorkspaceSymbolProvider: true,
                SemanticTokensProvider: new SemanticTokensOptions(SemanticTokens.Legend, Full: true),
                FoldingRangeProvider: true,
                DocumentFormattingProvider: true,
                CodeActionProvider: new CodeActionOptions([CodeActions.QuickFix, CodeActions.RewriteKind]),
                InlayHintProvider: true),
            new ServerInfo("directions-lsp", typeof(Lifecycle).Assembly.GetName().Version?.ToString()));
    }

    /// <summary>The client is ready; nothing to do.</summary>
    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JsonElement? parameters = null)
    {
    }

    /// <summary>Stops serving requests; answers null. Clients send it without params or with `"params": null`; both bind.</summary>
    [JsonRpcMethod("shutdown", UseSingleObjectParameterDeserialization = true)]
    public object? Shutdown(JsonElement? parameters = null, CancellationToken cancellationToken = default)
    {
        session.ShutdownRequested = true;
        return null;
    }

    /// <summary>Ends the connection (the process then exits).</summary>
    [JsonRpcMethod("exit", UseSingleObjectParameterDeserialization = true)]
    public void Exit(JsonElement? parameters = null) => _ = Task.Run(session.Rpc.Dispose);
}
