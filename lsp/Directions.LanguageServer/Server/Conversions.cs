using Directions.Compiler.Text;
using Directions.LanguageServer.Protocol;

namespace Directions.LanguageServer.Server;

/// <summary>Positions and ranges between the compiler (character offsets) and LSP (line and UTF-16 character: the same units as .NET strings).</summary>
public static class Conversions
{
    /// <summary>The LSP position of a character offset.</summary>
    public static Position ToPosition(SourceText text, int offset)
    {
        var position = text.GetLinePosition(offset);
        return new Position(position.Line, position.Character);
    }

    /// <summary>The LSP range of a span.</summary>
    public static LspRange ToRange(SourceText text, TextSpan span) => new(ToPosition(text, span.Start), ToPosition(text, span.End));

    /// <summary>The character offset of an LSP position, clamped into the text.</summary>
    public static int ToOffset(SourceText text, Position position) => text.GetPosition(new LinePosition(position.Line, position.Character));

    /// <summary>The span of an LSP range, clamped into the text.</summary>
    public static TextSpan ToSpan(SourceText text, LspRange range)
    {
        var start = ToOffset(text, range.Start);
        return TextSpan.FromBounds(start, Math.Max(start, ToOffset(text, range.End)));
    }

    /// <summary>An LSP location for a compiler location, with the URI the client knows the file by.</summary>
    public static Location ToLocation(TextLocation location, Func<string, string> uriOf) =>
        new(uriOf(location.Path), ToRange(location.Text, location.Span));
}
