namespace Directions.Compiler.Text;

/// <summary>A range of characters in a source text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The index just after the last character of the span.</summary>
    public int End => Start + Length;

    /// <summary>Makes a span from a start and an end index.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="position"/> lies inside the span, or at its end (where a caret after a word sits).</summary>
    public bool ContainsOrTouches(int position) => position >= Start && position <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool OverlapsWith(TextSpan other) => Start < other.End && other.Start < End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
