using System.Collections.Immutable;
using System.Text;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Syntax;
using Directions.Compiler.Text;

namespace Directions.Compiler.Formatting;

/// <summary>
/// The formatter of .pd files, shared by `directions fmt` and the language server. It lays a file
/// out canonically (see compiler/README.md, "Formatting"): header lines, clause lines and `also`
/// lines indented by two spaces, one space between tokens, keywords in lower case, one blank line
/// before each direction and rule, no trailing spaces, one final line break. It keeps every
/// comment, never changes what a file means, and leaves a line with a syntax error as written (only its line break follows the file's).
/// Formatting twice gives the same text as formatting once.
/// </summary>
public static class DirectionFormatter
{
    /// <summary>The canonical text of a file.</summary>
    public static string Format(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return string.Concat(Segments(tree).Select(s => s.NewText));
    }

    /// <summary>The canonical text of a file given as text.</summary>
    public static string Format(string text, string path = "<input>") => Format(SyntaxTree.Parse(text, path));

    /// <summary>True when the file is already in canonical form.</summary>
    public static bool IsFormatted(SyntaxTree tree) => GetEdits(tree).IsEmpty;

    /// <summary>
    /// The edits that format the whole file, or only the lines that touch <paramref name="range"/>
    /// (with the blank lines and comments just above them). Empty when nothing needs to change.
    /// </summary>
    public static ImmutableArray<FormattingEdit> GetEdits(SyntaxTree tree, TextSpan? range = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var original = tree.Text.ToString();
        return [.. Segments(tree)
            .Where(s => range is not { } r || Touches(s.Span, r))
            .Where(s => s.NewText != original.Substring(s.Span.Start, s.Span.Length))
            .Select(s => new FormattingEdit(s.Span, s.NewText))];
    }

    private static bool Touches(TextSpan segment, TextSpan range) =>
        segment.OverlapsWith(range) || (range.Length == 0 && segment.ContainsOrTouches(range.Start)) || (segment.Length == 0 && range.ContainsOrTouches(segment.Start));

    /// <summary>
    /// The file cut into pieces that cover it end to end, each a line of code with the blank lines
    /// and comments before it (the last piece is the end of the file), with its canonical text. If
    /// the canonical text would not read back as the same tokens, every piece keeps its text.
    /// </summary>
    private static ImmutableArray<Segment> Segments(SyntaxTree tree)
    {
        var segments = Layout(tree);
        var formatted = string.Concat(segments.Select(s => s.NewText));
        if (ReadsTheSame(tree, SyntaxTree.Parse(formatted, tree.FilePath)))
            return segments;

        var original = tree.Text.ToString();
        return [.. segments.Select(s => s with { NewText = original.Substring(s.Span.Start, s.Span.Length) })];
    }

    private static ImmutableArray<Segment> Layout(SyntaxTree tree)
    {
        var text = tree.Text;
        var newLine = NewLineOf(tree);
        var errors = tree.Diagnostics.Where(d => d.IsError).ToList();
        var segments = ImmutableArray.CreateBuilder<Segment>();
        var segmentStart = 0;
        var isTopOfFile = true;
        var output = new StringBuilder();
        foreach (var line in tree.Root.DescendantNodesAndSelf().OfType<LineSyntax>())
        {
            var first = line.FirstToken()!;
            var lineStart = IndentationStart(first);
            var lineEnd = line.LineEnd.Span.End;
            var placement = LinePlacement.Of(line);
            var untouchable = IsUntouchable(line, lineStart, lineEnd, errors);
            var block = TriviaBlock.Read(first.LeadingTrivia);

            output.Clear();
            if (block.IsUnusual)
                output.Append(text.ToString(TextSpan.FromBounds(segmentStart, lineStart)));
            else if (untouchable)
                block.WriteTo(output, BlankLinesBefore.AtMostOne, isTopOfFile, text.ToString(TextSpan.FromBounds(lineStart, first.Span.Start)), newLine);
            else
                block.WriteTo(output, placement.BlankLines, isTopOfFile, new string(' ', placement.Indent), newLine);

            if (untouchable)
            {
                // The line as written; only its line break follows the file's.
                output.Append(text.ToString(TextSpan.FromBounds(lineStart, line.LineEnd.Span.Start))).Append(newLine);
            }
            else
            {
                CodeLineWriter.Write(output, line, placement.Indent, lineStart, newLine);
            }

            segments.Add(new Segment(TextSpan.FromBounds(segmentStart, lineEnd), output.ToString()));
            segmentStart = lineEnd;
            isTopOfFile = false;
        }

        var endOfFile = tree.Root.EndOfFile;
        var tail = TriviaBlock.Read(endOfFile.LeadingTrivia);
        output.Clear();
        if (tail.IsUnusual)
            output.Append(text.ToString(TextSpan.FromBounds(segmentStart, text.Length)));
        else
            tail.WriteTo(output, BlankLinesBefore.AtMostOne, isTopOfFile, attachedIndent: null, newLine);
        segments.Add(new Segment(TextSpan.FromBounds(segmentStart, text.Length), output.ToString()));
        return segments.ToImmutable();
    }

    /// <summary>Where a line's own indentation starts: after the last line break in its first token's leading trivia.</summary>
    private static int IndentationStart(SyntaxToken first)
    {
        var start = first.FullSpan.Start;
        foreach (var trivia in first.LeadingTrivia)
        {
            if (trivia.Kind == SyntaxKind.EndOfLineTrivia)
                start = trivia.Span.End;
        }

        return start;
    }

    /// <summary>A line that does not parse, or that has a syntax error, is left exactly as written.</summary>
    private static bool IsUntouchable(LineSyntax line, int lineStart, int lineEnd, List<Diagnostic> errors) =>
        line is ErroneousLineSyntax
        || line.DescendantTokens().Any(t => t.IsMissing || t.Kind is SyntaxKind.BadCharacterToken or SyntaxKind.UnterminatedStringToken or SyntaxKind.MalformedDateToken)
        || errors.Any(d => d.Location.Span.Start >= lineStart && d.Location.Span.Start < Math.Max(lineEnd, lineStart + 1));

    /// <summary>The file's own line break (that of its first line), so a Windows file stays a Windows file.</summary>
    private static string NewLineOf(SyntaxTree tree)
    {
        var lines = tree.Text.Lines;
        return lines.Length > 1 && tree.Text.ToString(lines[0].End, lines[0].LineBreakLength) == "\r\n" ? "\r\n" : "\n";
    }

    /// <summary>True when both trees hold the same tokens (keywords compared without regard to capitals), the same comments and the same syntax diagnostics.</summary>
    private static bool ReadsTheSame(SyntaxTree before, SyntaxTree after) =>
        Tokens(before).SequenceEqual(Tokens(after))
        && Comments(before).SequenceEqual(Comments(after))
        && before.Diagnostics.Select(d => d.Id).SequenceEqual(after.Diagnostics.Select(d => d.Id));

    private static IEnumerable<string> Comments(SyntaxTree tree) =>
        tree.Root.DescendantTokens()
            .SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia))
            .Where(t => t.Kind == SyntaxKind.CommentTrivia)
            .Select(t => t.Text.TrimEnd());

    private static List<(SyntaxKind Kind, string Text)> Tokens(SyntaxTree tree) =>
        [.. tree.Root.DescendantTokens()
            .Where(t => t.Kind is not (SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken))
            .Select(t => (t.Kind, t.IsKeyword ? t.Text.ToLowerInvariant() : t.Text))];

    /// <summary>A piece of the original text and its canonical replacement.</summary>
    private sealed record Segment(TextSpan Span, string NewText);
}
