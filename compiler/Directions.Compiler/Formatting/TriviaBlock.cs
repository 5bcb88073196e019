using System.Collections.Immutable;
using System.Text;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Formatting;

/// <summary>
/// The blank lines and whole-line comments before a line (or at the end of the file), read out of
/// the leading trivia of the line's first token, and the indentation of the line itself.
/// </summary>
internal sealed class TriviaBlock
{
    private readonly ImmutableArray<TriviaLine> _lines;

    private TriviaBlock(ImmutableArray<TriviaLine> lines, bool isUnusual)
    {
        _lines = lines;
        IsUnusual = isUnusual;
    }

    /// <summary>True when the trivia holds something other than spaces, comments and line breaks; the formatter then leaves it as written.</summary>
    public bool IsUnusual { get; }

    /// <summary>Splits leading trivia into blank lines and comment lines; spaces after the last line break are the next line's indentation and are dropped.</summary>
    public static TriviaBlock Read(ImmutableArray<SyntaxTrivia> trivia)
    {
        var lines = ImmutableArray.CreateBuilder<TriviaLine>();
        var indent = new StringBuilder();
        string? comment = null;
        var unusual = false;
        foreach (var piece in trivia)
        {
            switch (piece.Kind)
            {
                case SyntaxKind.WhitespaceTrivia when comment is null:
                    indent.Append(piece.Text);
                    break;
                case SyntaxKind.WhitespaceTrivia:
                    break;
                case SyntaxKind.CommentTrivia:
                    comment = piece.Text;
                    break;
                case SyntaxKind.EndOfLineTrivia:
                    lines.Add(new TriviaLine(indent.ToString(), comment));
                    indent.Clear();
                    comment = null;
                    break;
                default:
                    unusual = true;
                    break;
            }
        }

        // A comment on the last line of a file that has no final line break.
        if (comment is not null)
            lines.Add(new TriviaLine(indent.ToString(), comment));
        return new TriviaBlock(lines.ToImmutable(), unusual);
    }

    /// <summary>
    /// Writes the block in canonical form: blank lines as the placement allows, comments without
    /// trailing spaces; a run of comments directly above the line takes the line's indentation,
    /// other comments keep theirs.
    /// </summary>
    /// <param name="output">Where to write.</param>
    /// <param name="blankLines">What blank lines the following line allows.</param>
    /// <param name="isTopOfFile">True when nothing but trivia comes before the block.</param>
    /// <param name="attachedIndent">The indentation of the following line, or null at the end of the file.</param>
    /// <param name="newLine">The line break to write.</param>
    public void WriteTo(StringBuilder output, BlankLinesBefore blankLines, bool isTopOfFile, string? attachedIndent, string newLine)
    {
        // Comments directly above the following line belong to it.
        var attachedFrom = _lines.Length;
        if (attachedIndent is not null)
        {
            while (attachedFrom > 0 && _lines[attachedFrom - 1].Comment is not null)
                attachedFrom--;
        }

        var pendingBlank = blankLines == BlankLinesBefore.One && !isTopOfFile;
        var wroteAnything = false;
        for (var i = 0; i < _lines.Length; i++)
        {
            var line = _lines[i];
            if (line.Comment is null)
            {
                pendingBlank |= blankLines != BlankLinesBefore.None;
                continue;
            }

            if (pendingBlank && (wroteAnything || !isTopOfFile))
                output.Append(newLine);
            pendingBlank = false;
            var indent = i >= attachedFrom ? attachedIndent! : line.Indent;
            output.Append(indent).Append(line.Comment.TrimEnd()).Append(newLine);
            wroteAnything = true;
        }

        // Blank lines at the end of the file are dropped; before a line they are kept as allowed.
        if (pendingBlank && attachedIndent is not null && (wroteAnything || !isTopOfFile))
            output.Append(newLine);
    }

    /// <summary>A blank line (no comment) or a comment line, with the spaces before its comment.</summary>
    private sealed record TriviaLine(string Indent, string? Comment);
}
