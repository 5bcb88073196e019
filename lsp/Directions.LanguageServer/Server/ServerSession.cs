using Directions.LanguageServer.Capabilities;
using Directions.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Directions.LanguageServer.Server;

/// <summary>What every capability shares: the connection, the workspace, the options and the diagnostics publisher.</summary>
public sealed class ServerSession
{
    internal ServerSession(JsonRpc rpc, ServerWorkspace workspace, LanguageServerOptions options)
    {
        Rpc = rpc;
        Workspace = workspace;
        Options = options;
        Diagnostics = new DiagnosticsPublisher(this);
    }

    /// <summary>The connection to the client.</summary>
    public JsonRpc Rpc { get; }

    /// <summary>The files and their compilations.</summary>
    public ServerWorkspace Workspace { get; }

    /// <summary>The options the server was started with (the delay may be changed by the client at initialize).</summary>
    public LanguageServerOptions Options { get; internal set; }

    /// <summary>Checks the workspace after changes and publishes diagnostics.</summary>
    public DiagnosticsPublisher Diagnostics { get; }

    /// <summary>True once the client has sent `shutdown`.</summary>
    public bool ShutdownRequested { get; internal set; }

    /// <summary>
    /// Runs a request's work on the thread pool, after the <see cref="LanguageServerOptions.BeforeRequest"/> hook,
    /// so the connection keeps reading (and can deliver $/cancelRequest) while it runs. The token is the request's.
    /// </summary>
    public async Task<T> RunAsync<T>(string method, CancellationToken cancellationToken, Func<CancellationToken, T> work)
    {
        if (Options.BeforeRequest is { } hook)
            await hook(method, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return await Task.Run(() => work(cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The document a request names, or an error the client sees if the server does not know it.</summary>
    public DocumentSnapshot GetDocument(string uri) =>
        Workspace.GetDocument(uri) ?? throw new LocalRpcException($"The document {uri} is not open and is not a .pd file of the workspace.") { ErrorCode = -32602 };
}
