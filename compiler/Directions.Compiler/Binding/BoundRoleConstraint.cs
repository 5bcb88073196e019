using Directions.Compiler.Syntax;

namespace Directions.Compiler.Binding;

/// <summary>"chaired by qualified social worker": the worker in the action's field must hold the role.</summary>
public sealed record BoundRoleConstraint(RoleClauseSyntax Syntax, Symbols.TermSymbol Action, BoundTermReference Role)
{
    /// <inheritdoc />
    public override string ToString() => $"{Action.Name} by a {Role}";
}
