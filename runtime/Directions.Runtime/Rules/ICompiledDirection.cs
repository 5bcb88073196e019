using Directions.Runtime.Time;

namespace Directions.Runtime.Rules;

/// <summary>
/// Implemented by the one generated type of a rule assembly (named by <see cref="CompiledDirectionAttribute"/>):
/// builds the direction's specification, whose selectors are compiled C# over the case-data model.
/// </summary>
public interface ICompiledDirection
{
    /// <summary>The manifest: identity, version, dates, compiler version, sources with their hashes.</summary>
    DirectionManifest Manifest { get; }

    /// <summary>Builds the rules, with the calendar working-day limits count in.</summary>
    DirectionSpec Build(WorkingDayCalendar calendar);
}
