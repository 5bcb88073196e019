using System.Collections.Concurrent;
using System.Text.Json;
using Directions.LanguageServer;
using Directions.LanguageServer.Server;
using Directions.LanguageServer.Workspace;
using Directions.Tests.TestSupport;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace Directions.Tests.LanguageServer;

/// <summary>
/// A language server in process, joined to a client <see cref="JsonRpc"/> by a duplex stream pair, over a
/// temporary workspace folder. Requests return the raw JSON the server sent (as a <see cref="JsonElement"/>,
/// whose text is the message's own), so tests see the casing and the nulls a real editor would.
/// </summary>
internal sealed class LspTestSession : IAsyncDisposable
{
    private readonly JsonRpc _server;
    private readonly ClientTarget _target = new();

    private LspTestSession(string root, LanguageServerOptions options)
    {
        Root = root;
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        _server = LanguageServerHost.Create(serverStream, serverStream, options, out var session);
        Session = session;
        _server.StartListening();
        Client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, LanguageServerHost.CreateFormatter()));
        Client.AddLocalRpcTarget(_target, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        Client.StartListening();
    }

    /// <summary>The workspace folder.</summary>
    public string Root { get; }

    /// <summary>The client end.</summary>
    public JsonRpc Client { get; }

    /// <summary>The server's state (for waiting until its checks are done).</summary>
    public ServerSession Session { get; }

    /// <summary>Every publishDiagnostics the server sent, in order: (uri, raw params).</summary>
    public ConcurrentQueue<(string Uri, JsonElement Params)> Published => _target.Published;

    /// <summary>
    /// Starts a server on a new folder holding the real vocabulary (directions/vocabulary.pd) and the given
    /// files, and initializes it with the folder as root (no diagnostics delay unless given).
    /// </summary>
    public static async Task<LspTestSession> StartAsync(IEnumerable<(string Name, string Text)> files, LanguageServerOptions? options = null, bool withVocabulary = true)
    {
        var root = Directory.CreateTempSubdirectory("directions-lsp-").FullName;
        if (withVocabulary)
            File.Copy(Repository.PathOf("directions", "vocabulary.pd"), Path.Combine(root, "vocabulary.pd"));
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, text);
        }

        var session = new LspTestSession(root, options ?? new LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero });
        await session.RequestAsync("initialize", new { processId = (int?)null, rootUri = DocumentUris.ToUri(root), capabilities = new { } });
        await session.Client.NotifyWithParameterObjectAsync("initialized", new { });
        return session;
    }

    /// <summary>The URI of a file of the workspace.</summary>
    public string UriOf(string name) => DocumentUris.ToUri(Path.Combine(Root, name));

    /// <summary>Sends a request and returns the result as the server wrote it.</summary>
    public Task<JsonElement> RequestAsync(string method, object? parameters, CancellationToken cancellationToken = default) =>
        Client.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, cancellationToken);

    /// <summary>Opens a document with its text (the file's text if none is given) and waits for the check it starts.</summary>
    public async Task OpenAsync(string name, string? text = null, int version = 1)
    {
        text ??= await File.ReadAllTextAsync(Path.Combine(Root, name));
        await Client.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri = UriOf(name), languageId = "directions", version, text } });
        await WaitForPublishAsync(name, version);
    }

    /// <summary>Replaces a document's text and waits for the check it starts.</summary>
    public async Task ChangeAsync(string name, string text, int version)
    {
        await Client.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri = UriOf(name), version }, contentChanges = new[] { new { text } } });
        await WaitForPublishAsync(name, version);
    }

    /// <summary>Waits until the server has handled what was sent and published what it found.</summary>
    public async Task IdleAsync()
    {
        // A round trip makes sure earlier notifications were dispatched; then the check they started finishes,
        // and a second round trip makes sure the client has read what the check published.
        await RequestAsync("workspace/symbol", new { query = "\u0000" });
        await Session.Diagnostics.WhenIdle();
        await RequestAsync("workspace/symbol", new { query = "\u0000" });
    }

    /// <summary>Waits for the diagnostics of a document's version (every change of an open document publishes them).</summary>
    public async Task WaitForPublishAsync(string name, int version)
    {
        var uri = UriOf(name);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Published.Any(p => p.Uri == uri && p.Params.TryGetProperty("version", out var v) && v.GetInt32() == version))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No diagnostics were published for {name} version {version} within 30 s.");
            await Task.Delay(5);
        }
    }

    /// <summary>The last diagnostics published for a document.</summary>
    public JsonElement LastDiagnostics(string name) =>
        Published.Where(p => p.Uri == UriOf(name)).Select(p => p.Params).LastOrDefault();

    /// <summary>Position parameters for a document.</summary>
    public object At(string name, int line, int character) => new { textDocument = new { uri = UriOf(name) }, position = new { line, character } };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        _server.Dispose();
        await Task.Yield();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind does no harm.
        }
    }

    /// <summary>The client's side: records what the server pushes.</summary>
    private sealed class ClientTarget
    {
        public ConcurrentQueue<(string Uri, JsonElement Params)> Published { get; } = new();

        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void PublishDiagnostics(JsonElement parameters) =>
            Published.Enqueue((parameters.GetProperty("uri").GetString()!, parameters.Clone()));

        [JsonRpcMethod("window/logMessage")]
        public void LogMessage(JsonElement parameters)
        {
        }
    }
}
