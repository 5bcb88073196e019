namespace Directions.LanguageServer.Protocol;

/// <summary>A symbol found in the workspace.</summary>
public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);
