namespace Directions.LanguageServer.Protocol;

/// <summary>A change: the whole text, or (from clients that send ranges anyway) a range and its new text.</summary>
public sealed record TextDocumentContentChangeEvent(LspRange? Range, string Text);
