using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Directions.Compiler.Binding;
using Directions.Compiler.Interpretation;
using Directions.Compiler.Lowering;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;
using Directions.Runtime.Evaluation;
using Directions.Runtime.Rules;
using Directions.Runtime.Time;

namespace Directions.Compiler.Scenarios;

/// <summary>
/// Runs scenario files: compiles the directions each scenario names (with the vocabulary), makes the
/// case its history describes, evaluates the named rule as of its date with the interpreted rules
/// (no Roslyn), and compares the finding with the expectation. Compilations are shared between
/// scenarios that name the same files. Thread-safe.
/// </summary>
public sealed class ScenarioRunner
{
    /// <summary>The file name looked for, beside or above the direction files (then the scenario file), when no vocabulary is given.</summary>
    public const string VocabularyFileName = "vocabulary.pd";

    private readonly string? _vocabularyPath;
    private readonly WorkingDayCalendar _calendar;
    private readonly ConcurrentDictionary<string, Lazy<CompiledDirections>> _compilations = new(StringComparer.Ordinal);

    /// <summary>A runner that uses <paramref name="vocabularyPath"/>, or else the nearest vocabulary.pd beside or above each scenario file.</summary>
    public ScenarioRunner(string? vocabularyPath = null, WorkingDayCalendar? calendar = null)
    {
        _vocabularyPath = vocabularyPath;
        _calendar = calendar ?? WorkingDayCalendar.EnglandAndWales;
    }

    /// <summary>Reads, parses and runs a scenario file.</summary>
    public ScenarioFileResult RunFile(string path) => Run(ScenarioFile.Load(path));

    /// <summary>Runs a parsed scenario file; the direction files it names are read from disk, relative to the scenario file's folder.</summary>
    public ScenarioFileResult Run(ScenarioFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var errors = file.Diagnostics.Select(d => d.ToString()).ToList();
        var folder = Path.GetDirectoryName(Path.GetFullPath(file.Path)) ?? ".";
        ImmutableArray<string>? defaults = null;
        if (!file.Directions.IsEmpty)
        {
            defaults = Resolve(file, file.Directions, folder, errors);
        }
        else
        {
            var same = Path.ChangeExtension(Path.GetFullPath(file.Path), ".pd");
            if (File.Exists(same))
            {
                defaults = [Relative(same)];
            }
            else if (file.Scenarios.Any(s => s.Directions.IsEmpty))
            {
                errors.Add(new ScenarioDiagnostic(file.Path, 1, 1,
                    $"this file does not say which directions its scenarios test: add a first line directions \"file.pd\", or name the file after its direction ({Path.GetFileName(same)} for {Path.GetFileName(Path.ChangeExtension(same, ScenarioFile.Extension))}).").ToString());
            }
        }

        var results = file.Scenarios.AsParallel().AsOrdered()
            .Select(scenario => RunScenario(file, scenario, scenario.Directions.IsEmpty ? defaults : Resolve(file, scenario.Directions, folder, null), folder))
            .ToImmutableArray();
        return new ScenarioFileResult(file.Path, results, [.. errors]);
    }

