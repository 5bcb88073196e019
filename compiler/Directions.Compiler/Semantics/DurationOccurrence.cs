using Directions.Compiler.Binding;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Semantics;

/// <summary>
/// A length of time written in a direction and what it means: a <see cref="DurationSyntax"/> ("4 weeks",
/// "max 6" with the cadence's unit) or an <see cref="IdiomFrequencySyntax"/> ("fortnightly", "4-weekly").
/// </summary>
/// <param name="Syntax">The duration or idiom as written.</param>
/// <param name="Duration">What it means.</param>
public sealed record DurationOccurrence(SyntaxNode Syntax, Duration Duration)
{
    /// <summary>True for an idiom such as "fortnightly", which has a plainer form ("every 2 weeks").</summary>
    public bool IsIdiom => Syntax is IdiomFrequencySyntax;
}
