namespace Directions.LanguageServer.Protocol;

/// <summary>textDocument/publishDiagnostics: every diagnostic of one document.</summary>
public sealed record PublishDiagnosticsParams(string Uri, int? Version, LspDiagnostic[] Diagnostics);
