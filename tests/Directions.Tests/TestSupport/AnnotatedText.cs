using System.Collections.Immutable;
using System.Text;
using Directions.Compiler.Text;

namespace Directions.Tests.TestSupport;

/// <summary>
/// Source text in which the spans a test expects are marked with square brackets:
/// <c>CIN visit every [weeks]</c> marks "weeks"; <c>CIN visit every[]</c> marks the empty span
/// after "every" (where "the line ends too soon" errors point). Square brackets have no meaning in
/// the language, so every bracket in an annotated text is a marker. Markers may nest.
/// </summary>
/// <param name="Text">The text with the markers taken out: what the compiler is given.</param>
/// <param name="Spans">The marked spans, in the order their opening brackets appear.</param>
public sealed record AnnotatedText(string Text, ImmutableArray<TextSpan> Spans)
{
    /// <summary>Takes the markers out of an annotated text.</summary>
    /// <exception cref="ArgumentException">A bracket has no partner.</exception>
    public static AnnotatedText Parse(string annotated)
    {
        var text = new StringBuilder(annotated.Length);
        var open = new Stack<(int Order, int Start)>();
        var spans = new List<(int Order, TextSpan Span)>();
        var order = 0;
        for (var i = 0; i < annotated.Length; i++)
        {
            switch (annotated[i])
            {
                case '[':
                    open.Push((order++, text.Length));
                    break;
                case ']':
                    if (open.Count == 0)
                        throw new ArgumentException($"The ']' at character {i} of the annotated text closes no '['.", nameof(annotated));
                    var (markerOrder, start) = open.Pop();
                    spans.Add((markerOrder, TextSpan.FromBounds(start, text.Length)));
                    break;
                default:
                    text.Append(annotated[i]);
                    break;
            }
        }

        if (open.Count > 0)
            throw new ArgumentException($"{open.Count} '[' in the annotated text are never closed.", nameof(annotated));

        return new AnnotatedText(text.ToString(), [.. spans.OrderBy(s => s.Order).Select(s => s.Span)]);
    }

    /// <summary>The marked span at <paramref name="index"/> (in the order the markers open).</summary>
    public TextSpan this[int index] => Spans[index];

    /// <summary>The one marked span; fails when there is not exactly one.</summary>
    public TextSpan Span => Spans.Length == 1
        ? Spans[0]
        : throw new InvalidOperationException($"The annotated text has {Spans.Length} marked spans, not one.");

    /// <summary>
    /// Writes <paramref name="text"/> with brackets around <paramref name="spans"/>: the inverse of
    /// <see cref="Parse"/>, used to show in a failure message where diagnostics actually are.
    /// </summary>
    public static string Annotate(string text, IEnumerable<TextSpan> spans)
    {
        var opens = new int[text.Length + 1];
        var empties = new int[text.Length + 1];
        var closes = new int[text.Length + 1];
        foreach (var span in spans)
        {
            var start = Math.Clamp(span.Start, 0, text.Length);
            var end = Math.Clamp(span.End, start, text.Length);
            if (start == end)
            {
                empties[start]++;
            }
            else
            {
                opens[start]++;
                closes[end]++;
            }
        }

        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i <= text.Length; i++)
        {
            builder.Append(']', closes[i]);
            for (var e = 0; e < empties[i]; e++)
                builder.Append("[]");
            builder.Append('[', opens[i]);
            if (i < text.Length)
                builder.Append(text[i]);
        }

        return builder.ToString();
    }
}
