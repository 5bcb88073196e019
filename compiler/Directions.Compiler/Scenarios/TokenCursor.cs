using NodaTime;

namespace Directions.Compiler.Scenarios;

/// <summary>Reads the tokens of one scenario line from left to right; a mistake throws <see cref="ScenarioLineException"/> at its column.</summary>
internal sealed class TokenCursor(ScenarioLine line)
{
    public ScenarioLine Line { get; } = line;

    public int Position { get; set; }

    public bool AtEnd => Position >= Line.Tokens.Length;

    public ScenarioToken? Peek(int offset = 0) => Position + offset < Line.Tokens.Length ? Line.Tokens[Position + offset] : null;

    /// <summary>The column of the next token, or just past the end of the line.</summary>
    public int Column => Peek()?.Column ?? Line.EndColumn;

    public ScenarioToken Next() => Peek() is { } token ? Line.Tokens[Position++] : throw Fail("the line ends too soon.");

    /// <summary>True when the next tokens are these words (ignoring capitals).</summary>
    public bool IsWords(params string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (Peek(i) is not { } token || !token.Is(words[i]))
                return false;
        }

        return true;
    }

    /// <summary>Consumes the words if they come next.</summary>
    public bool AcceptWords(params string[] words)
    {
        if (!IsWords(words))
            return false;
        Position += words.Length;
        return true;
    }

    public bool Accept(ScenarioTokenKind kind)
    {
        if (Peek()?.Kind != kind)
            return false;
        Position++;
        return true;
    }

    public ScenarioToken Expect(ScenarioTokenKind kind, string what)
    {
        if (Peek() is { } token && token.Kind == kind)
            return Line.Tokens[Position++];
        throw Fail($"{what} was expected {Here()}.");
    }

    public void ExpectWords(string what, params string[] words)
    {
        if (!AcceptWords(words))
            throw Fail($"{what} was expected {Here()}.");
    }

    /// <summary>A date with no time of day.</summary>
    public LocalDate ExpectDate(string what)
    {
        var token = Expect(ScenarioTokenKind.Date, what);
        if (token.Time is not null)
            throw new ScenarioLineException(token.Column, $"'{token.Text}' has a time of day, which is not used here: write the date alone, as in {token.Text[..10]}.");
        return token.Date;
    }

    public void ExpectEnd()
    {
        if (Peek() is { } token)
            throw new ScenarioLineException(token.Column, $"'{token}' is not expected here: the line should end {Before()}.");
    }

    /// <summary>"here, not 'xyz'" or "at the end of the line".</summary>
    public string Here() => Peek() is { } token ? $"here, not '{token}'" : "at the end of the line";

    private string Before() => Position > 0 ? $"after '{Line.Tokens[Position - 1]}'" : "here";

    public ScenarioLineException Fail(string message) => new(Column, message);

    public static ScenarioLineException Fail(ScenarioToken token, string message) => new(token.Column, message);
}
