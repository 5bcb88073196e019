using System.Globalization;
using Directions.Compiler.Symbols;

namespace Directions.Compiler.Describing;

/// <summary>A direction's identity in plain English: which version, in force from when, what it replaces.</summary>
public static class DirectionDescriber
{
    /// <summary>"bristol-cin version 2021.1, in force from 1 September 2021" (and "until ...", "; supersedes ..." when said).</summary>
    public static string DescribeVersion(DirectionSymbol direction)
    {
        var text = new System.Text.StringBuilder(direction.Id);
        text.Append(direction.Version is null ? " (no version)" : $" version {direction.Version}");
        if (direction.EffectiveFrom is { } from)
            text.Append(", in force from ").Append(Date(from));
        if (direction.EffectiveUntil is { } until)
            text.Append(" until ").Append(Date(until));
        if (direction.SupersedesId is { } superseded)
            text.Append("; supersedes ").Append(superseded).Append(direction.SupersedesVersion is null ? string.Empty : $" version {direction.SupersedesVersion}");
        return text.ToString();
    }

    /// <summary>The title, who issued it, and <see cref="DescribeVersion"/>.</summary>
    public static string Describe(DirectionSymbol direction) =>
        $"{direction.Title}{(direction.IssuedBy is null ? string.Empty : $", issued by {direction.IssuedBy}")}. {DescribeVersion(direction)}.";

    /// <summary>A date as people write it: "1 September 2021".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
