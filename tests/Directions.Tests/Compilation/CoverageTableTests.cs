using System.Text.RegularExpressions;
using Directions.Compiler;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Compilation;

/// <summary>
/// The coverage tables of directions/README.md tell a reader which catalogue rule is encoded by
/// which rule of which direction. These tests hold them to the files: every rule a row names exists
/// and cites the row's ID, every catalogue ID a rule cites has a row naming it, every catalogue rule
/// has exactly one row, and the counts written under each table are the counts of its rows and of
/// the catalogue (../shared/notes/seed-rules.md).
/// </summary>
public sealed partial class CoverageTableTests
{
    private static readonly Lazy<CoverageReadme> LazyReadme = new(() => CoverageReadme.Read(Repository.PathOf("directions", "README.md")));
    private static readonly Lazy<IReadOnlyDictionary<string, CatalogueEntry>> LazyCatalogue = new(ReadCatalogue);
    private static readonly Lazy<IReadOnlyList<DirectionSymbol>> LazyDirections = new(CompileDirections);

    [Fact]
    public void Every_rule_a_row_names_exists_in_its_file_and_cites_the_row()
    {
        var problems = new List<string>();
        foreach (var row in LazyReadme.Value.Rows)
        {
            foreach (var name in row.RuleNames)
            {
                var rules = LazyDirections.Value
                    .Where(d => row.Files.Contains(Path.GetFileName(d.FilePath), StringComparer.Ordinal))
                    .SelectMany(d => d.Rules)
                    .Where(r => r.Name == name)
                    .ToList();
                if (rules.Count == 0)
                    problems.Add($"README.md line {row.Line}: {row.Id} names rule \"{name}\", which is not a rule of {string.Join(" or ", row.Files)}.");
                else if (!rules.Any(r => r.Citations.Contains(row.Id, StringComparer.Ordinal)))
                    problems.Add($"README.md line {row.Line}: {row.Id} names rule \"{name}\", but that rule does not cite \"{row.Id}\".");
            }
        }

        AssertNone(problems);
    }

    [Fact]
    public void Every_catalogue_id_a_rule_cites_is_in_a_row_that_names_the_rule()
    {
        var rowsById = LazyReadme.Value.Rows.ToLookup(r => r.Id, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var direction in LazyDirections.Value)
        {
            var file = Path.GetFileName(direction.FilePath);
            foreach (var rule in direction.Rules)
            {
                foreach (var id in rule.Citations.Where(c => CatalogueId().IsMatch(c)))
                {
                    if (!rowsById[id].Any(row => row.Files.Contains(file, StringComparer.Ordinal) && row.RuleNames.Contains(rule.Name, StringComparer.Ordinal)))
                        problems.Add($"{file} line {rule.Line}: rule \"{rule.Name}\" cites {id}, but no README.md row for {id} in a table of {file} names it.");
                }
            }
        }

        AssertNone(problems);
    }

    [Fact]
    public void Every_catalogue_rule_has_exactly_one_row_and_every_row_is_a_catalogue_rule()
    {
        var problems = new List<string>();
        foreach (var group in LazyReadme.Value.Rows.GroupBy(r => r.Id).Where(g => g.Count() > 1))
            problems.Add($"README.md lines {string.Join(", ", group.Select(r => r.Line))}: {group.Key} has more than one row.");
        var ids = LazyReadme.Value.Rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in LazyCatalogue.Value.Keys.Where(id => !ids.Contains(id)))
            problems.Add($"README.md: the catalogue's {id} has no row in a coverage table.");
        foreach (var row in LazyReadme.Value.Rows.Where(r => !LazyCatalogue.Value.ContainsKey(r.Id)))
            problems.Add($"README.md line {row.Line}: {row.Id} is not a rule of the catalogue.");
        foreach (var row in LazyReadme.Value.Rows.Where(r => r.RuleNames.Count == 0 && !r.NotEncoded))
            problems.Add($"README.md line {row.Line}: {row.Id} neither names a rule in double quotes nor says \"not encoded: <reason>\".");

