using System.Collections.Immutable;
using System.Globalization;
using Directions.Compiler.Binding;
using Directions.Runtime.Evaluation;

namespace Directions.Compiler.Scenarios;

/// <summary>
/// Parses a scenario file. Keyword lines (<c>scenario</c>, <c>rule</c>, <c>as of</c>, <c>expect</c>,
/// <c>skip</c>, <c>directions</c>) are read here; the case-history lines are kept as tokens and read
/// against the vocabulary when the scenario runs. Strict: every mistake is reported with its line and
/// column, a scenario missing its rule, as-of date or expectation is a mistake, and a file with no
/// scenarios is a mistake, so a file never passes by testing nothing.
/// </summary>
public static class ScenarioParser
{
    private static readonly string[] LineKeywords = ["scenario", "rule", "as of", "expect", "skip", "directions", "worker"];

    /// <summary>Parses the text of a scenario file; <paramref name="path"/> names it in messages.</summary>
    public static ScenarioFile Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        var fileDiagnostics = new List<ScenarioDiagnostic>();
        var scenarios = new List<Scenario>();
        var directions = ImmutableArray<ScenarioText>.Empty;
        ScenarioDraft? current = null;

        void Finish()
        {
            if (current is null)
                return;
            scenarios.Add(current.Build(path));
            current = null;
        }

        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var lineText = lines[index].TrimEnd('\r');
            var lineNumber = index + 1;
            var lexErrors = new List<ScenarioDiagnostic>();
            var line = ScenarioLexer.Lex(lineText, lineNumber, path, lexErrors);
            if (line is null && lexErrors.Count > 0 && StartsScenario(lineText))
            {
                // A scenario line with a mistake still starts a scenario, so its lines are not blamed on the one before.
                Finish();
                current = new ScenarioDraft(new Scenario($"(line {lineNumber})", lineNumber, lineText.Length - lineText.TrimStart().Length + 1));
            }

            var sink = current?.Diagnostics ?? fileDiagnostics;
            sink.AddRange(lexErrors);
            current?.Saw(FirstWords(lineText));
            if (line is null)
                continue;

