using System.Collections.Immutable;
using Directions.Compiler.Diagnostics;

namespace Directions.Compiler.Differencing;

/// <summary>
/// What changed between two sets of directions, in meaning: per direction version (header and
/// rules), the vocabulary, and per file how its text changed (so layout-only and comment-only
/// changes are reported as such, never as rule changes). Errors on either side are kept: a
/// side with errors may not bind every rule, so the diff can miss a change there.
/// </summary>
/// <param name="Directions">The directions whose meaning changed.</param>
/// <param name="Vocabulary">Changes to vocabulary terms.</param>
/// <param name="Files">Files whose text differs.</param>
/// <param name="OldErrors">Errors in the old side.</param>
/// <param name="NewErrors">Errors in the new side.</param>
public sealed record DirectionDiff(
    ImmutableArray<DirectionChanges> Directions,
    ImmutableArray<SemanticChange> Vocabulary,
    ImmutableArray<FileChange> Files,
    ImmutableArray<Diagnostic> OldErrors,
    ImmutableArray<Diagnostic> NewErrors)
{
    /// <summary>True when any rule, direction header or term changed in meaning.</summary>
    public bool HasChangesInMeaning => !Directions.IsEmpty || !Vocabulary.IsEmpty;

    /// <summary>The number of changes in meaning.</summary>
    public int ChangeCount => Directions.Sum(d => d.Changes.Length) + Vocabulary.Length;
}
