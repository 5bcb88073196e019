namespace Directions.LanguageServer.Protocol;

/// <summary>The client's first request.</summary>
public sealed record InitializeParams(string? RootUri, string? RootPath, WorkspaceFolder[]? WorkspaceFolders, System.Text.Json.JsonElement? InitializationOptions);
