namespace Directions.LanguageServer.Protocol;

/// <summary>What a rename at a position would rename.</summary>
public sealed record PrepareRenameResult(LspRange Range, string Placeholder);
