namespace Directions.LanguageServer.Protocol;

/// <summary>A fix or rewrite with its edit.</summary>
public sealed record CodeAction(string Title, string Kind, WorkspaceEdit Edit, LspDiagnostic[]? Diagnostics = null, bool? IsPreferred = null);
