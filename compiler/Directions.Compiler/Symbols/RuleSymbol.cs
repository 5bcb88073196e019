using System.Collections.Immutable;
using Directions.Compiler.Binding;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Symbols;

/// <summary>A rule of a direction, bound: its name, citations, the cohorts it applies to and its requirements.</summary>
public sealed record RuleSymbol(
    RuleDeclarationSyntax Syntax,
    string Name,
    ImmutableArray<string> Citations,
    string? Quote,
    ImmutableArray<BoundTermReference> AppliesTo,
    ImmutableArray<BoundRequirement> Requirements)
{
    /// <summary>The line of the rule in its file, one-based, for citations.</summary>
    public int Line => Syntax.Header.Location.Start.Line + 1;
}
