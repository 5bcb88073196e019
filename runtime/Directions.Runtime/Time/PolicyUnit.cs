namespace Directions.Runtime.Time;

/// <summary>
/// The units a practice direction counts time in. Mirrors the compiler's <c>TimeUnit</c>
/// (the runtime cannot reference the compiler).
/// </summary>
public enum PolicyUnit
{
    /// <summary>Clock hours, counted on the local clock; needs a date and a time of day.</summary>
    Hours,

    /// <summary>Calendar days: weekends and bank holidays count.</summary>
    Days,

    /// <summary>Monday to Friday, except bank holidays and any local closure days.</summary>
    WorkingDays,

    /// <summary>Seven calendar days each.</summary>
    Weeks,

    /// <summary>Calendar months, with the month-end rule (31 January + 1 month = 28 or 29 February).</summary>
    Months,

    /// <summary>Twelve calendar months each (29 February 2024 + 1 year = 28 February 2025).</summary>
    Years,
}
