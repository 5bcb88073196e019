using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Directions.Compiler.Binding;
using Directions.Compiler.Interpretation;
using Directions.Compiler.Symbols;
using Directions.Runtime.CaseData;
using Directions.Runtime.Evaluation;
using Directions.Runtime.Loading;
using Directions.Runtime.Time;
using NodaTime;

namespace Directions.Compiler.Scenarios;

/// <summary>
/// Reads a scenario's history lines against the vocabulary and makes the case they describe. Each line
/// names a vocabulary term, so a scenario speaks its direction's words:
/// <list type="bullet">
/// <item>an event or record with its dates: <c>CIN visits on 2025-01-10, 2025-02-05</c> makes one row per date that
/// meets the term's definition (a visit of kind CIN where the child was seen);</item>
/// <item>a period: <c>CIN plan from 2025-01-31 to 2025-06-30</c>; a record in force over days:
/// <c>rationale from 2025-02-01 to 2025-03-31</c> or <c>rationale on 2025-02-01, in force until 2025-03-31</c>;</item>
/// <item>actions after the dates: <c>chaired by W1, a qualified social worker</c>, <c>shared with family on 2025-02-12</c>,
/// <c>not shared with family</c>; any other field: <c>with topic "visiting frequency"</c>;</item>
/// <item>a cohort the child is in (or, after <c>not</c>, is not in): <c>long-term DCSS</c>; the child's own fields:
/// <c>born 2009-05-01</c>, <c>disabled</c>, <c>service area "DCSS"</c>, <c>team ASWU-01</c>;</item>
/// <item>a worker: <c>worker W1 is a team manager, qualified</c>; <c>worker W9 is unknown</c> (named on records, missing from the caseload);</item>
/// <item>a row no term describes: <c>record in visits on 2025-02-05 with kind "CIN" and child seen no</c>.</item>
/// </list>
/// Once made, every record is checked against the terms that made it, and the child against its cohorts
/// on the as-of date; a line that cannot be true is an error at its line and column, never a silent pass.
/// </summary>
public sealed partial class ScenarioCaseBuilder
{
    private static readonly string[] Articles = ["a", "an", "the"];

    private readonly Scenario _scenario;
    private readonly VocabularySymbol _vocabulary;
    private readonly string _path;
    private readonly LocalDate _asOf;
    private readonly WorkingDayCalendar _calendar;
    private readonly List<ScenarioDiagnostic> _diagnostics = [];
    private readonly RecordDraft _child;
    private readonly List<RecordDraft> _rows = [];
    private readonly Dictionary<string, WorkerDraft> _workers = new(StringComparer.Ordinal);

    private ScenarioCaseBuilder(Scenario scenario, VocabularySymbol vocabulary, string path, WorkingDayCalendar calendar)
    {
        _scenario = scenario;
        _vocabulary = vocabulary;
        _path = path;
        _asOf = scenario.AsOf ?? throw new ArgumentException("The scenario has no as-of date.", nameof(scenario));
        _calendar = calendar;
        _child = new RecordDraft(Child.Table, "the child", scenario.Line, scenario.Column) { Date = _asOf };
    }

    /// <summary>
    /// Makes the case a scenario describes; returns null, with the reasons in <paramref name="diagnostics"/>,
    /// when a line names no term, contradicts another, or describes a record that cannot be true.
    /// </summary>
    public static ScenarioCase? Build(Scenario scenario, VocabularySymbol vocabulary, string path, List<ScenarioDiagnostic> diagnostics, WorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var builder = new ScenarioCaseBuilder(scenario, vocabulary, path, calendar ?? WorkingDayCalendar.EnglandAndWales);
        var result = builder.Build();
        diagnostics.AddRange(builder._diagnostics);
        return result;
    }

    private ScenarioCase? Build()
    {
        foreach (var line in _scenario.History)
        {
            try
            {
                ReadLine(new TokenCursor(line));
            }
            catch (ScenarioLineException ex)
            {
                Error(line.Number, ex.Column, ex.Message);
            }
        }

        foreach (var worker in _workers.Values.Where(w => !w.Described))
        {
            Error(worker.FirstMention.Line, worker.FirstMention.Column,
                $"the scenario does not say who {worker.Id} is: add a line worker {worker.Id} is a qualified social worker (or whatever {worker.Id} is), or write 'by {worker.Id}, a qualified social worker'. For a worker missing from the caseload, write worker {worker.Id} is unknown.");
        }

        if (_diagnostics.Count > 0)
            return null;
        var made = Make();
        if (made is null)
            return null;
        Verify(made);
        return _diagnostics.Count > 0 ? null : made;
    }

    // ------------------------------------------------------------------ lines

