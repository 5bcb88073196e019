namespace Directions.LanguageServer.Protocol;

/// <summary>A position in a document: hover, definition, prepareRename.</summary>
public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);
