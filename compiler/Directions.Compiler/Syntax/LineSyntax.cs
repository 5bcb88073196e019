namespace Directions.Compiler.Syntax;

/// <summary>A line of a file: its content, an optional full stop, and the line break that ends it.</summary>
public abstract class LineSyntax : SyntaxNode
{
    /// <summary>The full stop at the end of the line, if any.</summary>
    public abstract SyntaxToken? FullStop { get; }

    /// <summary>The line break (empty at the end of the file).</summary>
    public abstract SyntaxToken LineEnd { get; }
}
