namespace Directions.LanguageServer.Protocol;

/// <summary>Another place a diagnostic talks about.</summary>
public sealed record DiagnosticRelatedInformation(Location Location, string Message);
