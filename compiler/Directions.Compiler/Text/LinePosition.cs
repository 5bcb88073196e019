namespace Directions.Compiler.Text;

/// <summary>A zero-based line and character offset, as the Language Server Protocol counts them.</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    /// <summary>The one-based form people read: "line 3, column 5".</summary>
    public override string ToString() => $"({Line + 1},{Character + 1})";
}
