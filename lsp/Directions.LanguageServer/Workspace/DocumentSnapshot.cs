using Directions.Compiler;
using Directions.Compiler.Syntax;
using Directions.Compiler.Text;

namespace Directions.LanguageServer.Workspace;

/// <summary>
/// One document as a request sees it: its text and syntax tree, and the compilation of its folder. Immutable,
/// so a request keeps answering from the text it started with while the user types on.
/// </summary>
public sealed class DocumentSnapshot(string uri, SyntaxTree tree, DirectionCompilation compilation)
{
    private readonly Lazy<SemanticModel> _model = new(() => compilation.GetSemanticModel(tree));

    /// <summary>The URI the client uses for the document.</summary>
    public string Uri { get; } = uri;

    /// <summary>The document's syntax tree.</summary>
    public SyntaxTree Tree { get; } = tree;

    /// <summary>The document's text.</summary>
    public SourceText Text => Tree.Text;

    /// <summary>The compilation of the document's folder (its files and vocabulary).</summary>
    public DirectionCompilation Compilation { get; } = compilation;

    /// <summary>The semantic model of the document.</summary>
    public SemanticModel Model => _model.Value;
}
