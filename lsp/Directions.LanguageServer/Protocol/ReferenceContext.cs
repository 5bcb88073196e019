namespace Directions.LanguageServer.Protocol;

/// <summary>Whether the declaration counts as a reference.</summary>
public sealed record ReferenceContext(bool IncludeDeclaration);
