namespace Directions.LanguageServer.Protocol;

/// <summary>A folder the client has open.</summary>
public sealed record WorkspaceFolder(string Uri, string Name);
