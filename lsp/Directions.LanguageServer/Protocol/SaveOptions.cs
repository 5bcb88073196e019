namespace Directions.LanguageServer.Protocol;

/// <summary>Whether didSave carries the text.</summary>
public sealed record SaveOptions(bool IncludeText);
