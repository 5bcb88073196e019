using System.Text.Json;
using System.Text.Json.Serialization;
using Directions.LanguageServer.Capabilities;
using Directions.LanguageServer.Server;
using Directions.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Directions.LanguageServer;

/// <summary>
/// Wires the server: JSON-RPC over a pair of streams with LSP's Content-Length headers
/// (<see cref="HeaderDelimitedMessageHandler"/>), System.Text.Json with camelCase names and nulls left out,
/// and one handler object per capability (Capabilities/).
/// </summary>
public static class LanguageServerHost
{
    /// <summary>Serves on the streams until the client sends `exit` or closes them; returns the process exit code (0 after `shutdown`).</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions options)
    {
        using var rpc = Create(input, output, options, out var session);
        rpc.StartListening();
        try
        {
            await rpc.Completion.ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away: nothing to answer.
        }

        return session.ShutdownRequested ? 0 : 1;
    }

    /// <summary>Makes the server's JSON-RPC connection on the streams, not yet listening.</summary>
    public static JsonRpc Create(Stream input, Stream output, LanguageServerOptions options, out ServerSession session)
    {
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, CreateFormatter()));
        session = new ServerSession(rpc, new ServerWorkspace(), options);
        var targetOptions = new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true, DisposeOnDisconnect = false };
        foreach (var target in Handlers(session))
            rpc.AddLocalRpcTarget(target, targetOptions);
        return rpc;
    }

    /// <summary>The message formatter of both ends: camelCase, nulls omitted.</summary>
    public static SystemTextJsonFormatter CreateFormatter() => new()
    {
        JsonSerializerOptions = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        },
    };

    private static IEnumerable<object> Handlers(ServerSession session) =>
    [
        new Lifecycle(session),
        new TextSync(session),
        new Hover(session),
        new Completion(session),
        new Definition(session),
        new References(session),
        new Rename(session),
        new DocumentSymbols(session),
        new WorkspaceSymbols(session),
        new SemanticTokens(session),
        new FoldingRanges(session),
        new Formatting(session),
        new CodeActions(session),
        new InlayHints(session),
    ];
}
