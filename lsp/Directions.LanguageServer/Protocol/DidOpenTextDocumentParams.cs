namespace Directions.LanguageServer.Protocol;

/// <summary>textDocument/didOpen.</summary>
public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);
