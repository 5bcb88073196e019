using Directions.Compiler.Diagnostics;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Binding;

/// <summary>Turns durations, units, number words and frequency idioms into <see cref="Duration"/> values.</summary>
internal sealed class DurationBinder(DiagnosticBag diagnostics)
{
    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>
    /// Binds a duration. A missing unit is taken from <paramref name="defaultUnit"/> (a bare number after
    /// max takes the unit of the cadence), or reported. Returns null after reporting a problem.
    /// </summary>
    public Duration? Bind(DurationSyntax syntax, TimeUnit? defaultUnit, bool allowZero = false)
    {
        var count = syntax.Count is null ? 1 : Count(syntax.Count);
        if (count is null)
            return null;
        if (count == 0 && !allowZero)
        {
            diagnostics.Report(BindingDiagnostics.BadCount, syntax.Location, "A length of time of 0 means 'immediately'; for the same day write 'by the same day', otherwise use a number from 1.");
            return null;
        }

        if (syntax.Unit is null)
        {
            if (defaultUnit is { } unit)
                return new Duration(count.Value, unit);
            diagnostics.Report(BindingDiagnostics.MissingUnit, syntax.Location, syntax.Count?.Text ?? "the number");
            return null;
        }

        var bound = Unit(syntax.Unit);
        return bound is null ? null : new Duration(count.Value, bound.Value);
    }

    /// <summary>The unit a unit phrase names, or null after reporting a combination that makes no sense.</summary>
    public TimeUnit? Unit(UnitSyntax unit)
    {
        var qualifier = unit.Qualifier?.Kind;
        var word = unit.UnitKeyword.Kind;
        TimeUnit? result = (qualifier, word) switch
        {
            (null, SyntaxKind.HoursKeyword) => TimeUnit.Hours,
            (null or SyntaxKind.CalendarKeyword, SyntaxKind.DaysKeyword) => TimeUnit.Days,
            (SyntaxKind.WorkingKeyword, SyntaxKind.DaysKeyword) => TimeUnit.WorkingDays,
            (null, SyntaxKind.WeeksKeyword) => TimeUnit.Weeks,
            (null or SyntaxKind.CalendarKeyword, SyntaxKind.MonthsKeyword) => TimeUnit.Months,
            (null or SyntaxKind.CalendarKeyword, SyntaxKind.YearsKeyword) => TimeUnit.Years,
            _ => null,
        };
        if (result is null)
        {
            var text = $"{unit.Qualifier!.Text} {unit.UnitKeyword.Text}";
            var advice = qualifier == SyntaxKind.WorkingKeyword
                ? $"'{text}' is not a unit I can count: only days can be working days. Use 'working days', or '{unit.UnitKeyword.Text}' on its own."
                : $"'{text}' is not a unit I can count: 'calendar' goes with days, months and years. Use '{unit.UnitKeyword.Text}' on its own.";
            diagnostics.Report(BindingDiagnostics.UnitMakesNoSense, unit.Location, advice);
        }

        return result;
    }

    /// <summary>A count in digits or words; null after reporting one that is too large.</summary>
    public int? Count(SyntaxToken token)
    {
        if (token.Kind == SyntaxKind.NumberWordToken)
            return Array.IndexOf(NumberWords, token.Text.ToLowerInvariant());
        if (int.TryParse(token.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value <= 10_000)
            return value;
        diagnostics.Report(BindingDiagnostics.BadCount, token.Location, $"{token.Text} is too large to be a length of time here; use a number up to 10000.");
        return null;
    }

    /// <summary>
    /// The interval of a frequency idiom: "4-weekly" and "4 weekly" (4 weeks), "fortnightly" (2 weeks),
    /// "quarterly" (3 months), "six-monthly" (6 months), "annually" (12 months), "monthly", "daily".
    /// "bi-monthly" and "bi-weekly" bind with a warning, as every 2 months and every 2 weeks.
    /// </summary>
    public Duration? Idiom(IdiomFrequencySyntax syntax)
    {
        var text = syntax.Idiom.Text.ToLowerInvariant();
        Duration? result = text switch
        {
            "fortnightly" => new Duration(2, TimeUnit.Weeks),
            "quarterly" => new Duration(3, TimeUnit.Months),
            "annually" => new Duration(1, TimeUnit.Years),
            "bi-monthly" => new Duration(2, TimeUnit.Months),
            "bi-weekly" => new Duration(2, TimeUnit.Weeks),
            _ => null,
        };
        if (text is "bi-monthly" or "bi-weekly")
        {
            var plain = text == "bi-monthly" ? "every two months" : "every two weeks";
            diagnostics.Report(BindingDiagnostics.AmbiguousIdiom, syntax.Idiom.Location, syntax.Idiom.Text, plain, result);
        }

        if (result is null)
        {
            var dash = text.LastIndexOf('-');
            var periodic = dash >= 0 ? text[(dash + 1)..] : text;
            var prefix = dash >= 0 ? text[..dash] : null;
            var unit = periodic switch
            {
                "daily" => TimeUnit.Days,
                "weekly" => TimeUnit.Weeks,
                "monthly" => TimeUnit.Months,
                _ => TimeUnit.Years,
            };
            int count;
            if (prefix is null)
                count = 1;
            else if (Array.IndexOf(NumberWords, prefix) is var index and > 0)
                count = index;
            else if (!int.TryParse(prefix, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count) || count is 0 or > 10_000)
            {
                diagnostics.Report(BindingDiagnostics.BadCount, syntax.Idiom.Location, $"'{syntax.Idiom.Text}' needs a number from 1, as in '4-weekly'.");
                return null;
            }

            result = new Duration(count, unit);
        }

        if (syntax.Count is { } written)
        {
            if (result.Count != 1 || text.Contains('-'))
            {
                diagnostics.Report(BindingDiagnostics.BadCount, syntax.Location, $"'{syntax.Count.Text} {syntax.Idiom.Text}' gives the number twice. Write '{syntax.Idiom.Text}' or '{syntax.Count.Text} {syntax.Idiom.Text.Split('-')[^1]}'.");
                return null;
            }

            var count = Count(written);
            if (count is null or 0)
            {
                if (count == 0)
                    diagnostics.Report(BindingDiagnostics.BadCount, written.Location, "A frequency needs a number from 1, as in '4 weekly'.");
                return null;
            }

            result = result with { Count = count.Value };
        }

        return result;
    }
}
