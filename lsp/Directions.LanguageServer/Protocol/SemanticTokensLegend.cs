namespace Directions.LanguageServer.Protocol;

/// <summary>The names of token types and modifiers, by index.</summary>
public sealed record SemanticTokensLegend(string[] TokenTypes, string[] TokenModifiers);
