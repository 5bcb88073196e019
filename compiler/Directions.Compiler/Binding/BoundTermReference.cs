using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Binding;

/// <summary>
/// A term as used in a rule, resolved: "CIN visit" (an event), "CIN plan start" (a period and its
/// start), "assessment shared with family" (a record and an action on it).
/// </summary>
public sealed record BoundTermReference(TermSyntax Syntax, TermSymbol Term, PeriodBoundary Boundary, TermSymbol? Action)
{
    /// <summary>The dated moment this reference stands for, in plain English.</summary>
    public override string ToString()
    {
        var text = Term.Name;
        if (Boundary != PeriodBoundary.None)
            text += Boundary == PeriodBoundary.Start ? " start" : " end";
        return Action is null ? text : $"{text} {Action.Name}";
    }
}