    private void ReadLine(TokenCursor cursor)
    {
        if (cursor.IsWords("worker"))
        {
            ReadWorkerLine(cursor);
            return;
        }

        if (cursor.IsWords("record", "in"))
        {
            ReadRawRecords(cursor);
            return;
        }

        var start = cursor.Position;
        var negated = cursor.AcceptWords("not");
        var (term, termToken) = ReadTerm(cursor);
        if (term is null)
        {
            cursor.Position = start;
            if (ReadChildField(cursor))
                return;
            throw UnknownTerm(cursor, start, "a term of the vocabulary (an event, record, period or cohort), nor a fact about the child (born, disabled, service area, team)", _vocabulary.Terms.Where(t => t.Kind is not (TermKind.Role or TermKind.Action)), ["born", "disabled", "service area", "team", "worker", "record in"]);
        }

        switch (term.Kind)
        {
            case TermKind.Cohort:
                ReadCohort(cursor, term, termToken, !negated);
                break;
            case TermKind.Role:
                throw TokenCursor.Fail(termToken, $"'{term.Name}' is a role, which describes a worker: write worker W1 is a {term.Name}, or after an event 'chaired by W1, a {term.Name}'.");
            case TermKind.Action:
                throw TokenCursor.Fail(termToken, $"'{term.Name}' is an action, which is recorded on an event: write it after the event's date, as in 'CIN review on 2025-02-28, {term.Name}{(term.Field?.Type == FieldType.Worker ? " by W1" : string.Empty)}'.");
            default:
                if (negated)
                    throw TokenCursor.Fail(cursor.Line.Tokens[start], $"'not' only goes before a cohort. To say there was no {term.Name}, leave it out of the history.");
                ReadRecords(cursor, new RecordKind(term.Name, term.Kind, term.Table?.Name, term.Condition, term.DateField?.Name), termToken);
                break;
        }
    }

    /// <summary>The longest run of words from the cursor that the vocabulary knows, or a quoted term.</summary>
    private (TermSymbol? Term, ScenarioToken Token) ReadTerm(TokenCursor cursor, Func<TermSymbol, bool>? accept = null)
    {
        var first = cursor.Peek() ?? throw cursor.Fail("a term was expected at the end of the line.");
        if (first.Kind == ScenarioTokenKind.Quoted)
        {
            var quoted = _vocabulary.Find(first.Text);
            if (quoted is not null && (accept is null || accept(quoted)))
            {
                cursor.Next();
                return (quoted, first);
            }

            return (null, first);
        }

        var words = new List<string>();
        for (var i = 0; cursor.Peek(i) is { Kind: ScenarioTokenKind.Word or ScenarioTokenKind.Number } token; i++)
            words.Add(token.Text);
        for (var count = words.Count; count > 0; count--)
        {
            var term = _vocabulary.Find(string.Join(' ', words.Take(count)));
            if (term is not null && (accept is null || accept(term)))
            {
                cursor.Position += count;
                return (term, first);
            }
        }

        return (null, first);
    }

    private ScenarioLineException UnknownTerm(TokenCursor cursor, int start, string what, IEnumerable<TermSymbol> terms, IEnumerable<string> extra)
    {
        cursor.Position = start;
        var first = cursor.Peek()!;
        var written = first.Kind == ScenarioTokenKind.Quoted ? first.Text : string.Join(' ', WordsUntilBoundary(cursor));
        var candidates = terms.SelectMany(t => t.Synonyms.Prepend(t.Name)).Concat(extra).ToList();
        var suggestion = SpellingSuggester.DidYouMean(written, candidates);
        if (suggestion.Length == 0 && ScenarioParser.Keywords.FirstOrDefault(k => SpellingSuggester.Suggest(first.Text, [k]) is not null) is { } keyword)
            suggestion = $" Did you mean '{keyword}'?";
        return TokenCursor.Fail(first, $"'{written}' is not {what}.{suggestion}");
    }

    private static IEnumerable<string> WordsUntilBoundary(TokenCursor cursor)
    {
        for (var i = 0; cursor.Peek(i) is { Kind: ScenarioTokenKind.Word or ScenarioTokenKind.Number } token && !(i > 0 && (token.Is("on") || token.Is("from") || token.Is("by"))); i++)
            yield return token.Text;
    }

    // ------------------------------------------------------------------ the child

    private void ReadCohort(TokenCursor cursor, TermSymbol cohort, ScenarioToken token, bool want)
    {
        cursor.ExpectEnd();
        var source = $"'{(want ? string.Empty : "not ")}{cohort.Name}' (line {cursor.Line.Number})";
        _child.Fields = ConditionSolver.Solve(cohort.Condition, want, _child.Fields, Child.Table, source)
            ?? throw TokenCursor.Fail(token, $"the child cannot be {(want ? string.Empty : "outside ")}'{cohort.Name}' ({cohort.Condition}): {Said(_child, cohort.Condition)}.");
        _child.Checks.Add((cohort.Condition!, want, cohort.Name, cursor.Line.Number, token.Column));
    }

