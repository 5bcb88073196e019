namespace Directions.LanguageServer.Protocol;

/// <summary>Lines that fold; kind "comment" or "region".</summary>
public sealed record FoldingRange(int StartLine, int EndLine, string? Kind);
