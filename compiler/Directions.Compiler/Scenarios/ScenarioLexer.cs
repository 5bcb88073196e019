using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Directions.Runtime.CaseData;

namespace Directions.Compiler.Scenarios;

/// <summary>
/// Splits a line of a scenario file into tokens. <c>#</c> starts a comment, a full stop may end the
/// line, quotes are straight or curly. A date in any form other than <c>YYYY-MM-DD</c>, a date that does
/// not exist, an unclosed quote or a stray character is reported with its column.
/// </summary>
public static partial class ScenarioLexer
{
    /// <summary>Tokenizes one line; returns null for a blank or comment-only line, or when the line has a mistake (reported in <paramref name="diagnostics"/>).</summary>
    public static ScenarioLine? Lex(string text, int lineNumber, string path, List<ScenarioDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var tokens = ImmutableArray.CreateBuilder<ScenarioToken>();
        var i = 0;
        var end = text.Length;
        void Error(int at, string message) => diagnostics.Add(new ScenarioDiagnostic(path, lineNumber, at + 1, message));

        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '#')
            {
                end = i;
                break;
            }

            if (c is '"' or '\u201C' or '\u201D')
            {
                var close = c == '\u201C' ? '\u201D' : c;
                var value = new StringBuilder();
                var j = i + 1;
                var closed = false;
                while (j < text.Length)
                {
                    if (close == '"' && text[j] == '\\' && j + 1 < text.Length && text[j + 1] == '"')
                    {
                        value.Append('"');
                        j += 2;
                        continue;
                    }

                    if (text[j] == close)
                    {
                        closed = true;
                        break;
                    }

                    value.Append(text[j]);
                    j++;
                }

                if (!closed)
                {
                    Error(i, "this quoted text has no closing quote: quoted text must end on the same line.");
                    return null;
                }

                tokens.Add(new ScenarioToken(ScenarioTokenKind.Quoted, value.ToString(), i + 1));
                i = j + 1;
                continue;
            }

            if (c == ',')
            {
                tokens.Add(new ScenarioToken(ScenarioTokenKind.Comma, ",", i + 1));
                i++;
                continue;
            }

            if (c == ':')
            {
                tokens.Add(new ScenarioToken(ScenarioTokenKind.Colon, ":", i + 1));
                i++;
                continue;
            }

            if (c == '.' && text.AsSpan(i + 1, end - i - 1).Trim().IsEmpty)
            {
                // A full stop ends the line, as in a sentence.
                i++;
                continue;
            }

            if (IsWordCharacter(c))
            {
                var start = i;
                while (i < end && (IsWordCharacter(text[i]) || (text[i] is '.' or ':' && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && i > start && char.IsAsciiDigit(text[i - 1]))))
                    i++;
                var token = Classify(text[start..i], start, Error);
                if (token is null)
                    return null;
                tokens.Add(token);
                continue;
            }

            Error(i, $"'{c}' is not expected here. Put text in quotes, and start a comment with '#'.");
            return null;
        }

        if (tokens.Count == 0)
            return null;
        var first = tokens[0].Column;
        var last = tokens[^1];
        var endColumn = last.Column + (last.Kind == ScenarioTokenKind.Quoted ? last.Text.Length + 2 : last.Text.Length);
        return new ScenarioLine(lineNumber, first, tokens.ToImmutable()) { EndColumn = endColumn, Text = text[..end].Trim() };
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '\'' or '\u2019' or '/';

    private static ScenarioToken? Classify(string word, int start, Action<int, string> error)
    {
        var column = start + 1;
        if (IsoDate().IsMatch(word))
        {
            if (!RecordedAt.TryParse(word, out var at))
            {
                error(start, NotADate(word));
                return null;
            }

            return new ScenarioToken(ScenarioTokenKind.Date, word, column) { Date = at.Date, Time = at.Time };
        }

        if (Time().IsMatch(word))
        {
            var parts = word.Split(':');
            var hour = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var minute = int.Parse(parts[1], CultureInfo.InvariantCulture);
            if (hour > 23 || minute > 59)
            {
                error(start, $"'{word}' is not a time of day: write hours 00 to 23 and minutes 00 to 59, as in 14:30.");
                return null;
            }

            return new ScenarioToken(ScenarioTokenKind.Time, word, column) { Time = new NodaTime.LocalTime(hour, minute) };
        }

        if (Number().IsMatch(word))
            return new ScenarioToken(ScenarioTokenKind.Number, word, column);

        if (OtherDate().Match(word) is { Success: true } other)
        {
            error(start, $"'{word}' is not a date in the form YYYY-MM-DD. {Suggest(other)}");
            return null;
        }

        return new ScenarioToken(ScenarioTokenKind.Word, word, column);
    }

    private static string NotADate(string word)
    {
        var parts = word[..10].Split('-');
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
            return $"'{word}' is not a date: there is no month {month}. Dates are written YYYY-MM-DD.";
        if (word.Length > 10)
            return $"'{word}' is not a date and time: write YYYY-MM-DDTHH:MM, as in 2025-01-06T14:30.";
        var days = year >= 1 ? NodaTime.CalendarSystem.Iso.GetDaysInMonth(year, month) : 31;
        var name = CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetMonthName(month);
        return $"'{word}' is not a date: {name} {year} has {days} days.";
    }

    private static string Suggest(Match match)
    {
        // 05/02/2025, 5-2-2025, 2025/02/05: say how to write it, reading day-first as the UK does.
        var a = match.Groups["a"].Value;
        var b = match.Groups["b"].Value;
        var c = match.Groups["c"].Value;
        var (year, month, day) = a.Length == 4 ? (a, b, c) : (c, b, a);
        return year.Length == 4 && int.TryParse(month, out var m) && int.TryParse(day, out var d)
            ? string.Create(CultureInfo.InvariantCulture, $"Write it as {year}-{m:00}-{d:00}.")
            : "Write dates as YYYY-MM-DD, as in 2025-02-05 for 5 February 2025.";
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\d{1,2}:\d{2}$")]
    private static partial Regex Time();

    [GeneratedRegex(@"^\d+(\.\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(?<a>\d{1,4})[/.\-](?<b>\d{1,2})[/.\-](?<c>\d{1,4})")]
    private static partial Regex OtherDate();
}
