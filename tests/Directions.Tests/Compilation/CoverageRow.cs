namespace Directions.Tests.Compilation;

/// <summary>One row of a coverage table: a catalogue ID and the rules (of the table's files) that encode it.</summary>
/// <param name="Id">The catalogue ID, e.g. S000-07.</param>
/// <param name="Section">The heading the table is under.</param>
/// <param name="Files">The direction files the table is about (from its header).</param>
/// <param name="RuleNames">The rules named at the start of the last cell; empty when not encoded.</param>
/// <param name="NotEncoded">The last cell starts with "not encoded".</param>
/// <param name="Line">The row's line in the README, one-based.</param>
public sealed record CoverageRow(string Id, string Section, IReadOnlyList<string> Files, IReadOnlyList<string> RuleNames, bool NotEncoded, int Line);
