using Directions.Compiler;
using Directions.Compiler.Symbols;

namespace Directions.LanguageServer.Workspace;

/// <summary>
/// The same term, rule or direction as bound in another folder's compilation: terms match by name, rules by
/// their direction's id and their name, directions by id and version. Lets references and rename cross folders.
/// </summary>
public static class SymbolKeys
{
    /// <summary>The symbol of <paramref name="compilation"/> that is the same as <paramref name="symbol"/>, or null.</summary>
    public static object? FindIn(DirectionCompilation compilation, object symbol) => symbol switch
    {
        TermSymbol term => compilation.Vocabulary.Find(term.Name) is { } found && found.Location.Path == term.Location.Path ? found : null,
        RuleSymbol rule => compilation.Directions.SelectMany(d => d.Rules.Select(r => (d, r)))
            .Where(p => string.Equals(p.r.Name, rule.Name, StringComparison.OrdinalIgnoreCase) && p.r.Syntax.SyntaxTree.FilePath == rule.Syntax.SyntaxTree.FilePath)
            .Select(p => p.r).FirstOrDefault(),
        DirectionSymbol direction => compilation.Directions.FirstOrDefault(d => d.Id == direction.Id && d.Version == direction.Version),
        _ => null,
    };
}
