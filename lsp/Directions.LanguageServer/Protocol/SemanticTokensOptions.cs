namespace Directions.LanguageServer.Protocol;

/// <summary>Semantic tokens for whole documents.</summary>
public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full);
