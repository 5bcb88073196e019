namespace Directions.Runtime.Evaluation;

/// <summary>Fixed conventions of evaluation, stated once.</summary>
public static class EvaluationOptions
{
    /// <summary>A finding is "due" when its next due date is at most this many days after the as-of date (the worklist horizon).</summary>
    public const int DueSoonDays = 14;
}
