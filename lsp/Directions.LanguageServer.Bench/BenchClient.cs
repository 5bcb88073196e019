using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using StreamJsonRpc;

namespace Directions.LanguageServer.Bench;

/// <summary>
/// The real server (directions-lsp.dll, built beside this program) started as a child process, and a JSON-RPC
/// client on its standard input and output, which notes when each version's diagnostics arrive.
/// </summary>
internal sealed class BenchClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<long>> _published = new();

    private BenchClient(Process process, BigWorkspace workspace)
    {
        _process = process;
        Uri = new Uri(workspace.Path).AbsoluteUri;
        Rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, LanguageServerHost.CreateFormatter()));
        Rpc.AddLocalRpcTarget(new Target(this), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        Rpc.StartListening();
    }

    /// <summary>The client end.</summary>
    public JsonRpc Rpc { get; }

    /// <summary>The URI of the big direction.</summary>
    public string Uri { get; }

    /// <summary>Starts the server, initializes it on the workspace and opens the big direction.</summary>
    public static async Task<BenchClient> StartAsync(BigWorkspace workspace)
    {
        var server = Path.Combine(AppContext.BaseDirectory, "directions-lsp.dll");
        var start = new ProcessStartInfo("dotnet", [server])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {server}.");
        var client = new BenchClient(process, workspace);
        await client.Rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = Environment.ProcessId, rootUri = new Uri(workspace.Folder).AbsoluteUri, capabilities = new { } });
        await client.Rpc.NotifyWithParameterObjectAsync("initialized", new { });
        var opened = client.Expect(1);
        await client.Rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri = client.Uri, languageId = "directions", version = 1, text = workspace.Text } });
        await opened;
        return client;
    }

    /// <summary>The processor time the server has used so far (all its threads), which machine load does not inflate.</summary>
    public TimeSpan ServerCpu()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>A task that completes (with the Stopwatch timestamp) when the diagnostics of a version arrive.</summary>
    public Task<long> Expect(int version) => _published.GetOrAdd(version, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Sends the whole new text of the big direction.</summary>
    public Task ChangeAsync(string text, int version) =>
        Rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version }, contentChanges = new[] { new { text } } });

    /// <summary>Sends a request about a position of the big direction and waits for the answer.</summary>
    public Task<JsonElement> AskAsync(string method, int line, int character) =>
        Rpc.InvokeWithParameterObjectAsync<JsonElement>(method, new { textDocument = new { uri = Uri }, position = new { line, character } });

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Rpc.InvokeAsync<JsonElement>("shutdown").WaitAsync(TimeSpan.FromSeconds(10));
            await Rpc.NotifyAsync("exit");
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is TimeoutException or ConnectionLostException or ObjectDisposedException)
        {
            _process.Kill();
        }

        Rpc.Dispose();
        _process.Dispose();
    }

    private sealed class Target(BenchClient client)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void Publish(JsonElement parameters)
        {
            var now = Stopwatch.GetTimestamp();
            if (parameters.GetProperty("uri").GetString() == client.Uri && parameters.TryGetProperty("version", out var version))
                client._published.GetOrAdd(version.GetInt32(), _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(now);
        }

        [JsonRpcMethod("window/logMessage")]
        public void Log(JsonElement parameters) => Console.Error.WriteLine(parameters.GetProperty("message").GetString());
    }
}
