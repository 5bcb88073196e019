namespace Directions.Compiler.Syntax;

/// <summary>A top-level declaration: a direction or a vocabulary.</summary>
public abstract class DeclarationSyntax : SyntaxNode
{
}
