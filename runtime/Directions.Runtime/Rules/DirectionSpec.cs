using System.Collections.Immutable;

namespace Directions.Runtime.Rules;

/// <summary>A compiled direction: its manifest and its rules. Built by a rule assembly, or by the interpreter from source.</summary>
public sealed record DirectionSpec(DirectionManifest Manifest, ImmutableArray<RuleSpec> Rules);
