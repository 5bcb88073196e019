namespace Directions.Compiler.Syntax;

/// <summary>By when something must first happen.</summary>
public abstract class DeadlineSyntax : SyntaxNode
{
}
