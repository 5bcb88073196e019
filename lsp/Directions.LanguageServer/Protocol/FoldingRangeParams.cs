namespace Directions.LanguageServer.Protocol;

/// <summary>textDocument/foldingRange.</summary>
public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);
