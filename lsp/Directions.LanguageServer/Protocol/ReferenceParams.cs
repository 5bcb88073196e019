namespace Directions.LanguageServer.Protocol;

/// <summary>textDocument/references.</summary>
public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context);
