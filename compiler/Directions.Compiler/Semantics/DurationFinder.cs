using System.Collections.Immutable;
using Directions.Compiler.Binding;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Semantics;

/// <summary>
/// Finds every duration and frequency idiom of a file and binds it as the binder does (a bare number
/// after `max` takes the unit of the limit before it on the line). Mistakes are left to the binder's
/// own diagnostics: a duration that does not bind is simply not listed.
/// </summary>
internal static class DurationFinder
{
    public static ImmutableArray<DurationOccurrence> Find(SyntaxTree tree)
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
