namespace Directions.Compiler.Syntax;

/// <summary>The line of a vocabulary that says what a term means.</summary>
public abstract class TermDefinitionSyntax : LineSyntax
{
    /// <summary>The keyword that says what kind of term it is: event, record, period, subject, cohort, role or action.</summary>
    public abstract SyntaxToken KindKeyword { get; }

    /// <summary>The quoted term.</summary>
    public abstract SyntaxToken Name { get; }

    /// <summary>The keyword <c>means</c>.</summary>
    public abstract SyntaxToken MeansKeyword { get; }
}
