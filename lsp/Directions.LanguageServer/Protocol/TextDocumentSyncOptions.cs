namespace Directions.LanguageServer.Protocol;

/// <summary>Open and close notifications, and full text on every change (kind 1).</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);
