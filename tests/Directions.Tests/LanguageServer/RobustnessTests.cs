using System.Text;
using System.Text.Json;
using Directions.LanguageServer;
using Directions.Tests.TestSupport;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Directions.Tests.LanguageServer;

/// <summary>$/cancelRequest, a failing handler, an unknown document, and random edits of the real directions.</summary>
public sealed class RobustnessTests
{
    [Fact]
    public async Task A_cancelled_request_is_cancelled_on_the_server_and_the_server_serves_on()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelledOnServer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        var options = new LanguageServerOptions
        {
            DiagnosticsDelay = TimeSpan.Zero,
            BeforeRequest = async (method, token) =>
            {
                if (method != "textDocument/hover" || Interlocked.Increment(ref calls) > 1)
                    return;
                entered.SetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, token);
                }
                catch (OperationCanceledException)
                {
                    cancelledOnServer.SetResult();
                    throw;
                }
            },
        };
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits)], options);
        await lsp.OpenAsync("visits.pd");

        using var cancellation = new CancellationTokenSource();
        var hover = lsp.RequestAsync("textDocument/hover", lsp.At("visits.pd", 8, 14), cancellation.Token);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hover.WaitAsync(TimeSpan.FromSeconds(30)));
        await cancelledOnServer.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var again = await lsp.RequestAsync("textDocument/hover", lsp.At("visits.pd", 8, 14));
        Assert.Contains("28 days", again.GetProperty("contents").GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_handler_that_throws_answers_with_an_error_and_the_server_serves_on()
    {
        var failed = 0;
        var options = new LanguageServerOptions
        {
            DiagnosticsDelay = TimeSpan.Zero,
            BeforeRequest = (method, _) => method == "textDocument/documentSymbol" && Interlocked.Increment(ref failed) == 1
                ? throw new InvalidOperationException("The outline broke.")
                : Task.CompletedTask,
        };
        await using var lsp = await LspTestSession.StartAsync([("visits.pd", Sources.Visits)], options);
        await lsp.OpenAsync("visits.pd");
        var parameters = new { textDocument = new { uri = lsp.UriOf("visits.pd") } };
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => lsp.RequestAsync("textDocument/documentSymbol", parameters));
        Assert.Contains("The outline broke.", error.Message);

        Assert.Single((await lsp.RequestAsync("textDocument/documentSymbol", parameters)).EnumerateArray());
        await lsp.ChangeAsync("visits.pd", Sources.Visits.Replace("CIN visit every", "CIN vist every"), 2);
        Assert.Single(lsp.LastDiagnostics("visits.pd").GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task A_request_about_a_document_the_server_does_not_know_is_an_invalid_params_error()
    {
        await using var lsp = await LspTestSession.StartAsync([]);
        // -32602 (invalid params) on the wire; StreamJsonRpc's client reports that code as a RemoteMethodNotFoundException.
        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => lsp.RequestAsync("textDocument/hover", lsp.At("nowhere.pd", 0, 0)));
        Assert.Equal(JsonRpcErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains("nowhere.pd", error.Message);
    }

    [Fact]
    public async Task Random_edits_of_the_real_directions_never_make_a_request_fail()
    {
        var random = new Random(20251123);
        var files = Directory.EnumerateFiles(Repository.PathOf("directions"), "*.pd").Where(f => Path.GetFileName(f) != "vocabulary.pd").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        await using var lsp = await LspTestSession.StartAsync(files.Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
        string[] pieces = ["\"", "\n", ":", ",", " ", "rule", "every", "within", "of", "max", "unless recorded", "except", "when", "4", "weeks", "working", "-", "#", "’", "\u00e9", "\t", "CIN", "visit", "applies to", ".", "2021-02-30", "supersedes"];
        var version = 1;
        foreach (var file in files.Take(3))
        {
            var name = Path.GetFileName(file);
            var text = File.ReadAllText(file);
            await lsp.OpenAsync(name, text, version++);
            for (var round = 0; round < 40; round++)
            {
                text = Mutate(text, random, pieces);
                await lsp.ChangeAsync(name, text, version++);
                var published = lsp.LastDiagnostics(name);
                Assert.Equal(version - 1, published.GetProperty("version").GetInt32());
                await AskEverythingAsync(lsp, name, text, random);
            }
        }
    }

    private static string Mutate(string text, Random random, string[] pieces)
    {
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(3))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 12), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, pieces[random.Next(pieces.Length)]);
                    break;
                default:
                    builder.Insert(at, (char)random.Next(32, 0x2100));
                    break;
            }
        }

        return builder.ToString();
    }

    private static async Task AskEverythingAsync(LspTestSession lsp, string name, string text, Random random)
    {
        var lines = text.Split('\n');
        var line = random.Next(lines.Length + 1);
        var character = random.Next((line < lines.Length ? lines[line].Length : 0) + 2);
        var uri = lsp.UriOf(name);
        var position = new { line, character };
        var document = new { uri };
        var range = new { start = new { line = Math.Max(0, line - 3), character = 0 }, end = position };
        (string Method, object Params)[] requests =
        [
            ("textDocument/hover", new { textDocument = document, position }),
            ("textDocument/completion", new { textDocument = document, position }),
            ("textDocument/definition", new { textDocument = document, position }),
            ("textDocument/references", new { textDocument = document, position, context = new { includeDeclaration = true } }),
            ("textDocument/prepareRename", new { textDocument = document, position }),
            ("textDocument/documentSymbol", new { textDocument = document }),
            ("textDocument/semanticTokens/full", new { textDocument = document }),
            ("textDocument/foldingRange", new { textDocument = document }),
            ("textDocument/formatting", new { textDocument = document, options = new { tabSize = 2, insertSpaces = true } }),
            ("textDocument/codeAction", new { textDocument = document, range, context = new { diagnostics = Array.Empty<object>() } }),
            ("textDocument/inlayHint", new { textDocument = document, range = new { start = new { line = 0, character = 0 }, end = new { line = lines.Length, character = 0 } } }),
        ];
        foreach (var (method, parameters) in requests)
        {
            try
            {
                var result = await lsp.RequestAsync(method, parameters);
                LspJson.IsClean(result);
            }
            catch (RemoteInvocationException e)
            {
                Assert.Fail($"{method} at {line}:{character} failed: {e.Message}\n--- text ---\n{text}");
            }
        }
    }
}
