using Directions.Compiler.Syntax;

namespace Directions.Compiler.Binding;

/// <summary>
/// `overrides "Rule name" in "direction-id"`: the rule written here is enforced instead of the named
/// one. A null <see cref="DirectionId"/> means the rule's own direction.
/// </summary>
public sealed record BoundOverride(OverridesClauseSyntax Syntax, string RuleName, string? DirectionId)
{
    /// <inheritdoc />
    public override string ToString() => DirectionId is null ? $"overrides \"{RuleName}\"" : $"overrides \"{RuleName}\" in \"{DirectionId}\"";
}