    private ScenarioResult RunScenario(ScenarioFile file, Scenario scenario, ImmutableArray<string>? directions, string folder)
    {
        var result = new ScenarioResult(scenario, file.Path, ScenarioOutcome.Error);
        if (!scenario.Diagnostics.IsEmpty)
            return result with { Errors = [.. scenario.Diagnostics.Select(d => d.ToString())] };
        if (directions is not { } files)
        {
            return result with
            {
                Errors = scenario.Directions.IsEmpty
                    ? [Error(file, new ScenarioText(scenario.Name, scenario.Line, scenario.Column), "not run: the file does not say which directions to run against (see the file's first error).")]
                    : [.. MissingFiles(file, scenario.Directions, folder)],
            };
        }

        result = result with { DirectionFiles = files };
        var compiled = Compile(files, folder);
        if (!compiled.Errors.IsEmpty)
            return result with { Errors = compiled.Errors };

        // The rule: by name (and version), among the named files' directions.
        var rule = scenario.Rule!;
        var candidates = compiled.Compilation!.Directions.Where(d => compiled.Files.Contains(Path.GetFullPath(d.FilePath))).ToList();
        var withRule = candidates.Where(d => d.Rules.Any(r => Same(r.Name, rule.Text))).ToList();
        if (withRule.Count == 0)
        {
            var names = candidates.SelectMany(d => d.Rules.Select(r => r.Name)).Distinct().ToList();
            var suggestion = SpellingSuggester.DidYouMean(rule.Text, names);
            return result with { Errors = [Error(file, rule, $"there is no rule \"{rule.Text}\" in {string.Join(" or ", files.Select(Path.GetFileName))}.{suggestion}")] };
        }

        if (scenario.Version is { } version)
        {
            withRule = withRule.Where(d => Same(d.Version ?? string.Empty, version.Text)).ToList();
            if (withRule.Count == 0)
            {
                var versions = candidates.Select(d => d.Version).Distinct();
                return result with { Errors = [Error(file, version, $"no version {version.Text} of the direction has the rule \"{rule.Text}\"; the versions are {string.Join(", ", versions)}.")] };
            }
        }

        var ruleSymbol = withRule[0].Rules.First(r => Same(r.Name, rule.Text));
        if (ruleSymbol.OverriddenBy is { } overriddenBy)
            return result with { Errors = [Error(file, rule, $"the rule \"{ruleSymbol.Name}\" is not checked: rule {overriddenBy} overrides it. Write the scenario for that rule instead.")] };
        var ruleName = ruleSymbol.Name;
        result = result with { RuleName = ruleName, RuleFile = withRule.Count == 1 ? withRule[0].FilePath : null };

        var diagnostics = new List<ScenarioDiagnostic>();
        var made = ScenarioCaseBuilder.Build(scenario, compiled.Compilation.Vocabulary, file.Path, diagnostics, _calendar);
        if (made is null)
            return result with { Errors = [.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).Select(d => d.ToString())] };

        var evaluator = new RuleEvaluator(compiled.Specs, _calendar);
        var ids = withRule.Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var findings = evaluator.Evaluate(made.Child, made.Caseload, scenario.AsOf!.Value)
            .Where(f => Same(f.Citation.RuleName, ruleName) && ids.Contains(f.Citation.DirectionId))
            .Where(f => scenario.Version is null || Same(f.Citation.Version, scenario.Version.Text))
            .ToList();
        if (findings.Select(f => (f.Citation.DirectionId, f.Citation.Version)).Distinct().Count() > 1)
        {
            var versions = string.Join(" and ", findings.Select(f => $"{f.Citation.DirectionId} {f.Citation.Version}"));
            return result with { Errors = [Error(file, rule, $"the rule \"{ruleName}\" gives a finding for each of {versions} on {DateText.Format(scenario.AsOf.Value)}: say which to check, as in rule \"{ruleName}\" version {findings[^1].Citation.Version}.")] };
        }

