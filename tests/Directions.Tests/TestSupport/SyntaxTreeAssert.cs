using Directions.Compiler.Syntax;
using Xunit.Sdk;

namespace Directions.Tests.TestSupport;

/// <summary>Checks of a syntax tree's fidelity to its text, for any text.</summary>
public static class SyntaxTreeAssert
{
    /// <summary>
    /// Printing the tree gives back the text exactly; every token's text and every piece of trivia
    /// is the source at its own position; token spans increase and never overlap; the tokens' full
    /// spans follow each other without gap or overlap and cover the whole text; every node is the
    /// parent of its children.
    /// </summary>
    /// <remarks>
    /// The zero-width line end that the translator makes for a last line with no line break is
    /// checked too: it stands after the line's last token and its trailing trivia.
    /// </remarks>
    /// <param name="tree">The tree to check.</param>
    public static void HasFullFidelity(SyntaxTree tree)
    {
        var text = tree.Text.ToString();
        var printed = tree.Root.ToString();
        if (printed != text)
            throw new XunitException($"The tree prints as\n  {Show(printed)}\nbut was parsed from\n  {Show(text)}");

        var fullEnd = 0;
        var previousSpanEnd = 0;
        SyntaxToken? previous = null;
        foreach (var token in tree.Root.DescendantTokens())
        {
            string Where() => $"token {token.Kind} '{Show(token.Text)}' at {token.Span} (after {(previous is null ? "the start" : $"{previous.Kind} '{Show(previous.Text)}' at {previous.Span}")}) in\n  {Show(text)}";

            if (token.Span.End > text.Length || text.Substring(token.Span.Start, token.Span.Length) != token.Text)
                throw new XunitException($"The text of the {Where()} is not the source at its span.");
            if (token.Span.Start < previousSpanEnd)
                throw new XunitException($"The span of the {Where()} overlaps or goes back before the token before it.");
            if (token.FullSpan.Start != fullEnd)
                throw new XunitException($"The full span {token.FullSpan} of the {Where()} does not start where the last full span ended ({fullEnd}).");
            if (token.FullSpan.Start > token.Span.Start || token.FullSpan.End < token.Span.End)
                throw new XunitException($"The full span {token.FullSpan} of the {Where()} does not contain its span.");

            var position = token.FullSpan.Start;
            foreach (var trivia in token.LeadingTrivia)
                position = CheckTrivia(trivia, position, text, Where);
            if (position != token.Span.Start)
                throw new XunitException($"The leading trivia of the {Where()} do not reach up to it.");
            position = token.Span.End;
            foreach (var trivia in token.TrailingTrivia)
                position = CheckTrivia(trivia, position, text, Where);
            if (position != token.FullSpan.End)
                throw new XunitException($"The trailing trivia of the {Where()} do not reach its full span's end.");

            fullEnd = token.FullSpan.End;
            previousSpanEnd = token.Span.End;
            previous = token;
        }

        if (fullEnd != text.Length)
            throw new XunitException($"The tokens' full spans end at {fullEnd}, not at the end of the text ({text.Length}):\n  {Show(text)}");

        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            foreach (var child in node.GetChildren())
            {
                if (!ReferenceEquals(child.Parent, node))
                    throw new XunitException($"A {child.Kind} under a {node.Kind} does not have it as its parent.");
                if (!ReferenceEquals(child.SyntaxTree, tree))
                    throw new XunitException($"A {child.Kind} does not belong to the tree it is in.");
            }
        }
    }

    private static int CheckTrivia(SyntaxTrivia trivia, int expectedPosition, string text, Func<string> where)
    {
        if (trivia.Position != expectedPosition)
            throw new XunitException($"Trivia {trivia.Kind} '{Show(trivia.Text)}' of the {where()} is at {trivia.Position}, not at {expectedPosition}.");
        if (trivia.Span.End > text.Length || text.Substring(trivia.Position, trivia.Text.Length) != trivia.Text)
            throw new XunitException($"Trivia {trivia.Kind} '{Show(trivia.Text)}' of the {where()} is not the source at its span.");
        if (trivia.Text.Length == 0)
            throw new XunitException($"Trivia {trivia.Kind} of the {where()} is empty.");
        return trivia.Span.End;
    }

    /// <summary>A text on one line, with its line breaks and tabs visible.</summary>
    public static string Show(string text)
    {
        const int Limit = 400;
        var shown = text.Replace("\\", "\\\\").Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
        return shown.Length <= Limit ? shown : shown[..Limit] + $"... ({text.Length} characters)";
    }
}
