namespace Directions.Compiler.Text;

/// <summary>One line of a <see cref="SourceText"/>: its span without the line break, and the break's length.</summary>
public sealed record TextLine(SourceText Text, int Start, int Length, int LineBreakLength)
{
    /// <summary>The index just after the last character of the line, before its line break.</summary>
    public int End => Start + Length;

    /// <summary>The line's characters, without the line break.</summary>
    public TextSpan Span => new(Start, Length);

    /// <summary>The line's characters including the line break.</summary>
    public TextSpan SpanIncludingLineBreak => new(Start, Length + LineBreakLength);

    /// <inheritdoc />
    public override string ToString() => Text.ToString(Span);
}
