using Directions.Compiler.Text;

namespace Directions.Compiler.Syntax;

/// <summary>Text between tokens that carries no meaning to the compiler: spaces, comments, blank lines.</summary>
public sealed record SyntaxTrivia(SyntaxKind Kind, int Position, string Text)
{
    /// <summary>Where the trivia is.</summary>
    public TextSpan Span => new(Position, Text.Length);
}
