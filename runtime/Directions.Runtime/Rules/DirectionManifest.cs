using System.Collections.Immutable;
using NodaTime;

namespace Directions.Runtime.Rules;

/// <summary>
/// What a rule assembly says about the direction it holds: identity, version, the days it is in force,
/// what it supersedes, its issuer, source document and service areas, the compiler that built it,
/// and every source file with its hash and text.
/// </summary>
public sealed record DirectionManifest(
    string Id,
    string Title,
    string? IssuedBy,
    string Version,
    LocalDate EffectiveFrom,
    LocalDate? EffectiveUntil,
    string? SupersedesId,
    string? SupersedesVersion,
    string? SourceDocument,
    string SourceFile,
    string CompilerVersion)
{
    /// <summary>The service areas the direction applies to.</summary>
    public ImmutableArray<string> ServiceAreas { get; init; } = [];

    /// <summary>The source files, with hashes and texts.</summary>
    public ImmutableArray<SourceFileInfo> Sources { get; init; } = [];
}
