using System.Collections.Immutable;
using Directions.Compiler.Text;

namespace Directions.Compiler.Syntax;

/// <summary>
/// A token: a keyword, a quoted text, a number, a word or punctuation, with the trivia before and
/// after it. A missing token was expected but not written; it has no text.
/// </summary>
public sealed class SyntaxToken(
    SyntaxKind kind,
    int position,
    string text,
    ImmutableArray<SyntaxTrivia> leadingTrivia,
    ImmutableArray<SyntaxTrivia> trailingTrivia,
    bool isMissing = false) : SyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind { get; } = kind;

    /// <summary>Where the token's text starts.</summary>
    public int Position { get; } = position;

    /// <summary>The token's text exactly as written.</summary>
    public string Text { get; } = text;

    /// <summary>Trivia before the token.</summary>
    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; } = leadingTrivia;

    /// <summary>Trivia after the token on the same line.</summary>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; } = trailingTrivia;

    /// <summary>True when the token was expected but not written.</summary>
    public bool IsMissing { get; } = isMissing;

    /// <summary>True for keywords.</summary>
    public bool IsKeyword => Kind.ToString().EndsWith("Keyword", StringComparison.Ordinal);

    /// <inheritdoc />
    public override TextSpan Span => new(Position, Text.Length);

    /// <inheritdoc />
    public override TextSpan FullSpan
    {
        get
        {
            var start = LeadingTrivia.IsEmpty ? Position : LeadingTrivia[0].Position;
            var end = TrailingTrivia.IsEmpty ? Span.End : TrailingTrivia[^1].Span.End;
            return TextSpan.FromBounds(start, end);
        }
    }

    /// <summary>
    /// The value a person meant: a quoted text without its quotes and with escapes resolved;
    /// any other token's text as written.
    /// </summary>
    public string ValueText => Kind is SyntaxKind.StringToken or SyntaxKind.UnterminatedStringToken ? Unquote(Text) : Text;

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> GetChildren() => [];

    /// <summary>Writes the token with its trivia.</summary>
    public new void WriteTo(TextWriter writer)
    {
        foreach (var trivia in LeadingTrivia)
            writer.Write(trivia.Text);
        writer.Write(Text);
        foreach (var trivia in TrailingTrivia)
            writer.Write(trivia.Text);
    }

    private static string Unquote(string text)
    {
        if (text.Length == 0)
            return text;
        var body = text[1..];
        if (body.Length > 0 && (body[^1] == '"' || body[^1] == '\u201D'))
            body = body[..^1];
        if (text[0] != '"' || !body.Contains('\\'))
            return body;

        var builder = new System.Text.StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length)
                i++;
            builder.Append(body[i]);
        }

        return builder.ToString();
    }
}
