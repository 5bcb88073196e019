using Directions.Compiler.Diagnostics;
using Directions.LanguageServer.Protocol;
using Directions.LanguageServer.Server;
using StreamJsonRpc;

namespace Directions.LanguageServer.Capabilities;

/// <summary>
/// textDocument/publishDiagnostics, on open and on change. Debounced: a change waits
/// <see cref="LanguageServerOptions.DiagnosticsDelay"/> for the next one, and changes that arrive while a
/// check runs are folded into one further check. Each check compiles the changed folders and publishes
/// every file of them whose diagnostics changed, and always the documents that changed (with their version).
/// </summary>
public sealed class DiagnosticsPublisher
{
    private readonly ServerSession _session;
    private readonly object _gate = new();
    private readonly HashSet<string> _pendingFolders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pendingDocuments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _published = new(StringComparer.Ordinal);
    private Task _worker = Task.CompletedTask;
    private bool _running;

    internal DiagnosticsPublisher(ServerSession session) => _session = session;

    /// <summary>Asks for a check of a folder after a document changed (null for a folder checked as a whole, as at initialize).</summary>
    public void Schedule(string folder, string? changedPath)
    {
        lock (_gate)
        {
            _pendingFolders.Add(folder);
            if (changedPath is not null)
                _pendingDocuments.Add(changedPath);
            if (_running)
                return;
            _running = true;
            _worker = Task.Run(RunAsync);
        }
    }

    /// <summary>Completes when no check is running or waiting (for tests and the benchmark).</summary>
    public Task WhenIdle()
    {
        lock (_gate)
            return _worker;
    }

    /// <summary>An LSP diagnostic from a compiler diagnostic: its ID as code, its severity, its exact range and the places it mentions.</summary>
    public static LspDiagnostic ToLsp(Diagnostic diagnostic, Func<string, string> uriOf)
    {
        var related = diagnostic.AdditionalLocations.IsDefaultOrEmpty
            ? null
            : diagnostic.AdditionalLocations.Select(l => new DiagnosticRelatedInformation(Conversions.ToLocation(l, uriOf), $"The other place this is about: {Path.GetFileName(l.Path)} line {l.Start.Line + 1}.")).ToArray();
        return new LspDiagnostic(
            Conversions.ToRange(diagnostic.Location.Text, diagnostic.Location.Span),
            diagnostic.Severity switch { DiagnosticSeverity.Error => 1, DiagnosticSeverity.Warning => 2, _ => 3 },
            diagnostic.Id,
            "directions",
            diagnostic.Message,
            related);
    }

    private async Task RunAsync()
    {
        while (true)
        {
            await Task.Delay(_session.Options.DiagnosticsDelay).ConfigureAwait(false);
            List<string> folders, documents;
            lock (_gate)
            {
                if (_pendingFolders.Count == 0)
                {
                    _running = false;
                    return;
                }

                folders = [.. _pendingFolders];
                documents = [.. _pendingDocuments];
                _pendingFolders.Clear();
                _pendingDocuments.Clear();
            }

            foreach (var folder in folders)
            {
                try
                {
                    await PublishAsync(folder, documents).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A failed check must not stop later ones; the client hears why.
                    await LogAsync($"Could not check {folder}: {e.Message}").ConfigureAwait(false);
                }
            }
        }
    }

    private async Task PublishAsync(string folder, List<string> changed)
    {
        var workspace = _session.Workspace;
        var (compilation, files) = workspace.GetCheck(folder);
        var byFile = compilation.GetDiagnostics().ToLookup(d => d.Location.Path, StringComparer.Ordinal);
        foreach (var (path, uri, version) in files)
        {
            var diagnostics = byFile[path].Select(d => ToLsp(d, workspace.UriOf)).ToArray();
            var parameters = new PublishDiagnosticsParams(uri, version, diagnostics);
            var key = System.Text.Json.JsonSerializer.Serialize(diagnostics);
            lock (_gate)
            {
                if (!changed.Contains(path) && _published.TryGetValue(path, out var last) && last == key)
                    continue;
                _published[path] = key;
            }

            await _session.Rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", parameters).ConfigureAwait(false);
        }
    }

    private async Task LogAsync(string message)
    {
        try
        {
            await _session.Rpc.NotifyWithParameterObjectAsync("window/logMessage", new LogMessageParams(1, message)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
            // Nobody is listening any more.
        }
    }
}
