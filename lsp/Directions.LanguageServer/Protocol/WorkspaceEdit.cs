namespace Directions.LanguageServer.Protocol;

/// <summary>Edits to several documents, by URI.</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, TextEdit[]> Changes);
