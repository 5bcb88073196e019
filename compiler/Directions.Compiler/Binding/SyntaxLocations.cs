using Directions.Compiler.Syntax;
using Directions.Compiler.Text;

namespace Directions.Compiler.Binding;

/// <summary>Where binder diagnostics point: a line without its line break, a clause without the comma before it.</summary>
internal static class SyntaxLocations
{
    /// <summary>The line's content: from its first token to its last one before the line break.</summary>
    public static TextLocation Content(LineSyntax line)
    {
        var tokens = line.DescendantTokens().Where(t => !ReferenceEquals(t, line.LineEnd) && t.Text.Length > 0).ToList();
        var span = tokens.Count == 0 ? new TextSpan(line.Span.Start, 0) : TextSpan.FromBounds(tokens[0].Span.Start, tokens[^1].Span.End);
        return new TextLocation(line.SyntaxTree.Text, span);
    }

    /// <summary>From a token to the end of its node: "max 6 weeks" without the comma written before it.</summary>
    public static TextLocation From(SyntaxToken start, SyntaxNode node) =>
        new(node.SyntaxTree.Text, TextSpan.FromBounds(start.Span.Start, node.Span.End));

    /// <summary>The node's text as written, with runs of spaces made single.</summary>
    public static string Text(SyntaxNode node) =>
        string.Join(' ', node.SyntaxTree.Text.ToString(node.Span).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
