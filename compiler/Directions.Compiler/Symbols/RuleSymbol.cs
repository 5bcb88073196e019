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
    /// <summary>The rules this one `overrides`: where a document sets two limits, this rule's is enforced.</summary>
    public ImmutableArray<BoundOverride> Overrides { get; init; } = [];

    /// <summary>
    /// The rule whose `overrides` names this one, or null. An overridden rule stays in the direction
    /// (for the record and the coverage table) but is not checked: it is not lowered and gives no findings.
    /// </summary>
    public RuleReference? OverriddenBy { get; init; }

    /// <summary>True when another rule of the same document is enforced instead of this one.</summary>
    public bool IsOverridden => OverriddenBy is not null;

    /// <summary>The line of the rule in its file, one-based, for citations.</summary>
    public int Line => Syntax.Header.Location.Start.Line + 1;
}
