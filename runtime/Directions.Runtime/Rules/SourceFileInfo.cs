namespace Directions.Runtime.Rules;

/// <summary>A source file a rule assembly was compiled from: its path, SHA-256 (lower-case hex) and full text.</summary>
public sealed record SourceFileInfo(string Path, string Sha256, string Text);