        AssertNone(problems);
    }

    [Fact]
    public void The_counts_under_each_table_are_the_counts_of_its_rows()
    {
        var readme = LazyReadme.Value;
        Assert.NotEmpty(readme.Counts);
        var problems = new List<string>();
        foreach (var section in readme.Rows.GroupBy(r => r.Section, StringComparer.Ordinal))
        {
            var counts = readme.Counts.Where(c => c.Section == section.Key).ToList();
            if (counts.Count != 1)
            {
                problems.Add($"README.md, section \"{section.Key}\": expected one counts paragraph (\"**... counts:** N rules; **E encoded** ..., **K not encoded** ... Of the C rules the catalogue marks checkable against a child's record, M are encoded (P%).\"), found {counts.Count}.");
                continue;
            }

            var count = counts[0];
            var rows = section.ToList();
            var encoded = rows.Count(r => r.RuleNames.Count > 0);
            Check(problems, count, "rules", count.Rules, rows.Count);
            Check(problems, count, "encoded", count.Encoded, encoded);
            Check(problems, count, "not encoded", count.NotEncoded, rows.Count - encoded);

            var checkable = rows.Where(r => LazyCatalogue.Value.TryGetValue(r.Id, out var entry) && entry.ChildRecordCheckable).ToList();
            Check(problems, count, "checkable against a child's record", count.Checkable, checkable.Count);
            Check(problems, count, "of them encoded", count.CheckableEncoded, checkable.Count(r => r.RuleNames.Count > 0));
            if (count.Percent is { } percent && checkable.Count > 0)
                Check(problems, count, "percent", percent, (int)Math.Round(100.0 * checkable.Count(r => r.RuleNames.Count > 0) / checkable.Count, MidpointRounding.AwayFromZero));
        }

        // A counts paragraph in a section without a table of its own sums up every table.
        var sections = readme.Rows.Select(r => r.Section).ToHashSet(StringComparer.Ordinal);
        var overall = readme.Counts.Where(c => !sections.Contains(c.Section)).ToList();
        Assert.True(overall.Count == 1, $"README.md: expected one counts paragraph for all the documents together (in a section with no table), found {overall.Count}.");
        var all = readme.Rows.ToList();
        var allEncoded = all.Count(r => r.RuleNames.Count > 0);
        var allCheckable = all.Where(r => LazyCatalogue.Value.TryGetValue(r.Id, out var entry) && entry.ChildRecordCheckable).ToList();
        var allCheckableEncoded = allCheckable.Count(r => r.RuleNames.Count > 0);
        Check(problems, overall[0], "rules", overall[0].Rules, all.Count);
        Check(problems, overall[0], "encoded", overall[0].Encoded, allEncoded);
        Check(problems, overall[0], "not encoded", overall[0].NotEncoded, all.Count - allEncoded);
        Check(problems, overall[0], "checkable against a child's record", overall[0].Checkable, allCheckable.Count);
        Check(problems, overall[0], "of them encoded", overall[0].CheckableEncoded, allCheckableEncoded);
        Check(problems, overall[0], "percent", overall[0].Percent, (int)Math.Round(100.0 * allCheckableEncoded / allCheckable.Count, MidpointRounding.AwayFromZero));

        AssertNone(problems);
    }

    [Fact]
    public void The_catalogue_has_the_329_child_record_rules_its_summary_states()
    {
        Assert.Equal(398, LazyCatalogue.Value.Count);
        Assert.Equal(329, LazyCatalogue.Value.Values.Count(e => e.ChildRecordCheckable));
    }

    private static void Check(List<string> problems, CoverageCounts counts, string what, int? written, int actual)
    {
        if (written is null)
            problems.Add($"README.md line {counts.Line}: the counts paragraph of \"{counts.Section}\" does not give the number {what} ({actual}).");
        else if (written != actual)
            problems.Add($"README.md line {counts.Line}: the counts paragraph of \"{counts.Section}\" says {written} {what}; the table has {actual}.");
    }

    private static void AssertNone(List<string> problems) =>
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n" + string.Join("\n", problems));

    private static IReadOnlyList<DirectionSymbol> CompileDirections()
    {
        var files = Directory.EnumerateFiles(Repository.PathOf("directions"), "*.pd", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        return DirectionCompilation.Create(files.Select(SyntaxTree.Load)).Directions;
    }

    private static IReadOnlyDictionary<string, CatalogueEntry> ReadCatalogue()
    {
        var path = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "notes", "seed-rules.md"));
        Assert.True(File.Exists(path), $"The seed-rules catalogue is expected at {path} (../shared beside the repository).");
        var entries = new Dictionary<string, CatalogueEntry>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var match = CatalogueRow().Match(line);
            if (!match.Success)
                continue;
            var checkable = line.TrimEnd().TrimEnd('|').Split('|')[^1].Trim();
            // "yes (worker-level)", "yes (team-level)", "yes (org-level; ...)" are checkable, but not against a child's record.
            var childRecord = checkable.StartsWith("yes", StringComparison.Ordinal) && !NotChildLevel().IsMatch(checkable);
            entries.Add(match.Groups[1].Value, new CatalogueEntry(match.Groups[1].Value, childRecord));
        }

        return entries;
    }

    [GeneratedRegex(@"^S\d{3}-\d{2,3}$")]
    private static partial Regex CatalogueId();

    [GeneratedRegex(@"^\|\s*(S\d{3}-\d{2,3})\s*\|")]
    private static partial Regex CatalogueRow();

    [GeneratedRegex(@"\b(worker|team|org)-level\b")]
    private static partial Regex NotChildLevel();

    private sealed record CatalogueEntry(string Id, bool ChildRecordCheckable);
}
