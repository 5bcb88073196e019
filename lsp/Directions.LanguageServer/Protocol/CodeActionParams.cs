namespace Directions.LanguageServer.Protocol;

/// <summary>textDocument/codeAction.</summary>
public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext Context);