    /// <summary><c>born DATE</c>, <c>disabled</c>, <c>not disabled</c>, <c>service area "DCSS"</c>, <c>team ASWU-01</c>: the child's own fields.</summary>
    private bool ReadChildField(TokenCursor cursor)
    {
        var start = cursor.Position;
        var negated = cursor.AcceptWords("not");
        var first = cursor.Peek();
        if (first is null)
            return false;
        CaseField? field;
        if (first.Is("born"))
        {
            cursor.Next();
            field = Child.Table.FindField("date_of_birth");
        }
        else
        {
            field = ReadFieldName(cursor, Child.Table);
        }

        if (field is null || field.IsComputed)
        {
            cursor.Position = start;
            return false;
        }

        var source = $"line {cursor.Line.Number}";
        var constraint = ReadFieldValue(cursor, field, negated, first, "the child");
        cursor.ExpectEnd();
        _child.Fields = ConditionSolver.Put(_child.Fields, field.Name, constraint with { Source = source })
            ?? throw TokenCursor.Fail(first, $"this contradicts what the scenario already says about the child: {field.Name} {_child.Fields[field.Name].Describe()} ({_child.Fields[field.Name].Source}).");
        return true;
    }

    /// <summary>Field names written as words: <c>service area</c> for <c>service_area</c>, <c>child seen alone</c> for <c>child_seen_alone</c>.</summary>
    private static CaseField? ReadFieldName(TokenCursor cursor, CaseTable table)
    {
        var words = new List<string>();
        for (var i = 0; cursor.Peek(i) is { Kind: ScenarioTokenKind.Word } token; i++)
            words.Add(token.Text.ToLowerInvariant());
        for (var count = words.Count; count > 0; count--)
        {
            if (table.FindField(string.Join('_', words.Take(count))) is { } field)
            {
                cursor.Position += count;
                return field;
            }
        }

        return null;
    }

    /// <summary>The value after a field name: yes/no or nothing for a flag, text (quoted, or the words to the end of the line), a date, a number.</summary>
    private static FieldConstraint ReadFieldValue(TokenCursor cursor, CaseField field, bool negated, ScenarioToken at, string owner, bool stopAtAnd = false)
    {
        cursor.AcceptWords("is");
        if (field.Type == CaseFieldType.Flag)
        {
            var value = !negated;
            if (cursor.AcceptWords("yes"))
                value = !negated;
            else if (cursor.AcceptWords("no"))
                value = negated;
            return FieldConstraint.Is(value, string.Empty);
        }

        if (negated)
        {
            if (cursor.AtEnd || cursor.Peek()!.Kind == ScenarioTokenKind.Comma)
                return FieldConstraint.Empty(string.Empty);
            throw TokenCursor.Fail(at, $"'not' before '{field.Name}' means it is not recorded; give no value after it.");
        }

        var token = cursor.Peek() ?? throw cursor.Fail($"a value for {owner}'s '{field.Name}' was expected at the end of the line.");
        switch (field.Type)
        {
            case CaseFieldType.Date or CaseFieldType.DateTime:
                return FieldConstraint.Is(cursor.ExpectDate($"A date for {owner}'s '{field.Name}'"), string.Empty);
            case CaseFieldType.Number:
                var number = cursor.Expect(ScenarioTokenKind.Number, $"A number for {owner}'s '{field.Name}'");
                return FieldConstraint.Is(decimal.Parse(number.Text, CultureInfo.InvariantCulture), string.Empty);
            default:
                if (token.Kind == ScenarioTokenKind.Quoted)
                    return FieldConstraint.Is(cursor.Next().Text, string.Empty);
                var words = new List<string>();
                while (cursor.Peek() is { Kind: ScenarioTokenKind.Word or ScenarioTokenKind.Number } word && !(stopAtAnd && word.Is("and")))
                    words.Add(cursor.Next().Text);
                if (words.Count == 0)
                    throw TokenCursor.Fail(token, $"a value for {owner}'s '{field.Name}' was expected here, as text in quotes.");
                return FieldConstraint.Is(string.Join(' ', words), string.Empty);
        }
    }

    // ------------------------------------------------------------------ events, records and periods

