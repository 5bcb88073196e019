namespace Directions.Compiler.Scenarios;

/// <summary>The kinds of <see cref="FieldConstraint"/>.</summary>
internal enum FieldConstraintKind
{
    /// <summary>The field holds this value.</summary>
    Is,

    /// <summary>The field is filled in; any value will do.</summary>
    Filled,

    /// <summary>The field is empty (not recorded), or no for a yes/no field.</summary>
    Empty,

    /// <summary>The field holds anything but these values (or nothing).</summary>
    IsNot,
}
