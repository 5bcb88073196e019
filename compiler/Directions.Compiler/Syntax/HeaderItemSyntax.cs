namespace Directions.Compiler.Syntax;

/// <summary>An item of a direction header: id, issued by, version, effective dates, source, supersedes, service areas.</summary>
public abstract class HeaderItemSyntax : SyntaxNode
{
}