    /// <summary><c>record in visits on 2025-02-05 with kind "CIN" and child seen no</c>: a row no term describes, such as a visit where the child was not seen.</summary>
    private void ReadRawRecords(TokenCursor cursor)
    {
        cursor.Position += 2;
        var tableToken = cursor.Peek() ?? throw cursor.Fail("the name of a table of the case data was expected at the end of the line, as in record in visits on 2025-02-05 with kind \"CIN\".");
        CaseTable? table = null;
        var words = new List<string>();
        for (var i = 0; cursor.Peek(i) is { Kind: ScenarioTokenKind.Word } token && !token.Is("on") && !token.Is("from"); i++)
            words.Add(token.Text.ToLowerInvariant());
        for (var count = words.Count; count > 0 && table is null; count--)
        {
            table = CaseDataModel.FindTable(string.Join('_', words.Take(count)));
            if (table is not null)
                cursor.Position += count;
        }

        if (table is null)
        {
            var names = CaseDataModel.Tables.Select(t => t.Name.Replace('_', ' ')).ToList();
            throw TokenCursor.Fail(tableToken, $"'{string.Join(' ', words.DefaultIfEmpty(tableToken.Text))}' is not a table of the case data.{SpellingSuggester.DidYouMean(string.Join(' ', words), names)} The tables are: {string.Join(", ", names)}.");
        }

        ReadRecords(cursor, new RecordKind($"{table.Name.Replace('_', ' ')} record", TermKind.Event, table.Name, null, null), tableToken);
    }

    private void ReadRecords(TokenCursor cursor, RecordKind term, ScenarioToken termToken)
    {
        var table = term.Table is null ? null : CaseDataModel.FindTable(term.Table);
        if (table is null)
            throw TokenCursor.Fail(termToken, $"'{term.Name}' means rows of '{term.Table}', which scenarios cannot make.");
        var dateField = table.FindField(term.DateField ?? table.DateField!)!;
        var isPeriod = term.Kind is TermKind.Period or TermKind.Subject;
        var hasPeriod = table.StartField is not null && table.EndField is not null;
        var dates = new List<(LocalDate Date, LocalTime? Time, int Column)>();
        (LocalDate Date, int Column)? from = null;
        (LocalDate Date, int Column)? to = null;

        if (cursor.IsWords("on"))
        {
            if (isPeriod)
                throw cursor.Fail($"'{term.Name}' is a period: write '{term.Name} from DATE', and 'to DATE' if it has ended.");
            cursor.Next();
            do
            {
                var token = cursor.Expect(ScenarioTokenKind.Date, $"A date (YYYY-MM-DD) for the {term.Name}");
                var time = token.Time;
                if (cursor.AcceptWords("at"))
                    time = cursor.Expect(ScenarioTokenKind.Time, "A time of day, as in at 14:30,").Time;
                if (time is not null && dateField.Type != CaseFieldType.DateTime)
                    throw TokenCursor.Fail(token, $"a {term.Name} is recorded with a date only ({table.Name}.{dateField.Name}), so it cannot have a time of day.");
                dates.Add((token.Date, time, token.Column));
            }
            while (NextDate(cursor));
        }
        else if (cursor.IsWords("from"))
        {
            if (!hasPeriod)
                throw cursor.Fail($"a {term.Name} happens on a day: write '{term.Name} on DATE'.");
            cursor.Next();
            var start = cursor.Peek();
            from = (cursor.ExpectDate($"The date the {term.Name} started"), start!.Column);
            if (cursor.AcceptWords("to") || cursor.AcceptWords("until"))
            {
                var endToken = cursor.Peek();
                to = (cursor.ExpectDate($"The date the {term.Name} ended"), endToken!.Column);
                if (to.Value.Date < from.Value.Date)
                    throw TokenCursor.Fail(endToken, $"the {term.Name} cannot end ({RecordedAt.FormatDate(to.Value.Date)}) before it starts ({RecordedAt.FormatDate(from.Value.Date)}).");
            }
        }
        else
        {
            throw cursor.Fail(isPeriod
                ? $"'from DATE' was expected {cursor.Here()}: write '{term.Name} from DATE', and 'to DATE' if it has ended."
                : $"'on DATE' was expected {cursor.Here()}: write '{term.Name} on DATE'{(hasPeriod ? $" (or '{term.Name} from DATE to DATE')" : string.Empty)}.");
        }

        var attributes = ReadAttributes(cursor, term, table, hasPeriod);
        var occurrences = dates.Count > 0
            ? dates.Select(d => (d.Date, d.Time, d.Column, End: (LocalDate?)null)).ToList()
            : [(from!.Value.Date, null, from.Value.Column, to?.Date)];
        foreach (var (date, time, column, end) in occurrences)
        {
            var description = $"the {term.Name} {(dates.Count > 0 ? "on" : "from")} {DateText.Format(date)}";
            var row = new RecordDraft(table, description, cursor.Line.Number, column) { Date = date };
            var source = $"the meaning of '{term.Name}'";
            row.Fields = ConditionSolver.Solve(term.Condition, true, row.Fields, table, source)
                ?? throw TokenCursor.Fail(termToken, $"no record can be a '{term.Name}' ({term.Condition}).");
            object dated = dateField.Type == CaseFieldType.DateTime ? new RecordedAt(date, time) : date;
            if (dates.Count > 0)
            {
                Put(row, dateField.Name, FieldConstraint.Is(dated, $"the date (line {cursor.Line.Number})"), column);
            }
            else
            {
                Put(row, table.StartField!, FieldConstraint.Is(date, $"the start (line {cursor.Line.Number})"), column);
                if (end is { } e)
                    Put(row, table.EndField!, FieldConstraint.Is(e, $"the end (line {cursor.Line.Number})"), to!.Value.Column);
                if (dateField.Name != table.StartField && dateField.Name != table.EndField)
                    Put(row, dateField.Name, FieldConstraint.Is(dated, $"the start (line {cursor.Line.Number})"), column);
            }

            foreach (var (field, constraint, at) in attributes)
                Put(row, field, constraint, at);
            if (term.Condition is not null)
                row.Checks.Add((term.Condition, true, term.Name, cursor.Line.Number, termToken.Column));
            _rows.Add(row);
        }
    }

