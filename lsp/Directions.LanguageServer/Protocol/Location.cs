namespace Directions.LanguageServer.Protocol;

/// <summary>A range in a document named by URI.</summary>
public sealed record Location(string Uri, LspRange Range);
