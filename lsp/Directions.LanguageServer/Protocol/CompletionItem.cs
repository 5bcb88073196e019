namespace Directions.LanguageServer.Protocol;

/// <summary>One completion: kind 14 keyword, 6 variable (a term), 11 unit, 15 snippet; insertTextFormat 2 for snippets. A term's documentation comes with completionItem/resolve, named by <see cref="Data"/>.</summary>
public sealed record CompletionItem(string Label, int Kind, string? Detail = null, MarkupContent? Documentation = null, string? InsertText = null, int? InsertTextFormat = null, TextEdit? TextEdit = null, string? FilterText = null, string? SortText = null, CompletionItemData? Data = null);
