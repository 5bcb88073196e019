namespace Directions.LanguageServer.Protocol;

/// <summary>A zero-based line and UTF-16 character offset.</summary>
public sealed record Position(int Line, int Character);
