using Directions.Compiler.Text;
using Directions.LanguageServer.Protocol;
using Directions.LanguageServer.Server;
using Directions.LanguageServer.Workspace;
using StreamJsonRpc;

namespace Directions.LanguageServer.Capabilities;

/// <summary>
/// didOpen, didChange, didClose, didSave. Each stores the text before anything else (no await), so a request
/// that follows a change always sees it; then a check of the document's folder is scheduled.
/// </summary>
public sealed class TextSync(ServerSession session)
{
    /// <summary>The editor opened a document.</summary>
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        var document = parameters.TextDocument;
        var folder = session.Workspace.SetDocument(document.Uri, document.Text, document.Version);
        session.Diagnostics.Schedule(folder, DocumentUris.ToPath(document.Uri));
    }

    /// <summary>The editor changed a document: the whole text (or, from clients that send them anyway, ranges applied in order).</summary>
    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        var uri = parameters.TextDocument.Uri;
        var text = session.Workspace.GetOpenText(uri) ?? string.Empty;
        foreach (var change in parameters.ContentChanges ?? [])
            text = change.Range is null ? change.Text : Apply(text, change.Range, change.Text);
        var folder = session.Workspace.SetDocument(uri, text, parameters.TextDocument.Version);
        session.Diagnostics.Schedule(folder, DocumentUris.ToPath(uri));
    }

    /// <summary>The editor closed a document: the disk's text counts again.</summary>
    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        var folder = session.Workspace.CloseDocument(parameters.TextDocument.Uri);
        session.Diagnostics.Schedule(folder, DocumentUris.ToPath(parameters.TextDocument.Uri));
    }

    /// <summary>Saved: the editor's text is already known, so nothing changes.</summary>
    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams parameters)
    {
    }

    private static string Apply(string text, LspRange range, string newText)
    {
        var source = SourceText.From(text);
        var span = Conversions.ToSpan(source, range);
        return string.Concat(text.AsSpan(0, span.Start), newText, text.AsSpan(span.End));
    }
}
