namespace Directions.LanguageServer.Protocol;

/// <summary>textDocument/formatting.</summary>
public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions Options);