    private static string DatingField(CaseTable table, RecordKind term) => term.DateField ?? table.DateField!;

    private static bool NextDate(TokenCursor cursor)
    {
        if (cursor.Peek() is { Kind: ScenarioTokenKind.Comma } && cursor.Peek(1) is { Kind: ScenarioTokenKind.Date })
        {
            cursor.Next();
            return true;
        }

        if (cursor.Peek() is { } and && and.Is("and") && cursor.Peek(1) is { Kind: ScenarioTokenKind.Date })
        {
            cursor.Next();
            return true;
        }

        return false;
    }

    private static void Put(RecordDraft row, string field, FieldConstraint constraint, int column)
    {
        row.Fields = ConditionSolver.Put(row.Fields, field, constraint)
            ?? throw new ScenarioLineException(column,
                $"{row.Description} cannot have {field} {constraint.Describe()} ({constraint.Source}): {field} {row.Fields[field].Describe()} by {row.Fields[field].Source}.");
    }

    /// <summary>What follows the dates: actions, <c>in force from ... to ...</c>, <c>with FIELD VALUE</c>.</summary>
    private List<(string Field, FieldConstraint Constraint, int Column)> ReadAttributes(TokenCursor cursor, RecordKind term, CaseTable table, bool hasPeriod)
    {
        var attributes = new List<(string, FieldConstraint, int)>();
        var source = $"line {cursor.Line.Number}";
        while (!cursor.AtEnd)
        {
            cursor.Accept(ScenarioTokenKind.Comma);
            var token = cursor.Peek() ?? throw cursor.Fail("something was expected after the comma.");
            if (cursor.AcceptWords("in", "force"))
            {
                if (!hasPeriod || term.Kind is TermKind.Period or TermKind.Subject)
                    throw TokenCursor.Fail(token, $"a {term.Name} is not in force over days; only records such as case notes are.");
                if (cursor.AcceptWords("from"))
                {
                    attributes.Add((table.StartField!, FieldConstraint.Is(cursor.ExpectDate("The first day in force"), source), token.Column));
                    if (!cursor.AcceptWords("to") && !cursor.AcceptWords("until"))
                        continue;
                }
                else if (!cursor.AcceptWords("until") && !cursor.AcceptWords("to"))
                {
                    throw cursor.Fail($"'from DATE' or 'until DATE' was expected {cursor.Here()}.");
                }

                attributes.Add((table.EndField!, FieldConstraint.Is(cursor.ExpectDate("The last day in force"), source), token.Column));
                continue;
            }

            if (cursor.AcceptWords("with"))
            {
                do
                {
                    var negated = cursor.AcceptWords("no") || cursor.AcceptWords("not");
                    var fieldToken = cursor.Peek() ?? throw cursor.Fail($"a field of {table.Name} was expected at the end of the line.");
                    var field = ReadFieldName(cursor, table);
                    if (field is null || field.Name == "id" || field.Name == DatingField(table, term))
                        throw TokenCursor.Fail(fieldToken, $"'{fieldToken}' is not a field of {table.Name} that 'with' can set. Its fields are: {string.Join(", ", table.Fields.Where(f => f.Name != "id" && f.Name != DatingField(table, term)).Select(f => f.Name.Replace('_', ' ')))}.");
                    attributes.Add((field.Name, ReadFieldValue(cursor, field, negated, fieldToken, $"the {term.Name}", stopAtAnd: true) with { Source = source }, fieldToken.Column));
                }
                while (cursor.AcceptWords("and"));
                continue;
            }

            var start = cursor.Position;
            var notDone = cursor.AcceptWords("not");
            var (action, actionToken) = ReadTerm(cursor, t => t.Kind == TermKind.Action);
            if (action is null)
            {
                cursor.Position = start;
                throw TokenCursor.Fail(token,
                    $"'{string.Join(' ', WordsUntilBoundary(cursor).DefaultIfEmpty(token.ToString()))}' is not something I can record on a {term.Name}.{SpellingSuggester.DidYouMean(string.Join(' ', WordsUntilBoundary(cursor)), _vocabulary.Terms.Where(t => t.Kind == TermKind.Action).SelectMany(t => t.Synonyms.Prepend(t.Name)).Concat(["in force", "with"]))} After the dates may come an action ('chaired by W1', 'shared with family on DATE'), 'in force from DATE to DATE' for a record, or 'with FIELD VALUE'.");
            }

            var actionField = action.Field is null ? null : table.FindField(action.Field.Name);
            if (actionField is null)
                throw TokenCursor.Fail(actionToken, $"a {term.Name} does not record '{action.Name}' ({table.Name} has no field '{action.Field?.Name}').");
            if (notDone)
            {
                attributes.Add((actionField.Name, actionField.Type == CaseFieldType.Flag ? FieldConstraint.Is(false, source) : FieldConstraint.Empty(source), actionToken.Column));
                continue;
            }

            switch (actionField.Type)
            {
                case CaseFieldType.Worker:
                    cursor.ExpectWords($"'by' and who {action.Name} it, as in '{action.Name} by W1',", "by");
                    var who = cursor.Peek() is { Kind: ScenarioTokenKind.Word or ScenarioTokenKind.Number or ScenarioTokenKind.Quoted } w
                        ? cursor.Next()
                        : throw cursor.Fail($"the worker's id was expected {cursor.Here()}, as in '{action.Name} by W1'.");
                    var worker = Worker(who.Text, cursor.Line.Number, who.Column);
                    ReadRoleDescriptions(cursor, worker);
                    attributes.Add((actionField.Name, FieldConstraint.Is(who.Text, source), actionToken.Column));
                    break;
                case CaseFieldType.Date or CaseFieldType.DateTime:
                    attributes.Add((actionField.Name, cursor.AcceptWords("on")
                        ? FieldConstraint.Is(cursor.ExpectDate($"The date it was {action.Name}"), source)
                        : FieldConstraint.Filled(source), actionToken.Column));
                    break;
                case CaseFieldType.Flag:
                    attributes.Add((actionField.Name, FieldConstraint.Is(true, source), actionToken.Column));
                    break;
                default:
                    attributes.Add((actionField.Name, cursor.Peek() is { Kind: ScenarioTokenKind.Quoted }
                        ? FieldConstraint.Is(cursor.Next().Text, source)
                        : FieldConstraint.Filled(source), actionToken.Column));
                    break;
            }
        }

        return attributes;
    }

