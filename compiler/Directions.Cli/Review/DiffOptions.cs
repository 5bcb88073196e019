namespace Directions.Cli.Review;

/// <summary>What `directions diff` is given.</summary>
/// <param name="Paths">OLD and NEW; the path with --git; the file with --textconv.</param>
/// <param name="Git">REV1..REV2; REV alone (against the files as they are now); or null.</param>
/// <param name="Textconv">Print one file and what it means, for git.</param>
/// <param name="Format">text or md.</param>
/// <param name="HideTextOnly">Leave out files whose text changed without a change in meaning.</param>
/// <param name="Vocabularies">Vocabulary files for both sides, or empty to look for vocabulary.pd.</param>
public sealed record DiffOptions(IReadOnlyList<string> Paths, string? Git, bool Textconv, string Format, bool HideTextOnly, IReadOnlyList<string> Vocabularies);
