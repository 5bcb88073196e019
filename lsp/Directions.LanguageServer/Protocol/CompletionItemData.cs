namespace Directions.LanguageServer.Protocol;

/// <summary>What completionItem/resolve needs to document a term item: the document it was offered in and the term.</summary>
public sealed record CompletionItemData(string Uri, string Term);
