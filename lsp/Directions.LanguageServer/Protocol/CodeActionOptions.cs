namespace Directions.LanguageServer.Protocol;

/// <summary>The kinds of code action offered.</summary>
public sealed record CodeActionOptions(string[] CodeActionKinds);
