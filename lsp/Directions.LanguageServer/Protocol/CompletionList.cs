namespace Directions.LanguageServer.Protocol;

/// <summary>Completion items; incomplete lists are asked for again as the user types.</summary>
public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);
