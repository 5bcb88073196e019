using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Directions.Runtime.Loading;

/// <summary>
/// One thing wrong with case data: the file, the line, the JSON path of the field (e.g.
/// <c>children[12].visits[3].date</c>) and what is wrong. Messages quote at most the short
/// offending value, never other content of the file.
/// </summary>
/// <param name="File">The file (or source name) as given to the loader.</param>
/// <param name="Line">The 1-based line, or 0 when the problem is with the file as a whole.</param>
/// <param name="Path">The JSON path of the field or record, or empty for the whole file.</param>
/// <param name="Problem">What is wrong, in plain English.</param>
public sealed record CaseDataError(string File, int Line, string Path, string Problem)
{
    /// <summary>The message: <c>cases.json line 412: children[12].visits[3].date: '2025-02-30' is not a date (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File} line {Line}") : File;
        return Path.Length > 0 ? $"{where}: {Path}: {Problem}" : $"{where}: {Problem}";
    }
}

/// <summary>
/// Case data that cannot be loaded. The message lists every problem found (up to
/// <see cref="MaxErrors"/>), one per line; <see cref="Errors"/> holds them one by one. A caller
/// must not report on a caseload that threw this.
/// </summary>
public sealed class CaseDataException : Exception
{
    /// <summary>The most problems a load reports before it stops looking.</summary>
    public const int MaxErrors = 100;

    /// <summary>Makes the exception from the problems found (at least one).</summary>
    public CaseDataException(IReadOnlyList<CaseDataError> errors, bool stoppedEarly = false)
        : base(Format(errors, stoppedEarly))
    {
        Errors = [.. errors];
        StoppedEarly = stoppedEarly;
    }

    /// <summary>The problems, in the order they were found (mostly file order).</summary>
    public ImmutableArray<CaseDataError> Errors { get; }

    /// <summary>True when the loader stopped looking after <see cref="MaxErrors"/> problems.</summary>
    public bool StoppedEarly { get; }

    private static string Format(IReadOnlyList<CaseDataError> errors, bool stoppedEarly)
    {
        if (errors.Count == 0)
            throw new ArgumentException("A case-data exception needs at least one error.", nameof(errors));
        var text = new StringBuilder();
        for (var i = 0; i < errors.Count; i++)
        {
            if (i > 0)
                text.Append('\n');
            text.Append(errors[i]);
        }

        if (stoppedEarly)
            text.Append(CultureInfo.InvariantCulture, $"\n{errors[0].File}: stopped after {errors.Count} problems; there may be more.");
        return text.ToString();
    }
}
