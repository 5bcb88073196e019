using Directions.Compiler.Syntax;

namespace Directions.LanguageServer.Workspace;

/// <summary>A .pd file of the workspace: its text (the editor's while it is open, else the disk's) and its parse, made on first use.</summary>
internal sealed class SourceFile(string path, string uri, string text, int? version)
{
    private SyntaxTree? _tree;

    public string Path { get; } = path;

    public string Uri { get; set; } = uri;

    public string Text { get; } = text;

    /// <summary>The editor's version while the file is open; null for a file read from disk.</summary>
    public int? Version { get; } = version;

    public bool IsOpen => Version is not null;

    /// <summary>The syntax tree, parsed once per text.</summary>
    public SyntaxTree Tree => _tree ??= SyntaxTree.Parse(Text, Path);

    /// <summary>True when the file declares a vocabulary.</summary>
    public bool IsVocabulary => Tree.Root.Members.OfType<VocabularyDeclarationSyntax>().Any();
}