    // ------------------------------------------------------------------ workers

    private WorkerDraft Worker(string id, int line, int column)
    {
        if (!_workers.TryGetValue(id, out var worker))
        {
            worker = new WorkerDraft(id, new RecordDraft(Runtime.CaseData.Worker.Table, $"worker {id}", line, column) { Date = _asOf }, (line, column));
            worker.Draft.Fields = worker.Draft.Fields.SetItem("id", FieldConstraint.Is(id, $"line {line}"));
            _workers[id] = worker;
        }

        return worker;
    }

    /// <summary>After 'by W1': ', a qualified social worker', 'who is a team manager and a qualified social worker', ', not a qualified social worker'.</summary>
    private void ReadRoleDescriptions(TokenCursor cursor, WorkerDraft worker)
    {
        var start = cursor.Position;
        cursor.Accept(ScenarioTokenKind.Comma);
        if (!cursor.AcceptWords("who", "is"))
            cursor.AcceptWords("who's");
        var any = false;
        while (true)
        {
            var before = cursor.Position;
            if (!ReadRole(cursor, worker))
            {
                cursor.Position = any ? before : start;
                return;
            }

            any = true;
            var and = cursor.Position;
            if (!cursor.AcceptWords("and"))
                return;
            if (!ReadRole(cursor, worker))
            {
                cursor.Position = and;
                return;
            }
        }
    }

    /// <summary>Reads '[a|an] [not] [a|an] ROLE' and applies it to the worker; false, having read nothing, when no role comes next.</summary>
    private bool ReadRole(TokenCursor cursor, WorkerDraft worker)
    {
        var start = cursor.Position;
        var at = cursor.Peek();
        if (at is null)
            return false;
        var negated = false;
        var (role, token) = ReadTerm(cursor, t => t.Kind == TermKind.Role);
        if (role is null)
        {
            SkipArticle(cursor);
            negated = cursor.AcceptWords("not");
            SkipArticle(cursor);
            if (cursor.AtEnd)
            {
                cursor.Position = start;
                return false;
            }

            (role, token) = ReadTerm(cursor, t => t.Kind == TermKind.Role);
        }

        if (role is null)
        {
            cursor.Position = start;
            return false;
        }

        var source = $"'{(negated ? "not " : string.Empty)}{role.Name}' (line {cursor.Line.Number})";
        worker.Draft.Fields = ConditionSolver.Solve(role.Condition, !negated, worker.Draft.Fields, Runtime.CaseData.Worker.Table, source)
            ?? throw TokenCursor.Fail(at ?? token, $"{worker.Id} cannot be {(negated ? "not " : string.Empty)}'{role.Name}' ({role.Condition}): {Said(worker.Draft, role.Condition)}.");
        worker.Draft.Checks.Add((role.Condition!, !negated, role.Name, cursor.Line.Number, token.Column));
        worker.Described = true;
        return true;
    }

