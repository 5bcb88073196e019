using System.Collections.Immutable;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Symbols;

/// <summary>
/// A direction, bound: identity and version, the dates it is in force (inclusive; null until means
/// open-ended), what it supersedes, its service areas, source document and rules.
/// </summary>
public sealed record DirectionSymbol(
    DirectionDeclarationSyntax Syntax,
    string Id,
    string Title,
    string? IssuedBy,
    string? Version,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveUntil,
    string? Source,
    string? SupersedesId,
    string? SupersedesVersion,
    ImmutableArray<string> ServiceAreas,
    ImmutableArray<RuleSymbol> Rules)
{
    /// <summary>The file the direction is written in.</summary>
    public string FilePath => Syntax.SyntaxTree.FilePath;

    /// <summary>"bristol-cin 2021.1".</summary>
    public override string ToString() => $"{Id} {Version}";
}
