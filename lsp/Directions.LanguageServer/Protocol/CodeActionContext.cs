namespace Directions.LanguageServer.Protocol;

/// <summary>The diagnostics the client shows in the range.</summary>
public sealed record CodeActionContext(LspDiagnostic[]? Diagnostics, string[]? Only);
