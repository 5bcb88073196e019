namespace Directions.LanguageServer.Protocol;

/// <summary>An entry of a document's outline; kind as LSP's SymbolKind.</summary>
public sealed record DocumentSymbol(string Name, string? Detail, int Kind, LspRange Range, LspRange SelectionRange, DocumentSymbol[]? Children);