        // No finding at all: no version with the rule is in force on the as-of date, which a scenario
        // expects as 'not applicable' (and can say nothing more about).
        var finding = findings.SingleOrDefault();
        var expected = scenario.Expectation!;
        var mismatches = finding is not null
            ? Compare(expected, finding)
            : expected is { Status: FindingStatus.NotApplicable, OverdueSince: null, DaysOverdue: null, NextDue: null, Breaches: null, Fragments.IsEmpty: true }
                ? []
                : [$"there is no finding: no version of the direction with this rule is in force on {DateText.Format(scenario.AsOf.Value)}, so the rule is not applicable"];
        result = result with
        {
            Finding = finding,
            Mismatches = mismatches,
            RuleFile = finding is null ? result.RuleFile : withRule.FirstOrDefault(d => Same(d.Id, finding.Citation.DirectionId) && Same(d.Version ?? string.Empty, finding.Citation.Version))?.FilePath ?? result.RuleFile,
        };
        if (scenario.IsSkipped)
            return result with { Outcome = ScenarioOutcome.Skipped, SkippedWouldPass = mismatches.IsEmpty };
        return result with { Outcome = mismatches.IsEmpty ? ScenarioOutcome.Passed : ScenarioOutcome.Failed };
    }

    /// <summary>The differences between a finding and what the scenario expects; empty when it matches.</summary>
    public static ImmutableArray<string> Compare(ScenarioExpectation expected, Finding actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var differences = ImmutableArray.CreateBuilder<string>();
        if (expected.Status != actual.Status)
            differences.Add($"the status is {ScenarioStatusNames.Name(actual.Status)}, not {ScenarioStatusNames.Name(expected.Status)}");
        if (expected.OverdueSince is { } since && actual.OverdueSince != since)
            differences.Add($"overdue since {Show(actual.OverdueSince)}, not {DateText.Format(since)}");
        if (expected.DaysOverdue is { } days && actual.DaysOverdue != days)
            differences.Add($"overdue by {(actual.DaysOverdue is { } d ? DateText.Days(d) : "nothing")}, not {DateText.Days(days)}");
        if (expected.NextDue is { } due && actual.NextDue != due)
            differences.Add($"next due {Show(actual.NextDue)}, not {DateText.Format(due)}");
        if (expected.Breaches is { } breaches && actual.Breaches.Length != breaches)
            differences.Add($"{actual.Breaches.Length} breach(es), not {breaches}");
        foreach (var fragment in expected.Fragments)
        {
            if (!Says(actual.Explanation, fragment))
                differences.Add($"the explanation does not say \"{fragment}\"");
        }

        return differences.ToImmutable();
    }

    /// <summary>A finding in the words of an expect line: <c>overdue since 17 June 2025, by 4 days, next due 2 June 2025</c>.</summary>
    public static string Describe(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new ScenarioExpectation(finding.Status, 0, 0)
        {
            OverdueSince = finding.OverdueSince,
            DaysOverdue = finding.DaysOverdue,
            NextDue = finding.NextDue,
            Breaches = finding.Breaches.Length > 0 ? finding.Breaches.Length : null,
        }.Describe();
    }

    /// <summary>
    /// True when the explanation contains the fragment, ignoring capitals, runs of spaces and the style of
    /// quotes; <c>...</c> in the fragment stands for any text, so its parts must appear in order.
    /// </summary>
    public static bool Says(string explanation, string fragment)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(fragment);
        var text = Normalize(explanation);
        var at = 0;
        foreach (var part in fragment.Replace("\u2026", "...", StringComparison.Ordinal).Split("...").Select(Normalize).Where(p => p.Length > 0))
        {
            var found = text.IndexOf(part, at, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
                return false;
            at = found + part.Length;
        }

        return true;
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
                builder.Append(' ');
            space = false;
            builder.Append(c switch { '\u2018' or '\u2019' => '\'', '\u201C' or '\u201D' => '"', _ => c });
        }

        return builder.ToString();
    }

    private static string Show(NodaTime.LocalDate? date) => date is { } d ? DateText.Format(d) : "nothing";

    private static bool Same(string a, string b) => string.Equals(VocabularySymbol.Normalize(a), VocabularySymbol.Normalize(b), StringComparison.Ordinal);

    private static string Error(ScenarioFile file, ScenarioText at, string message) => new ScenarioDiagnostic(file.Path, at.Line, at.Column, message).ToString();

    private static ImmutableArray<string>? Resolve(ScenarioFile file, ImmutableArray<ScenarioText> names, string folder, List<string>? errors)
    {
        var missing = MissingFiles(file, names, folder).ToList();
        errors?.AddRange(missing);
        if (missing.Count > 0)
            return null;
        return [.. names.Select(n => Relative(Path.GetFullPath(Path.Combine(folder, n.Text))))];
    }

    private static IEnumerable<string> MissingFiles(ScenarioFile file, ImmutableArray<ScenarioText> names, string folder) =>
        names.Where(n => !File.Exists(Path.Combine(folder, n.Text)))
            .Select(n => Error(file, n, $"there is no direction file '{n.Text}' in {Relative(folder)}."));

    private CompiledDirections Compile(ImmutableArray<string> files, string folder)
    {
        var key = string.Join("|", files.Select(Path.GetFullPath).Order(StringComparer.Ordinal));
        return _compilations.GetOrAdd(key, _ => new Lazy<CompiledDirections>(() => CompileNow(files, folder))).Value;
    }

    private CompiledDirections CompileNow(ImmutableArray<string> files, string folder)
    {
        var trees = files.Select(SyntaxTree.Load).ToList();
        var fullPaths = files.Select(Path.GetFullPath).ToImmutableHashSet(StringComparer.Ordinal);
        trees.AddRange(SameDocumentSiblings(trees, fullPaths));
        var hasVocabulary = trees.Any(t => t.Root.Members.OfType<VocabularyDeclarationSyntax>().Any());
        if (!hasVocabulary)
        {
            var vocabulary = _vocabularyPath ?? files.Select(f => FindVocabulary(Path.GetDirectoryName(Path.GetFullPath(f))!)).FirstOrDefault(v => v is not null) ?? FindVocabulary(folder);
            if (vocabulary is null)
                return new CompiledDirections(null, [], fullPaths, [$"{Relative(folder)}: error: there is no {VocabularyFileName} beside or above the scenario file or its directions, so the terms of its directions mean nothing."]);
            trees.Add(SyntaxTree.Load(Relative(Path.GetFullPath(vocabulary))));
        }

        var compilation = DirectionCompilation.Create(trees);
        var errors = compilation.GetDiagnostics().Where(d => d.IsError).Select(d => d.ToString()).ToImmutableArray();
        if (!errors.IsEmpty)
            return new CompiledDirections(compilation, [], fullPaths, errors);
        var specs = RulePlanner.Plan(compilation).Select(p => SpecInterpreter.Build(p, _calendar)).ToImmutableArray();
        return new CompiledDirections(compilation, specs, fullPaths, []);
    }

    /// <summary>
    /// The other directions beside the named files that encode the same policy document (same source,
    /// another id): an `overrides` may name their rules, and which rule is enforced depends on them.
    /// Other versions of the named directions (same id) are left out: the scenario chose its versions.
    /// </summary>
    private static IEnumerable<SyntaxTree> SameDocumentSiblings(List<SyntaxTree> trees, ImmutableHashSet<string> named)
    {
        var sources = trees.SelectMany(t => HeadersOf(t).Select(h => h.Source)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (sources.Count == 0)
            return [];
        var ids = trees.SelectMany(t => HeadersOf(t).Select(h => h.Id)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return named.Select(Path.GetDirectoryName).Distinct(StringComparer.Ordinal)
            .SelectMany(dir => Directory.EnumerateFiles(dir!, "*.pd").Order(StringComparer.Ordinal))
            .Where(path => !named.Contains(Path.GetFullPath(path)))
            .Select(path => SyntaxTree.Load(Relative(path)))
            .Where(tree => HeadersOf(tree).Any(h => h.Source is not null && sources.Contains(h.Source) && !ids.Contains(h.Id)))
            .ToList();
    }

    /// <summary>The id and source of each direction of a file, read from its header lines without binding.</summary>
    private static IEnumerable<(string Id, string? Source)> HeadersOf(SyntaxTree tree) =>
        tree.Root.Members.OfType<DirectionDeclarationSyntax>().Select(d =>
        {
            var items = d.Members.OfType<HeaderLineSyntax>().SelectMany(l => l.Items).ToList();
            var id = items.OfType<IdHeaderItemSyntax>().FirstOrDefault()?.Value.ValueText.Trim() ?? DirectionBinder.Slug(d.Header.Title.ValueText.Trim());
            return (id, items.OfType<SourceHeaderItemSyntax>().FirstOrDefault()?.Value.ValueText.Trim());
        });

    private static string? FindVocabulary(string folder)
    {
        for (var dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            foreach (var candidate in new[] { Path.Combine(dir, VocabularyFileName), Path.Combine(dir, "directions", VocabularyFileName) })
            {
                if (File.Exists(candidate))
                    return candidate;
            }
        }

        return null;
    }

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    /// <summary>The directions a set of files compiles to: the compilation, the interpreted specs, the named files' full paths, and the compile errors.</summary>
    private sealed record CompiledDirections(DirectionCompilation? Compilation, ImmutableArray<DirectionSpec> Specs, ImmutableHashSet<string> Files, ImmutableArray<string> Errors);
}
