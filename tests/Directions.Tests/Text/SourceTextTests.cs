using Directions.Compiler.Text;

namespace Directions.Tests.Text;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Lines_are_split_at_each_kind_of_line_break(string lineBreak)
    {
        var text = SourceText.From($"rule \"CIN visits\"{lineBreak}  CIN visit every 4 weeks{lineBreak}");

        Assert.Equal(3, text.Lines.Length);
        Assert.Equal("rule \"CIN visits\"", text.Lines[0].ToString());
        Assert.Equal("  CIN visit every 4 weeks", text.Lines[1].ToString());
        Assert.Equal(string.Empty, text.Lines[2].ToString());
        Assert.Equal(lineBreak.Length, text.Lines[0].LineBreakLength);
        Assert.Equal(lineBreak.Length, text.Lines[1].LineBreakLength);
        Assert.Equal(0, text.Lines[2].LineBreakLength);
        Assert.Equal(text.Lines[0].End + lineBreak.Length, text.Lines[1].Start);
    }

    [Fact]
    public void Mixed_line_breaks_each_end_one_line()
    {
        // "\r\n" is one break, but "\n\r" is two: a line feed, then a lone carriage return.
        var text = SourceText.From("a\r\nb\nc\rd\n\re");

        var lines = text.Lines.Select(line => line.ToString()).ToArray();
        Assert.Equal(["a", "b", "c", "d", "", "e"], lines);
        Assert.Equal([2, 1, 1, 1, 1, 0], text.Lines.Select(line => line.LineBreakLength).ToArray());
    }

    [Fact]
    public void Last_line_without_a_line_break_is_a_line()
    {
        var text = SourceText.From("direction \"Working with Children in Need\"\n  issued by \"Bristol City Council\"");

        Assert.Equal(2, text.Lines.Length);
        var last = text.Lines[1];
        Assert.Equal("  issued by \"Bristol City Council\"", last.ToString());
        Assert.Equal(0, last.LineBreakLength);
        Assert.Equal(text.Length, last.End);
        Assert.Equal(new LinePosition(1, last.Length), text.GetLinePosition(text.Length));
    }

    [Fact]
    public void Empty_text_has_one_empty_line()
    {
        var text = SourceText.From(string.Empty);

        var line = Assert.Single(text.Lines);
        Assert.Equal(0, line.Start);
        Assert.Equal(0, line.Length);
        Assert.Equal(0, line.LineBreakLength);
        Assert.Equal(new LinePosition(0, 0), text.GetLinePosition(0));
        Assert.Equal(0, text.GetPosition(new LinePosition(0, 0)));
        Assert.Equal("<input>", text.Path);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_position_round_trips_through_its_line_position(string lineBreak)
    {
        var text = SourceText.From($"rule \"CIN reviews\"{lineBreak}{lineBreak}  chaired by qualified social worker{lineBreak}x");

        for (var position = 0; position <= text.Length; position++)
        {
            // The second character of "\r\n" belongs to the same break; it maps back to the break's start.
            if (position > 0 && text[position - 1] == '\r' && position < text.Length && text[position] == '\n')
                continue;

            var linePosition = text.GetLinePosition(position);
            Assert.Equal(position, text.GetPosition(linePosition));
        }
    }

    [Fact]
    public void Line_position_counts_lines_and_characters_from_zero()
    {
        var text = SourceText.From("ab\r\ncde\rf");

        Assert.Equal(new LinePosition(0, 0), text.GetLinePosition(0));
        Assert.Equal(new LinePosition(0, 2), text.GetLinePosition(2));
        Assert.Equal(new LinePosition(1, 0), text.GetLinePosition(4));
        Assert.Equal(new LinePosition(1, 2), text.GetLinePosition(6));
        Assert.Equal(new LinePosition(2, 0), text.GetLinePosition(8));
        Assert.Equal(new LinePosition(2, 1), text.GetLinePosition(9));
        Assert.Equal(6, text.GetPosition(new LinePosition(1, 2)));
        Assert.Equal("(2,3)", new LinePosition(1, 2).ToString());
    }

    [Fact]
    public void Positions_outside_the_text_are_clamped()
    {
        var text = SourceText.From("ab\ncd");

        Assert.Equal(new LinePosition(0, 0), text.GetLinePosition(-5));
        Assert.Equal(new LinePosition(1, 2), text.GetLinePosition(99));
        Assert.Equal(0, text.GetPosition(new LinePosition(-1, 0)));
        Assert.Equal(text.Length, text.GetPosition(new LinePosition(7, 0)));
        Assert.Equal(2, text.GetPosition(new LinePosition(0, 99)));
        Assert.Equal(3, text.GetPosition(new LinePosition(1, -1)));
    }
}
