using System.Collections.Immutable;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Text;

namespace Directions.Compiler.Syntax;

/// <summary>
/// The syntax tree of one .pd file: its text, its root and the syntax diagnostics found while
/// parsing. Immutable; parsing never throws on any text.
/// </summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text)
    {
        Text = text;
        (Root, Diagnostics) = ParseTreeTranslator.Translate(text);
        Root.Attach(null, this);
    }

    /// <summary>The source text.</summary>
    public SourceText Text { get; }

    /// <summary>The root node.</summary>
    public CompilationUnitSyntax Root { get; }

    /// <summary>Syntax diagnostics (DIR1xxx), in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The file path of the text.</summary>
    public string FilePath => Text.Path;

    /// <summary>Parses a source text.</summary>
    public static SyntaxTree Parse(SourceText text) => new(text);

    /// <summary>Parses a string; the path names it in diagnostics.</summary>
    public static SyntaxTree Parse(string text, string path = "<input>") => new(SourceText.From(text, path));

    /// <summary>Reads and parses a file.</summary>
    public static SyntaxTree Load(string path) => new(SourceText.Load(path));
}
