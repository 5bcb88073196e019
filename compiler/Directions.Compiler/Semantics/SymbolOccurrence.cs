using Directions.Compiler.Text;

namespace Directions.Compiler.Semantics;

/// <summary>
/// A place where a symbol is named: its declaration or a use. <see cref="Symbol"/> is a
/// <see cref="Symbols.TermSymbol"/>, a <see cref="Symbols.RuleSymbol"/> or a <see cref="Symbols.DirectionSymbol"/>.
/// </summary>
/// <param name="Symbol">The symbol named.</param>
/// <param name="Location">The name as written, inside its quotes if it is quoted; for a term in a rule,
/// only the words that name it ("CIN plan" in "CIN plan start").</param>
/// <param name="Name">The name as written, without quotes: one of the term's names or synonyms, a rule's name, a direction's id.</param>
/// <param name="IsDeclaration">True where the symbol is declared (a term's name or `also` name, a rule's name, a direction's id).</param>
public sealed record SymbolOccurrence(object Symbol, TextLocation Location, string Name, bool IsDeclaration);
