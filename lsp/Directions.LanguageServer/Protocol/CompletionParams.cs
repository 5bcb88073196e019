namespace Directions.LanguageServer.Protocol;

/// <summary>textDocument/completion.</summary>
public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position);
