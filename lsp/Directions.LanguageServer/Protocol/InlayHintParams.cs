namespace Directions.LanguageServer.Protocol;

/// <summary>textDocument/inlayHint.</summary>
public sealed record InlayHintParams(TextDocumentIdentifier TextDocument, LspRange Range);
