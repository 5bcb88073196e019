namespace Directions.Compiler.Syntax;

/// <summary>What a line of a rule says: a requirement, a citation, an exception, a trigger, a role.</summary>
public abstract class ClauseSyntax : SyntaxNode
{
}
