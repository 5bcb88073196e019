namespace Directions.LanguageServer.Protocol;

/// <summary>Text for people: kind "markdown" or "plaintext".</summary>
public sealed record MarkupContent(string Kind, string Value);
