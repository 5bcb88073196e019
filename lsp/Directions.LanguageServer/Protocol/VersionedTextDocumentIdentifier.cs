namespace Directions.LanguageServer.Protocol;

/// <summary>Names a document and the version a change makes.</summary>
public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);
