namespace Directions.LanguageServer.Protocol;

/// <summary>textDocument/documentSymbol.</summary>
public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);
