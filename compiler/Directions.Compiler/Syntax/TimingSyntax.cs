namespace Directions.Compiler.Syntax;

/// <summary>When a requirement must be met: a cadence, or a first deadline.</summary>
public abstract class TimingSyntax : SyntaxNode
{
}
