using Directions.Compiler.Symbols;

namespace Directions.Compiler.Describing;

/// <summary>A vocabulary term in plain English: what it maps to in the case data, and its other names.</summary>
public static class TermDescriber
{
    /// <summary>"'CIN visit' is an event: rows of visits where kind is "CIN" and child_seen, dated by date. Also written: ..."</summary>
    public static string Describe(TermSymbol term) =>
        term.Synonyms.IsEmpty ? term.Describe() : $"{term.Describe()} Also written: {string.Join(", ", term.Synonyms.Select(s => $"'{s}'"))}.";
}
