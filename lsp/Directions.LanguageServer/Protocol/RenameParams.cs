namespace Directions.LanguageServer.Protocol;

/// <summary>textDocument/rename.</summary>
public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);
