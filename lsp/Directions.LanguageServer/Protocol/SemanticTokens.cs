namespace Directions.LanguageServer.Protocol;

/// <summary>Tokens as LSP encodes them: five integers each, positions relative to the token before.</summary>
public sealed record SemanticTokens(int[] Data);
