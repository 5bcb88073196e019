namespace Directions.Compiler.Text;

/// <summary>A span in a particular source text: what a diagnostic or a symbol points at.</summary>
public sealed record TextLocation(SourceText Text, TextSpan Span)
{
    /// <summary>The path of the file.</summary>
    public string Path => Text.Path;

    /// <summary>Where the span starts, zero-based.</summary>
    public LinePosition Start => Text.GetLinePosition(Span.Start);

    /// <summary>Where the span ends, zero-based.</summary>
    public LinePosition End => Text.GetLinePosition(Span.End);

    /// <summary>"path(line,col)" with one-based numbers, as compilers print locations.</summary>
    public override string ToString() => $"{Path}{Start}";
}
