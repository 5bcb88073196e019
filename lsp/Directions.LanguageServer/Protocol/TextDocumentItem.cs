namespace Directions.LanguageServer.Protocol;

/// <summary>A document the client opened, with its text.</summary>
public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);
