namespace Directions.Compiler.Binding;

/// <summary>The units a duration can be counted in. How each is counted is documented in grammar/README.md.</summary>
public enum TimeUnit
{
    /// <summary>Hours, on date-times.</summary>
    Hours,

    /// <summary>Calendar days.</summary>
    Days,

    /// <summary>Monday to Friday, less England and Wales bank holidays.</summary>
    WorkingDays,

    /// <summary>Seven calendar days.</summary>
    Weeks,

    /// <summary>Calendar months, clipped to the end of a shorter month (31 January + 1 month = 28 or 29 February).</summary>
    Months,

    /// <summary>Calendar years (12 calendar months).</summary>
    Years,
}
