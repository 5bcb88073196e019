using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Directions.Compiler.Binding;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Semantics;

/// <summary>
/// Finds every duration and frequency idiom of a file and binds it as the binder does (a bare number
/// after `max` takes the unit of the limit before it on the line). Mistakes are left to the binder's
/// own diagnostics: a duration that does not bind is simply not listed. What a duration means depends on
/// its file alone, so the list is made once per syntax tree and shared.
/// </summary>
internal static class DurationFinder
{
    private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<ImmutableArray<DurationOccurrence>>> Cache = new();

    /// <summary>The durations of a file, in source order.</summary>
    public static ImmutableArray<DurationOccurrence> Of(SyntaxTree tree) =>
        Cache.GetValue(tree, t => new StrongBox<ImmutableArray<DurationOccurrence>>(Find(t))).Value;

    /// <summary>The duration whose span holds or touches a position, by binary search.</summary>
    public static DurationOccurrence? At(SyntaxTree tree, int position) =>
        SpanSearch.Touching(Of(tree), d => d.Syntax.Span, position);

    private static ImmutableArray<DurationOccurrence> Find(SyntaxTree tree)
    {
        var durations = new DurationBinder(new DiagnosticBag());
        var result = ImmutableArray.CreateBuilder<DurationOccurrence>();
        foreach (var line in tree.Root.DescendantNodesAndSelf().OfType<LineSyntax>())
        {
            TimeUnit? lastUnit = null;
            foreach (var node in line.DescendantNodesAndSelf())
            {
                var duration = node switch
                {
                    DurationSyntax syntax => durations.Bind(syntax, syntax.Parent is MaxAllowanceSyntax ? lastUnit : null),
                    IdiomFrequencySyntax idiom => durations.Idiom(idiom),
                    _ => null,
                };
                if (duration is null)
                    continue;
                lastUnit = duration.Unit;
                result.Add(new DurationOccurrence(node, duration));
            }
        }

        return result.ToImmutable();
    }
}