    private static void SkipArticle(TokenCursor cursor)
    {
        foreach (var article in Articles)
        {
            if (cursor.AcceptWords(article))
                return;
        }
    }

    /// <summary><c>worker W1 is a team manager, qualified</c>; <c>worker W2 is not a qualified social worker</c>; <c>worker W9 is unknown</c>.</summary>
    private void ReadWorkerLine(TokenCursor cursor)
    {
        cursor.Next();
        var idToken = cursor.Peek() is { Kind: ScenarioTokenKind.Word or ScenarioTokenKind.Number or ScenarioTokenKind.Quoted } t
            ? cursor.Next()
            : throw cursor.Fail($"the worker's id was expected {cursor.Here()}, as in worker W1 is a qualified social worker.");
        var worker = Worker(idToken.Text, cursor.Line.Number, idToken.Column);
        worker.Described = true; // even if the line has a mistake: one mistake, one message
        if (!cursor.AcceptWords("is") && !cursor.Accept(ScenarioTokenKind.Colon))
            throw cursor.Fail($"'is' was expected {cursor.Here()}, as in worker {idToken.Text} is a qualified social worker.");
        do
        {
            var token = cursor.Peek() ?? throw cursor.Fail($"what {idToken.Text} is was expected at the end of the line: a role (a qualified social worker, a team manager), a field (qualified, registered, role \"family support worker\", team T1) or 'unknown'.");
            if (cursor.AcceptWords("unknown"))
            {
                worker.Unknown = true;
                worker.Described = true;
                continue;
            }

            if (ReadRole(cursor, worker))
                continue;
            var start = cursor.Position;
            SkipArticle(cursor);
            var negated = cursor.AcceptWords("not");
            var field = ReadFieldName(cursor, Runtime.CaseData.Worker.Table);
            if (field is null || field.Name == "id")
            {
                cursor.Position = start;
                throw UnknownTerm(cursor, start, "a role of the vocabulary, nor a worker's field (qualified, registered, role, team), nor 'unknown'", _vocabulary.Terms.Where(r => r.Kind == TermKind.Role), ["unknown", "qualified", "registered", "role", "team"]);
            }

            var constraint = ReadFieldValue(cursor, field, negated, token, $"worker {idToken.Text}") with { Source = $"line {cursor.Line.Number}" };
            worker.Draft.Fields = ConditionSolver.Put(worker.Draft.Fields, field.Name, constraint)
                ?? throw TokenCursor.Fail(token, $"this contradicts what the scenario already says about {idToken.Text}: {field.Name} {worker.Draft.Fields[field.Name].Describe()} ({worker.Draft.Fields[field.Name].Source}).");
            worker.Described = true;
        }
        while (cursor.Accept(ScenarioTokenKind.Comma) || cursor.AcceptWords("and"));
        cursor.ExpectEnd();
    }

    // ------------------------------------------------------------------ making and checking the case

    private ScenarioCase? Make()
    {
        var problems = new List<(int Line, int Column, string Message)>();
        var child = _child.Values("C1", problems);
        var rowsByTable = new Dictionary<string, List<(RecordDraft Draft, Dictionary<string, object?> Values)>>(StringComparer.Ordinal);
        foreach (var row in _rows)
        {
            if (!rowsByTable.TryGetValue(row.Table.Name, out var list))
                rowsByTable[row.Table.Name] = list = [];
            list.Add((row, row.Values($"{row.Table.Name}-{list.Count + 1}", problems)));
        }

        var workers = _workers.Values.Select(w => (w, Values: w.Draft.Values(w.Id, problems))).ToList();
        foreach (var (line, column, message) in problems)
            Error(line, column, message);
        if (problems.Count > 0)
            return null;

        var teams = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        if (child.GetValueOrDefault("team") is string childTeam)
            teams[childTeam] = child.GetValueOrDefault("service_area") as string;
        foreach (var (_, values) in workers)
        {
            if (values.GetValueOrDefault("team") is string team)
                teams.TryAdd(team, null);
        }

        var json = CaseloadJson.Write(
            teams,
            workers.Select(w => w.Values),
            child,
            rowsByTable.ToDictionary(p => p.Key, p => p.Value.Select(r => r.Values).ToList()));
        Caseload caseload;
        try
        {
            caseload = JsonCaseDataSource.FromText(json, $"scenario \"{_scenario.Name}\"").Load().Caseload;
        }
        catch (CaseDataException ex)
        {
            foreach (var error in ex.Errors)
            {
                var match = RowPath().Match(error.Path);
                var (line, column) = match.Success && rowsByTable.TryGetValue(match.Groups["table"].Value, out var rows) && int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) is var index && index < rows.Count
                    ? (rows[index].Draft.Line, rows[index].Draft.Column)
                    : (_scenario.Line, _scenario.Column);
                Error(line, column, $"the case this describes is not valid case data: {error.Problem}.");
            }

            return null;
        }

