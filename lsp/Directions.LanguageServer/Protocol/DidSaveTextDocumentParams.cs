namespace Directions.LanguageServer.Protocol;

/// <summary>textDocument/didSave.</summary>
public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);
