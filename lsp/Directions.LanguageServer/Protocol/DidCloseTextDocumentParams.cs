namespace Directions.LanguageServer.Protocol;

/// <summary>textDocument/didClose.</summary>
public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
