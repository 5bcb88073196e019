namespace Directions.Compiler.Differencing;

/// <summary>How a file's text changed, next to what its change means.</summary>
public enum TextChangeKind
{
    /// <summary>The file is new.</summary>
    Added,

    /// <summary>The file was removed.</summary>
    Removed,

    /// <summary>Only spaces, blank lines, line breaks or keyword capitals changed.</summary>
    LayoutOnly,

    /// <summary>Comments changed (and perhaps the layout); nothing else.</summary>
    CommentsOnly,

    /// <summary>The text changed (rules reordered, an idiom rewritten) but the meaning did not.</summary>
    SameMeaning,

    /// <summary>The meaning changed: see the semantic changes.</summary>
    MeaningChanged,
}
