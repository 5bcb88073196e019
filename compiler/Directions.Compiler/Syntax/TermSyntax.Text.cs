namespace Directions.Compiler.Syntax;

public sealed partial class TermSyntax
{
    /// <summary>
    /// The term as the vocabulary looks it up: a quoted name without quotes, or the words
    /// joined by single spaces, whatever spacing and comments stood between them.
    /// </summary>
    public string Text => string.Join(' ', Tokens.Select(t => t.ValueText.Trim()));
}
