using Directions.Compiler;
using Directions.Compiler.Syntax;

namespace Directions.LanguageServer.Workspace;

/// <summary>
/// The .pd files the server knows: every file under the workspace folder, read at initialize, with the
/// editor's text in place of the disk's for open documents. Files compile by folder: the files of one
/// folder together, with the nearest vocabulary.pd at or above it (as `directions build` finds it), so
/// terms resolve across files. Compilations are made on demand and kept until a file they hold changes;
/// a file is parsed once per text. Safe to use from several threads.
/// </summary>
public sealed class ServerWorkspace
{
    private const string VocabularyFileName = "vocabulary.pd";
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    private readonly object _gate = new();
    private readonly Dictionary<string, SourceFile> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DirectionCompilation Compilation, HashSet<string> Members)> _projects = new(StringComparer.Ordinal);

    /// <summary>The workspace folder, once the client has named one.</summary>
    public string? Root { get; private set; }

    /// <summary>Reads every .pd file under a folder (not bin, obj, node_modules or hidden folders).</summary>
    /// <returns>How many files were read.</returns>
    public int LoadFolder(string root)
    {
        Root = Path.GetFullPath(root);
        var paths = Directory.Exists(Root) ? FindSources(Root).ToList() : [];
        lock (_gate)
        {
            foreach (var path in paths)
            {
                if (!_files.ContainsKey(path) && TryRead(path) is { } text)
                    _files[path] = new SourceFile(path, DocumentUris.ToUri(path), text, null);
            }

            _projects.Clear();
        }

        return paths.Count;
    }

    /// <summary>A document the editor opened or changed: its text replaces the disk's. Returns its folder.</summary>
    public string SetDocument(string uri, string text, int version)
    {
        var path = DocumentUris.ToPath(uri);
        lock (_gate)
        {
            _files[path] = new SourceFile(path, uri, text, version);
            Invalidate(path);
        }

        return ProjectOf(path);
    }

    /// <summary>The editor's text of an open document, or null.</summary>
    public string? GetOpenText(string uri)
    {
        lock (_gate)
            return _files.TryGetValue(DocumentUris.ToPath(uri), out var file) && file.IsOpen ? file.Text : null;
    }

    /// <summary>The editor closed a document: the disk's text counts again (or the file is forgotten if it is not on disk).</summary>
    public string CloseDocument(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        var text = TryRead(path);
        lock (_gate)
        {
            if (text is null)
                _files.Remove(path);
            else
                _files[path] = new SourceFile(path, DocumentUris.ToUri(path), text, null);
            Invalidate(path);
        }

        return ProjectOf(path);
    }

    /// <summary>The document as a request sees it, or null if the server does not know it.</summary>
    public DocumentSnapshot? GetDocument(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        lock (_gate)
        {
            if (!_files.TryGetValue(path, out var file))
                return null;
            var compilation = GetCompilationLocked(ProjectOf(path));
            return new DocumentSnapshot(file.Uri, compilation.GetSyntaxTree(path) ?? file.Tree, compilation);
        }
    }

    /// <summary>The compilation of a folder (its files and vocabulary).</summary>
    public DirectionCompilation GetCompilation(string folder)
    {
        lock (_gate)
            return GetCompilationLocked(folder);
    }

    /// <summary>
    /// The compilation of a folder with the URI and editor version of each of its own files, taken together, so
    /// that diagnostics are published with the version of the text they were found in.
    /// </summary>
    public (DirectionCompilation Compilation, IReadOnlyList<(string Path, string Uri, int? Version)> Files) GetCheck(string folder)
    {
        lock (_gate)
        {
            var compilation = GetCompilationLocked(folder);
            var files = _files.Values.Where(f => ProjectOf(f.Path) == folder).OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => (f.Path, f.Uri, f.Version)).ToList();
            return (compilation, files);
        }
    }

    /// <summary>Every folder that holds a .pd file, in order.</summary>
    public IReadOnlyList<string> GetProjects()
    {
        lock (_gate)
            return [.. _files.Keys.Select(ProjectOf).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The URI to show for a path: the editor's, if the file is open.</summary>
    public string UriOf(string path)
    {
        lock (_gate)
            return _files.TryGetValue(path, out var file) ? file.Uri : DocumentUris.ToUri(path);
    }

    /// <summary>The folder a file compiles in.</summary>
    public static string ProjectOf(string path) => Path.GetDirectoryName(path) ?? string.Empty;

    private DirectionCompilation GetCompilationLocked(string folder)
    {
        if (_projects.TryGetValue(folder, out var cached))
            return cached.Compilation;

        var members = _files.Values.Where(f => ProjectOf(f.Path) == folder).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        if (!members.Any(f => f.IsVocabulary) && FindVocabulary(folder) is { } vocabulary)
            members.Add(vocabulary);
        var compilation = DirectionCompilation.Create(members.Select(f => f.Tree));
        _projects[folder] = (compilation, new HashSet<string>(members.Select(f => f.Path), StringComparer.Ordinal));
        return compilation;
    }

    /// <summary>The nearest vocabulary.pd above a folder, read from disk if the workspace does not hold it.</summary>
    private SourceFile? FindVocabulary(string folder)
    {
        for (var directory = Path.GetDirectoryName(folder); !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            var path = Path.Combine(directory, VocabularyFileName);
            if (_files.TryGetValue(path, out var known))
                return known;
            if (TryRead(path) is { } text)
                return _files[path] = new SourceFile(path, DocumentUris.ToUri(path), text, null);
        }

        return null;
    }

    /// <summary>Forgets the compilations that hold a file, and the one of its folder (a new file joins it).</summary>
    private void Invalidate(string path)
    {
        foreach (var folder in _projects.Where(p => p.Value.Members.Contains(path) || p.Key == ProjectOf(path)).Select(p => p.Key).ToList())
            _projects.Remove(folder);
    }

    private static IEnumerable<string> FindSources(string root)
    {
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            IEnumerable<string> files, folders;
            try
            {
                files = Directory.EnumerateFiles(folder, "*.pd").ToList();
                folders = Directory.EnumerateDirectories(folder).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var file in files)
                yield return Path.GetFullPath(file);
            foreach (var sub in folders.Where(f => !Path.GetFileName(f).StartsWith('.') && !SkippedFolders.Contains(Path.GetFileName(f))))
                pending.Push(sub);
        }
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
