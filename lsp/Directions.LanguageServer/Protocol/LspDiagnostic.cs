namespace Directions.LanguageServer.Protocol;

/// <summary>A diagnostic as LSP has it: severity 1 error, 2 warning, 3 information; code the stable ID.</summary>
public sealed record LspDiagnostic(LspRange Range, int Severity, string Code, string Source, string Message, DiagnosticRelatedInformation[]? RelatedInformation = null);
