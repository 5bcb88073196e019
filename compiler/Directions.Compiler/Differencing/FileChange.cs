namespace Directions.Compiler.Differencing;

/// <summary>A file whose text differs between the two sides, and how.</summary>
/// <param name="Path">The file's path, as the two sides share it (relative to the folders compared).</param>
/// <param name="Kind">How it changed.</param>
public sealed record FileChange(string Path, TextChangeKind Kind)
{
    /// <summary>True when the change is to layout, comments or wording only, never to what the file means.</summary>
    public bool IsTextOnly => Kind is TextChangeKind.LayoutOnly or TextChangeKind.CommentsOnly or TextChangeKind.SameMeaning;

    /// <summary>Plain English: "layout only (no change in meaning)".</summary>
    public string Describe() => Kind switch
    {
        TextChangeKind.Added => "new file",
        TextChangeKind.Removed => "file removed",
        TextChangeKind.LayoutOnly => "layout only (no change in meaning)",
        TextChangeKind.CommentsOnly => "comments only (no change in meaning)",
        TextChangeKind.SameMeaning => "reworded or reordered (no change in meaning)",
        _ => "changes in meaning",
    };
}
