namespace Directions.LanguageServer.Protocol;

/// <summary>The capabilities this server announces (LSP 3.17 names).</summary>
public sealed record ServerCapabilities(TextDocumentSyncOptions TextDocumentSync, bool HoverProvider, CompletionOptions CompletionProvider, bool DefinitionProvider, bool ReferencesProvider, RenameOptions RenameProvider, bool DocumentSymbolProvider, bool WorkspaceSymbolProvider, SemanticTokensOptions SemanticTokensProvider, bool FoldingRangeProvider, bool DocumentFormattingProvider, CodeActionOptions CodeActionProvider, bool InlayHintProvider);
