namespace Directions.Compiler.Syntax;

/// <summary>A condition in a vocabulary definition.</summary>
public abstract class ConditionSyntax : SyntaxNode
{
}
