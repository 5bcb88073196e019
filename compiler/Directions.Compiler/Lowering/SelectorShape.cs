namespace Directions.Compiler.Lowering;

/// <summary>Which date of a row an occurrence takes.</summary>
public enum SelectorShape
{
    /// <summary>The row's date (a visit's date, a referral's received date).</summary>
    Rows,

    /// <summary>The start of each period (a CIN plan's start).</summary>
    PeriodStarts,

    /// <summary>The end of each period that has ended (a CP plan's end).</summary>
    PeriodEnds,
}
