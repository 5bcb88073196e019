namespace Directions.LanguageServer.Workspace;

/// <summary>Document URIs and file paths: file URIs map to local paths; any other URI (untitled:) stands for itself.</summary>
public static class DocumentUris
{
    /// <summary>The path a URI names: the local path of a file URI, else the URI itself.</summary>
    public static string ToPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : uri;

    /// <summary>The file URI of a path (a path that is a URI already is returned as it is).</summary>
    public static string ToUri(string path) =>
        Path.IsPathFullyQualified(path) ? new Uri(path).AbsoluteUri : path;
}