            var cursor = new TokenCursor(line);
            try
            {
                var first = line.Tokens[0];
                if (first.Is("scenario"))
                {
                    Finish();
                    current = new ScenarioDraft(new Scenario($"(line {lineNumber})", lineNumber, first.Column));
                    cursor.Next();
                    var name = cursor.Expect(ScenarioTokenKind.Quoted, "The scenario's name in quotes, as in scenario \"A late visit\",");
                    current.Scenario = current.Scenario with { Name = name.Text.Trim() };
                    if (name.Text.Trim().Length == 0)
                        throw TokenCursor.Fail(name, "the scenario's name is empty: say in a few words what the scenario shows.");
                    if (scenarios.Any(s => string.Equals(s.Name, name.Text.Trim(), StringComparison.OrdinalIgnoreCase)))
                        throw TokenCursor.Fail(name, $"there is already a scenario named \"{name.Text.Trim()}\" in this file (line {scenarios.First(s => string.Equals(s.Name, name.Text.Trim(), StringComparison.OrdinalIgnoreCase)).Line}): give each scenario its own name.");
                    cursor.ExpectEnd();
                }
                else if (first.Is("directions") || first.Is("direction"))
                {
                    cursor.Next();
                    var files = ReadQuotedList(cursor, "A direction file in quotes, as in directions \"bristol-cin-2021.pd\",");
                    if (current is null)
                    {
                        if (!directions.IsEmpty)
                            throw TokenCursor.Fail(first, $"the file already names its directions on line {directions[0].Line}: name them all on one line.");
                        if (scenarios.Count > 0)
                            throw TokenCursor.Fail(first, "a 'directions' line outside a scenario must come before the first scenario.");
                        directions = files;
                    }
                    else
                    {
                        if (!current.Scenario.Directions.IsEmpty)
                            throw TokenCursor.Fail(first, $"this scenario already names its directions on line {current.Scenario.Directions[0].Line}.");
                        current.Scenario = current.Scenario with { Directions = files };
                    }
                }
                else if (current is null)
                {
                    throw TokenCursor.Fail(first, "this line is outside any scenario: a scenario file holds scenarios, each starting with a line scenario \"name\" (an optional line directions \"file.pd\" may come first).");
                }
                else if (first.Is("rule"))
                {
                    ReadRule(cursor, current);
                }
                else if (first.Is("as") && cursor.Peek(1) is { } of && of.Is("of"))
                {
                    if (current.Scenario.AsOf is not null)
                        throw TokenCursor.Fail(first, $"the scenario already has an as-of date on line {current.AsOfLine}: give one.");
                    cursor.Position = 2;
                    var asOf = cursor.ExpectDate("The date of the check, as in as of 2025-04-01,");
                    cursor.ExpectEnd();
                    current.Scenario = current.Scenario with { AsOf = asOf };
                    current.AsOfLine = lineNumber;
                }
                else if (first.Is("expect") || first.Is("expected") || first.Is("expects"))
                {
                    if (current.Scenario.Expectation is { } previous)
                        throw TokenCursor.Fail(first, $"the scenario already has an 'expect' line on line {previous.Line}: a scenario checks one finding.");
                    current.Scenario = current.Scenario with { Expectation = ReadExpectation(cursor) };
                }
                else if (first.Is("skip") || first.Is("skipped"))
                {
                    if (current.Scenario.SkipReason is not null)
                        throw TokenCursor.Fail(first, "the scenario is already marked 'skip'.");
                    cursor.Next();
                    var reason = cursor.Expect(ScenarioTokenKind.Quoted, "The reason in quotes, as in skip \"the evaluator counts ... (a bug)\",");
                    if (reason.Text.Trim().Length == 0)
                        throw TokenCursor.Fail(reason, "say why the scenario is skipped.");
                    cursor.ExpectEnd();
                    current.Scenario = current.Scenario with { SkipReason = reason.Text.Trim() };
                }
                else
                {
                    current.History.Add(line);
                }
            }
            catch (ScenarioLineException ex)
            {
                (current?.Diagnostics ?? fileDiagnostics).Add(new ScenarioDiagnostic(path, lineNumber, ex.Column, ex.Message));
            }
        }

        Finish();
        if (scenarios.Count == 0)
            fileDiagnostics.Add(new ScenarioDiagnostic(path, 1, 1, "there are no scenarios in this file: a scenario file must test something. Start each scenario with a line scenario \"name\"."));
        return new ScenarioFile(path, directions, [.. scenarios], [.. fileDiagnostics]);
    }

    /// <summary>The words that start a keyword line, for suggestions.</summary>
    public static IReadOnlyList<string> Keywords => LineKeywords;

    /// <summary>The first two words of a line, lower case, so a keyword line with a mistake still counts as given.</summary>
    private static string FirstWords(string line) =>
        string.Join(' ', line.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries).Take(2)).ToLowerInvariant();

    private static bool StartsScenario(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("scenario", StringComparison.OrdinalIgnoreCase) && (trimmed.Length == 8 || char.IsWhiteSpace(trimmed[8]) || trimmed[8] is '"' or '\u201C');
    }

    private static ImmutableArray<ScenarioText> ReadQuotedList(TokenCursor cursor, string what)
    {
        var items = ImmutableArray.CreateBuilder<ScenarioText>();
        do
        {
            var token = cursor.Expect(ScenarioTokenKind.Quoted, what);
            if (token.Text.Trim().Length == 0)
                throw TokenCursor.Fail(token, "the file name is empty.");
            items.Add(new ScenarioText(token.Text.Trim(), cursor.Line.Number, token.Column));
        }
        while (cursor.Accept(ScenarioTokenKind.Comma));
        cursor.ExpectEnd();
        return items.ToImmutable();
    }

    private static void ReadRule(TokenCursor cursor, ScenarioDraft current)
    {
        var first = cursor.Next();
        if (current.Scenario.Rule is { } previous)
            throw TokenCursor.Fail(first, $"the scenario already names its rule on line {previous.Line}: a scenario tests one rule.");
        var name = cursor.Expect(ScenarioTokenKind.Quoted, "The rule's name in quotes, as in rule \"CIN visits\",");
        ScenarioText? version = null;
        cursor.Accept(ScenarioTokenKind.Comma);
        if (cursor.AcceptWords("version"))
        {
            var token = cursor.Peek() is { Kind: ScenarioTokenKind.Number or ScenarioTokenKind.Word or ScenarioTokenKind.Quoted } v
                ? cursor.Next()
                : throw cursor.Fail($"the version was expected {cursor.Here()}, as in version 2021.1.");
            version = new ScenarioText(token.Text, cursor.Line.Number, token.Column);
        }

        cursor.ExpectEnd();
        current.Scenario = current.Scenario with { Rule = new ScenarioText(name.Text.Trim(), cursor.Line.Number, name.Column), Version = version };
    }

    private static ScenarioExpectation ReadExpectation(TokenCursor cursor)
    {
        var keyword = cursor.Next();
        var statusToken = cursor.Peek() ?? throw cursor.Fail(StatusHelp("the expected status"));
        FindingStatus? status = null;
        foreach (var (candidate, words) in ScenarioStatusNames.All)
        {
            if (cursor.AcceptWords(words))
            {
                status = candidate;
                break;
            }
        }

        if (status is null)
        {
            var suggestion = SpellingSuggester.DidYouMean(statusToken.Text, ScenarioStatusNames.All.Select(s => string.Join(' ', s.Words)));
            throw TokenCursor.Fail(statusToken, $"'{statusToken}' is not a finding.{suggestion} {StatusHelp("The status")}");
        }

        if (status == FindingStatus.Breached)
            cursor.AcceptWords("in", "the", "past");
        var expectation = new ScenarioExpectation(status.Value, cursor.Line.Number, keyword.Column);
        while (!cursor.AtEnd)
        {
            cursor.Accept(ScenarioTokenKind.Comma);
            var token = cursor.Peek() ?? throw cursor.Fail("something was expected after the comma.");
            if (token.Is("since"))
            {
                cursor.Next();
                OnlyWhenOverdue(token, status.Value, "'since' says when the finding became overdue");
                if (expectation.OverdueSince is not null)
                    throw TokenCursor.Fail(token, "'since' is given twice.");
                expectation = expectation with { OverdueSince = cursor.ExpectDate("The first day overdue, as in since 2025-06-17,") };
            }
            else if (token.Is("by"))
            {
                cursor.Next();
                OnlyWhenOverdue(token, status.Value, "'by N days' says how long the finding has been overdue");
                if (expectation.DaysOverdue is not null)
                    throw TokenCursor.Fail(token, "'by N days' is given twice.");
                var days = cursor.Expect(ScenarioTokenKind.Number, "A number of days, as in by 4 days,");
                if (!cursor.AcceptWords("days") && !cursor.AcceptWords("day"))
                    throw cursor.Fail($"'days' was expected {cursor.Here()}: write by {days.Text} days.");
                expectation = expectation with { DaysOverdue = WholeNumber(days) };
            }
            else if (token.Is("next"))
            {
                cursor.Next();
                cursor.ExpectWords("'due'", "due");
                if (expectation.NextDue is not null)
                    throw TokenCursor.Fail(token, "'next due' is given twice.");
                expectation = expectation with { NextDue = cursor.ExpectDate("The date the next one is due, as in next due 2025-04-17,") };
            }
            else if (token.Kind == ScenarioTokenKind.Number && cursor.Peek(1) is { } unit && (unit.Is("breach") || unit.Is("breaches")))
            {
                cursor.Position += 2;
                if (expectation.Breaches is not null)
                    throw TokenCursor.Fail(token, "the number of breaches is given twice.");
                expectation = expectation with { Breaches = WholeNumber(token) };
            }
            else if (token.Is("no") && cursor.Peek(1) is { } none && none.Is("breaches"))
            {
                cursor.Position += 2;
                expectation = expectation with { Breaches = 0 };
            }
            else if (token.Kind == ScenarioTokenKind.Colon)
            {
                cursor.Next();
                var fragments = ImmutableArray.CreateBuilder<string>();
                do
                {
                    var fragment = cursor.Expect(ScenarioTokenKind.Quoted, "Part of the explanation in quotes, as in : \"43 days passed\",");
                    if (fragment.Text.Replace("...", string.Empty, StringComparison.Ordinal).Trim().Length == 0)
                        throw TokenCursor.Fail(fragment, "the quoted part of the explanation is empty: it would match any explanation.");
                    fragments.Add(fragment.Text);
                }
                while (cursor.Accept(ScenarioTokenKind.Comma));
                cursor.ExpectEnd();
                expectation = expectation with { Fragments = fragments.ToImmutable() };
            }
            else
            {
                throw TokenCursor.Fail(token, $"'{token}' is not expected here. After the status may come: since DATE, by N days, next due DATE, N breaches, and a colon with parts of the explanation in quotes.");
            }
        }

        return expectation;
    }

    private static void OnlyWhenOverdue(ScenarioToken token, FindingStatus status, string what)
    {
        if (status != FindingStatus.Overdue)
            throw TokenCursor.Fail(token, $"{what}, so it only goes with 'expect overdue', not 'expect {ScenarioStatusNames.Name(status)}'.");
    }

    private static int WholeNumber(ScenarioToken token) =>
        int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw TokenCursor.Fail(token, $"'{token.Text}' is not a whole number.");

    private static string StatusHelp(string what) =>
        $"{what} is one of: met, due, overdue, breached, not applicable, insufficient data.";

    /// <summary>A scenario being read: its lines so far and its mistakes.</summary>
    private sealed class ScenarioDraft(Scenario scenario)
    {
        public Scenario Scenario { get; set; } = scenario;

        public List<ScenarioLine> History { get; } = [];

        public List<ScenarioDiagnostic> Diagnostics { get; } = [];

        public int AsOfLine { get; set; }

        private bool _sawRule;
        private bool _sawAsOf;
        private bool _sawExpect;

        /// <summary>Notes a keyword line by its first words, even one with a mistake, so its mistake is not reported again as a missing line.</summary>
        public void Saw(string firstWords)
        {
            _sawRule |= firstWords.StartsWith("rule", StringComparison.Ordinal);
            _sawAsOf |= firstWords.StartsWith("as of", StringComparison.Ordinal);
            _sawExpect |= firstWords.StartsWith("expect", StringComparison.Ordinal);
        }

        public Scenario Build(string path)
        {
            var missing = new List<string>();
            if (Scenario.Rule is null && !_sawRule)
                missing.Add("a line rule \"name\" saying which rule it tests");
            if (Scenario.AsOf is null && !_sawAsOf)
                missing.Add("a line as of DATE giving the date of the check");
            if (Scenario.Expectation is null && !_sawExpect)
                missing.Add("a line expect ... giving the finding expected");
            if (missing.Count > 0)
                Diagnostics.Add(new ScenarioDiagnostic(path, Scenario.Line, Scenario.Column, $"the scenario \"{Scenario.Name}\" needs {string.Join(", ", missing)}."));
            return Scenario with { History = [.. History], Diagnostics = [.. Diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)] };
        }
    }
}
