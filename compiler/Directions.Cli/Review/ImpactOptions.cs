namespace Directions.Cli.Review;

/// <summary>What `directions impact` is given.</summary>
/// <param name="Paths">OLD and NEW; or the path with --git.</param>
/// <param name="Git">REV1..REV2; REV alone (against the files as they are now); or null.</param>
/// <param name="Cases">The case data, or null for the sample.</param>
/// <param name="AsOf">The as-of date as given, or null for the default.</param>
/// <param name="Format">text or md.</param>
/// <param name="Vocabularies">Vocabulary files for both sides, or empty to look for vocabulary.pd.</param>
public sealed record ImpactOptions(IReadOnlyList<string> Paths, string? Git, string? Cases, string? AsOf, string Format, IReadOnlyList<string> Vocabularies);
