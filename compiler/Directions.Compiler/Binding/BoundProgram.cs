using System.Collections.Immutable;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Binding;

/// <summary>
/// Everything a compilation binds: the vocabulary, the directions, the diagnostics, and maps from
/// syntax to symbols that the semantic model answers questions from. Immutable.
/// </summary>
public sealed record BoundProgram(
    VocabularySymbol Vocabulary,
    ImmutableArray<DirectionSymbol> Directions,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableDictionary<TermDeclarationSyntax, TermSymbol> TermDeclarations,
    ImmutableDictionary<TermSyntax, BoundTermReference> TermReferences)
{
    /// <summary>Binds parsed files: vocabularies first, then each direction, then the cross-direction checks.</summary>
    internal static BoundProgram Bind(ImmutableArray<SyntaxTree> trees, CaseDataSchema schema)
    {
        var diagnostics = new DiagnosticBag();
        var vocabularies = trees.SelectMany(t => t.Root.Members.OfType<VocabularyDeclarationSyntax>()).ToList();
        var (vocabulary, declarations) = new VocabularyBinder(schema, diagnostics).Bind(vocabularies);

        var references = new Dictionary<TermSyntax, BoundTermReference>(ReferenceEqualityComparer.Instance);
        var resolver = new TermResolver(vocabulary, diagnostics, references);
        var binder = new DirectionBinder(resolver, diagnostics);
        var directionSyntax = trees.SelectMany(t => t.Root.Members.OfType<DirectionDeclarationSyntax>()).ToList();
        if (directionSyntax.Count > 0 && vocabularies.Count == 0)
            diagnostics.Report(BindingDiagnostics.NoVocabulary, SyntaxLocations.Content(directionSyntax[0].Header));

        var directions = OverrideResolver.Resolve(directionSyntax.Select(binder.Bind).ToImmutableArray(), diagnostics);
        CrossDirectionChecker.Check(directions, diagnostics);
        LimitConflictChecker.Check(directions, diagnostics);

        var all = trees.SelectMany(t => t.Diagnostics).Concat(diagnostics.ToImmutableSorted());
        var sorted = all.OrderBy(d => d.Location.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal);
        return new BoundProgram(vocabulary, directions, [.. sorted], declarations,
            references.ToImmutableDictionary(ReferenceEqualityComparer.Instance));
    }
}
