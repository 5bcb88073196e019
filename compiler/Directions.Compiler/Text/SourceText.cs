using System.Collections.Immutable;

namespace Directions.Compiler.Text;

/// <summary>
/// The immutable text of one source file, with its path and an index of line starts
/// for mapping character positions to lines and columns.
/// </summary>
public sealed class SourceText
{
    private readonly string _text;

    private SourceText(string text, string path)
    {
        _text = text;
        Path = path;
        Lines = ParseLines(this, text);
    }

    /// <summary>The file the text came from, or a name such as "&lt;input&gt;" for text made in memory.</summary>
    public string Path { get; }

    /// <summary>The lines of the text; there is always at least one.</summary>
    public ImmutableArray<TextLine> Lines { get; }

    /// <summary>The number of characters.</summary>
    public int Length => _text.Length;

    /// <summary>The character at <paramref name="index"/>.</summary>
    public char this[int index] => _text[index];

    /// <summary>Makes a source text from a string.</summary>
    public static SourceText From(string text, string path = "<input>") => new(text, path);

    /// <summary>Reads a file as UTF-8 (a byte-order mark is dropped).</summary>
    public static SourceText Load(string path) => new(File.ReadAllText(path), path);

    /// <summary>The zero-based index of the line that holds <paramref name="position"/>.</summary>
    public int GetLineIndex(int position)
    {
        var lower = 0;
        var upper = Lines.Length - 1;
        while (lower <= upper)
        {
            var middle = lower + (upper - lower) / 2;
            var start = Lines[middle].Start;
            if (position == start)
                return middle;
            if (start > position)
                upper = middle - 1;
            else
                lower = middle + 1;
        }

        return Math.Max(0, lower - 1);
    }

    /// <summary>The zero-based line and character of <paramref name="position"/>.</summary>
    public LinePosition GetLinePosition(int position)
    {
        position = Math.Clamp(position, 0, _text.Length);
        var line = GetLineIndex(position);
        return new LinePosition(line, position - Lines[line].Start);
    }

    /// <summary>The character index of a zero-based line and character, clamped into the text.</summary>
    public int GetPosition(LinePosition position)
    {
        if (position.Line < 0)
            return 0;
        if (position.Line >= Lines.Length)
            return _text.Length;
        var line = Lines[position.Line];
        return line.Start + Math.Clamp(position.Character, 0, line.Length);
    }

    /// <summary>The whole text.</summary>
    public override string ToString() => _text;

    /// <summary>The text of a span.</summary>
    public string ToString(TextSpan span) => _text.Substring(span.Start, span.Length);

    /// <summary>The text between two indexes.</summary>
    public string ToString(int start, int length) => _text.Substring(start, length);

    private static ImmutableArray<TextLine> ParseLines(SourceText sourceText, string text)
    {
        var result = ImmutableArray.CreateBuilder<TextLine>();
        var lineStart = 0;
        var position = 0;
        while (position < text.Length)
        {
            var breakLength = LineBreakWidth(text, position);
            if (breakLength == 0)
            {
                position++;
                continue;
            }

            result.Add(new TextLine(sourceText, lineStart, position - lineStart, breakLength));
            position += breakLength;
            lineStart = position;
        }

        result.Add(new TextLine(sourceText, lineStart, text.Length - lineStart, 0));
        return result.ToImmutable();
    }

    private static int LineBreakWidth(string text, int position)
    {
        var c = text[position];
        if (c == '\r')
            return position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
        return c == '\n' ? 1 : 0;
    }
}
