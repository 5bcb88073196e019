namespace Directions.Compiler.Syntax;

/// <summary>How often something must happen.</summary>
public abstract class FrequencySyntax : SyntaxNode
{
}
