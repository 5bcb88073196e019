namespace Directions.LanguageServer.Protocol;

/// <summary>What the server can do.</summary>
public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);
