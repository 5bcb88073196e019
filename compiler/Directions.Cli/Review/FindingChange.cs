using Directions.Runtime.Evaluation;
using NodaTime;

namespace Directions.Cli.Review;

/// <summary>One child's finding for one rule, before and after a change to the directions. IDs and dates only.</summary>
/// <param name="ChildId">The child's id.</param>
/// <param name="Team">The child's team, or null.</param>
/// <param name="DirectionId">The direction's id.</param>
/// <param name="Rule">The rule's name.</param>
/// <param name="Kind">How the finding changes.</param>
/// <param name="Before">The status before, or null if the rule did not exist.</param>
/// <param name="After">The status after, or null if the rule no longer exists.</param>
/// <param name="DueBefore">The next due date (or first overdue day) before.</param>
/// <param name="DueAfter">The next due date (or first overdue day) after.</param>
public sealed record FindingChange(
    string ChildId,
    string? Team,
    string DirectionId,
    string Rule,
    FindingChangeKind Kind,
    FindingStatus? Before,
    FindingStatus? After,
    LocalDate? DueBefore,
    LocalDate? DueAfter);
