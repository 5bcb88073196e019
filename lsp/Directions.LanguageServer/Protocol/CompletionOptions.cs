namespace Directions.LanguageServer.Protocol;

/// <summary>Characters that open completion.</summary>
public sealed record CompletionOptions(string[] TriggerCharacters, bool ResolveProvider);
