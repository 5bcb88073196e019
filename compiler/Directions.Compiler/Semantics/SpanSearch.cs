using Directions.Compiler.Text;

namespace Directions.Compiler.Semantics;

/// <summary>Binary search over items sorted by their spans, which do not overlap.</summary>
internal static class SpanSearch
{
    /// <summary>The item whose span holds or touches the position (its start or end included), or default.</summary>
    public static T? Touching<T>(IReadOnlyList<T> items, Func<T, TextSpan> spanOf, int position)
        where T : class
    {
        int lower = 0, upper = items.Count - 1;
        while (lower <= upper)
        {
            var middle = lower + (upper - lower) / 2;
            var span = spanOf(items[middle]);
            if (span.End < position)
                lower = middle + 1;
            else if (span.Start > position)
                upper = middle - 1;
            else
                return items[middle];
        }

        return null;
    }
}
