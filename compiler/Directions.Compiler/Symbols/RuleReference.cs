using Directions.Compiler.Text;

namespace Directions.Compiler.Symbols;

/// <summary>Names a rule of another place without holding it: the direction's id, the rule's name and where the rule is written.</summary>
public sealed record RuleReference(string DirectionId, string RuleName, TextLocation Location)
{
    /// <summary>"'CIN plan circulated' (stoke-cin-plans)".</summary>
    public override string ToString() => $"'{RuleName}' ({DirectionId})";
}
