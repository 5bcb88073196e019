namespace Directions.Runtime.Rules;

/// <summary>Marks the generated method that builds one rule: its name, line in the .pd file and citations.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DirectionRuleAttribute(string name, int line, params string[] citations) : Attribute
{
    /// <summary>The rule's name.</summary>
    public string Name { get; } = name;

    /// <summary>The line of the rule in its .pd file, one-based.</summary>
    public int Line { get; } = line;

    /// <summary>The policy paragraphs the rule encodes.</summary>
    public IReadOnlyList<string> Citations { get; } = citations;
}
