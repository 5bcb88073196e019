namespace Directions.Compiler.Syntax;

/// <summary>What may stretch a limit: a recorded reason, or an outer bound.</summary>
public abstract class AllowanceSyntax : SyntaxNode
{
}
