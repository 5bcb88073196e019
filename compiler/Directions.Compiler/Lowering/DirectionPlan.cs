using System.Collections.Immutable;
using Directions.Runtime.Rules;

namespace Directions.Compiler.Lowering;

/// <summary>A direction lowered: its manifest and rules. The interpreter turns it into delegates; the emitter into C#.</summary>
public sealed record DirectionPlan(DirectionManifest Manifest, ImmutableArray<RulePlan> Rules);
