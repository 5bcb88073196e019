using System.Text;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Formatting;

/// <summary>
/// Writes one line of code in canonical form: its indentation, its tokens one space apart (none
/// before a comma, a colon or a full stop, none around the dots of a field path), keywords in
/// lower case, and a comment at the end of the line one space after the code, or kept in its
/// column when it was aligned there (two or more spaces after the code) and still fits.
/// </summary>
internal static class CodeLineWriter
{
    /// <summary>Writes the line; <paramref name="lineStart"/> is where its indentation starts in the original text.</summary>
    public static void Write(StringBuilder output, LineSyntax line, int indent, int lineStart, string newLine)
    {
        var start = output.Length;
        output.Append(' ', indent);
        SyntaxToken? previous = null;
        SyntaxTrivia? comment = null;
        foreach (var token in line.DescendantTokens())
        {
            if (ReferenceEquals(token, line.LineEnd))
                break;
            if (previous is not null && NeedsSpace(previous, token))
                output.Append(' ');
            output.Append(CanonicalText(token));
            comment = token.TrailingTrivia.FirstOrDefault(t => t.Kind == SyntaxKind.CommentTrivia) ?? comment;
            previous = token;
        }

        if (comment is not null)
        {
            // A comment written two or more spaces after the code keeps its column, so comments
            // aligned by hand stay aligned; otherwise it goes one space after the code.
            var codeLength = output.Length - start;
            var column = comment.Position - lineStart;
            var alignedByHand = comment.Position >= 2 && previous!.Span.End <= comment.Position - 2;
            output.Append(' ', alignedByHand ? Math.Max(1, column - codeLength) : 1);
            output.Append(comment.Text.TrimEnd());
        }

        output.Append(newLine);
    }

    /// <summary>Keywords are not case-sensitive, so they are written in lower case; words of terms, quoted texts and numbers stay as written.</summary>
    private static string CanonicalText(SyntaxToken token) =>
        token.IsKeyword && !token.Ancestors().Any(a => a is TermSyntax) ? token.Text.ToLowerInvariant() : token.Text;

    private static bool NeedsSpace(SyntaxToken previous, SyntaxToken next)
    {
        if (next.Kind is SyntaxKind.CommaToken or SyntaxKind.ColonToken or SyntaxKind.DotToken)
            return false;
        return !(previous.Kind == SyntaxKind.DotToken && previous.Parent is FieldPathSyntax);
    }
}
