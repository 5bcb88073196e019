namespace Directions.LanguageServer.Protocol;

/// <summary>A range in a document, end exclusive.</summary>
public sealed record LspRange(Position Start, Position End);
