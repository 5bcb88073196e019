using System.Collections.Concurrent;
using Directions.Compiler.Syntax;

namespace Directions.LanguageServer.Server;

/// <summary>
/// How a term's name must be written in a rule: as plain words, or in quotes when it holds a keyword
/// ("case direction"), a character words cannot have, or is only a number. Decided by the compiler's own
/// parser, so it never disagrees with the language.
/// </summary>
public static class TermNames
{
    private static readonly ConcurrentDictionary<string, bool> Cache = new(StringComparer.Ordinal);

    /// <summary>True when the name must be quoted in a rule.</summary>
    public static bool NeedsQuotes(string name) => Cache.GetOrAdd(name, static n =>
    {
        if (n.Length == 0 || n.Contains('"') || n.Contains('\n') || n.Contains('\r'))
            return true;
        var tree = SyntaxTree.Parse($"direction \"d\"\n\nrule \"r\"\n  {n} recorded\n");
        var requirement = tree.Root.DescendantNodesAndSelf().OfType<RequirementSyntax>().FirstOrDefault();
        return !tree.Diagnostics.IsEmpty || requirement is null || requirement.Subject.Text != string.Join(' ', n.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    });

    /// <summary>The name as it must be written in a rule: the words, or the name in quotes.</summary>
    public static string AsWritten(string name) => NeedsQuotes(name) ? $"\"{name}\"" : name;
}
