namespace Directions.LanguageServer.Protocol;

/// <summary>The editor's indentation settings (the canonical layout does not depend on them).</summary>
public sealed record FormattingOptions(int TabSize, bool InsertSpaces);
