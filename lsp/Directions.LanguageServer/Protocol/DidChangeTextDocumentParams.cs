namespace Directions.LanguageServer.Protocol;

/// <summary>textDocument/didChange.</summary>
public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);