        var unknown = _workers.Values.Where(w => w.Unknown).Select(w => w.Id).ToHashSet(StringComparer.Ordinal);
        if (unknown.Count > 0)
            caseload = caseload with { Workers = [.. caseload.Workers.Where(w => !unknown.Contains(w.Id))] };
        return new ScenarioCase(caseload, caseload.Children[0]);
    }

    /// <summary>Every record must meet the terms that made it, and the child its cohorts on the as-of date.</summary>
    private void Verify(ScenarioCase made)
    {
        Check(_child, made.Child, "the child");
        foreach (var table in _rows.GroupBy(r => r.Table))
        {
            var rows = table.Key.RowsOf(made.Child);
            foreach (var (draft, index) in table.Select((d, i) => (d, i)))
                Check(draft, rows[index], draft.Description);
        }

        foreach (var worker in _workers.Values.Where(w => !w.Unknown))
            Check(worker.Draft, made.Caseload.FindWorker(worker.Id)!, $"worker {worker.Id}");
    }

    private void Check(RecordDraft draft, ICaseRecord record, string who)
    {
        foreach (var (condition, want, name, line, column) in draft.Checks)
        {
            if (ConditionInterpreter.Evaluate(condition, record, _asOf, _calendar) == want)
                continue;
            Error(line, column, $"on {DateText.Format(_asOf)} {who} is {(want ? "not " : string.Empty)}'{name}' ({condition}){Hint(condition, record)}.");
        }
    }

    private string Hint(BoundCondition condition, ICaseRecord record)
    {
        var text = condition.ToString() ?? string.Empty;
        if (text.Contains("open_for", StringComparison.Ordinal) && record is Child child)
        {
            return child.EpisodeOpenOn(_asOf) is { } episode
                ? $": open_for counts from the start of the CIN episode open that day, {DateText.Format(episode.Start)}, so it is {Describe(child.OpenFor(_asOf))}; start the episode earlier"
                : ": open_for counts from the start of the CIN episode open that day, and none is open; add one, as in 'child in need from 2024-01-06'";
        }

        if (text.Contains("age", StringComparison.Ordinal) && record is Child { DateOfBirth: null })
            return ": the child's age needs a date of birth; add a line 'born YYYY-MM-DD'";
        return string.Empty;
    }

    private static string Describe(Period? period) => period is null
        ? "nothing"
        : string.Join(" ", new[] { (period.Years, "year"), (period.Months, "month"), (period.Days, "day") }
            .Where(p => p.Item1 != 0).Select(p => p.Item1 == 1 ? $"1 {p.Item2}" : $"{p.Item1} {p.Item2}s").DefaultIfEmpty("0 days"));

    /// <summary>What the scenario already said about the fields a condition reads, for a message about a contradiction.</summary>
    private static string Said(RecordDraft draft, BoundCondition? condition)
    {
        var text = condition?.ToString() ?? string.Empty;
        var said = draft.Fields.Where(f => f.Key != "id" && text.Contains(f.Key, StringComparison.Ordinal))
            .Select(f => $"{f.Key} {f.Value.Describe()} by {f.Value.Source}").ToList();
        return said.Count > 0 ? $"the scenario already says {string.Join("; ", said)}" : "the scenario already says otherwise";
    }

    private void Error(int line, int column, string message) => _diagnostics.Add(new ScenarioDiagnostic(_path, line, column, message));

    [GeneratedRegex(@"^children\[0\]\.(?<table>[a-z_0-9]+)\[(?<index>\d+)\]")]
    private static partial Regex RowPath();

    /// <summary>What a line makes rows of: a term's name and kind, its table, condition and dating field (or a raw table with none).</summary>
    private sealed record RecordKind(string Name, TermKind Kind, string? Table, BoundCondition? Condition, string? DateField);

    /// <summary>A worker the scenario names: what it says about them, where first named, whether it said who they are.</summary>
    private sealed class WorkerDraft(string id, RecordDraft draft, (int Line, int Column) firstMention)
    {
        public string Id { get; } = id;

        public RecordDraft Draft { get; } = draft;

        public (int Line, int Column) FirstMention { get; } = firstMention;

        public bool Described { get; set; }

        public bool Unknown { get; set; }
    }
}
