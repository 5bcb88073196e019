namespace Directions.LanguageServer.Protocol;

/// <summary>textDocument/semanticTokens/full.</summary>
public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);
