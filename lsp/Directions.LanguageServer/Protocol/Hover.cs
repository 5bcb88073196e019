namespace Directions.LanguageServer.Protocol;

/// <summary>textDocument/hover's answer.</summary>
public sealed record Hover(MarkupContent Contents, LspRange? Range);
