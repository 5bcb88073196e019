using Directions.Compiler.Syntax;

namespace Directions.Compiler.Formatting;

/// <summary>
/// Where a line stands in the canonical layout: its indentation, and what blank lines may come
/// before it. Worked out from the line's place in the tree, never from how it was written.
/// </summary>
internal sealed record LinePlacement(int Indent, BlankLinesBefore BlankLines)
{
    /// <summary>The spaces a header line, a clause line or an `also` line is indented by.</summary>
    public const int IndentWidth = 2;

    /// <summary>The placement of a line, from its parent.</summary>
    public static LinePlacement Of(LineSyntax line) => line switch
    {
        DirectionLineSyntax or VocabularyLineSyntax or RuleLineSyntax => new(0, BlankLinesBefore.One),
        TermDefinitionSyntax => new(0, BlankLinesBefore.AtMostOne),
        _ => line.Parent switch
        {
            RuleDeclarationSyntax or DirectionDeclarationSyntax or TermDeclarationSyntax => new(IndentWidth, BlankLinesBefore.None),
            _ => new(0, BlankLinesBefore.AtMostOne),
        },
    };
}
