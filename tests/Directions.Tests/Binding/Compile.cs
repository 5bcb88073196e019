using System.Collections.Immutable;
using Directions.Compiler;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Syntax;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Binding;

/// <summary>
/// Compiles small directions against the real shared vocabulary (directions/vocabulary.pd, found by
/// walking up from the test binaries to the folder that holds Directions.sln).
/// </summary>
internal static class Compile
{
    /// <summary>The path the direction under test is given.</summary>
    public const string DirectionPath = "d.pd";

    private static readonly Lazy<SyntaxTree> LazyVocabulary = new(() => SyntaxTree.Load(Repository.PathOf("directions", "vocabulary.pd")));

    /// <summary>directions/vocabulary.pd, parsed once and shared (syntax trees are immutable).</summary>
    public static SyntaxTree Vocabulary => LazyVocabulary.Value;

    /// <summary>A header that gives every item, so that a test sees only the diagnostics of its own lines.</summary>
    public const string Header = """
        direction "Binder test"
          issued by "Test Council", source "test.pd"
          version 1, effective from 2021-09-01

        """;

    /// <summary>A direction with the full header and one cited rule "R" whose other lines are <paramref name="lines"/>.</summary>
    public static string Rule(params string[] lines) =>
        Header + "rule \"R\"\n  cites \"S000-07\"\n" + string.Concat(lines.Select(l => "  " + l + "\n"));

    /// <summary>Compiles one direction (as d.pd) with the real vocabulary.</summary>
    public static DirectionCompilation Direction(string source) =>
        DirectionCompilation.Create([SyntaxTree.Parse(source, DirectionPath), Vocabulary]);

    /// <summary>Compiles files given as (path, text), with the real vocabulary unless <paramref name="withVocabulary"/> is false.</summary>
    public static DirectionCompilation Files(bool withVocabulary, params (string Path, string Text)[] files)
    {
        var trees = files.Select(f => SyntaxTree.Parse(f.Text, f.Path)).ToList();
        if (withVocabulary)
            trees.Add(Vocabulary);
        return DirectionCompilation.Create(trees);
    }

    /// <summary>
    /// Compiles an annotated direction (see <see cref="AnnotatedText"/>) with the real vocabulary and
    /// checks the diagnostics of its file: ID, message and span, one for one.
    /// </summary>
    public static DirectionCompilation Verify(string annotated, params ExpectedDiagnostic[] expected)
    {
        var source = AnnotatedText.Parse(annotated);
        var compilation = Direction(source.Text);
        VerifyFile(compilation, DirectionPath, source, expected);
        return compilation;
    }

    /// <summary>Checks the diagnostics of one file of a compilation against an annotated text.</summary>
    public static void VerifyFile(DirectionCompilation compilation, string path, AnnotatedText source, params ExpectedDiagnostic[] expected) =>
        DiagnosticAssert.Verify(source, compilation.GetDiagnostics().Where(d => d.Location.Path == path), expected);

    /// <summary>The diagnostics of the direction's file.</summary>
    public static ImmutableArray<Diagnostic> DiagnosticsOf(DirectionCompilation compilation, string path = DirectionPath) =>
        [.. compilation.GetDiagnostics().Where(d => d.Location.Path == path)];
}
