using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Directions.Compiler;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Syntax;
using Directions.Tests.TestSupport;
using Xunit.Sdk;

namespace Directions.Tests.Compilation;

/// <summary>
/// Whole files: the real directions, the test samples, a file of typical authoring mistakes, a
/// compilation shared between threads, and randomly damaged copies of a real direction.
/// </summary>
public sealed partial class DirectionsFolderTests
{
    private static readonly Lazy<SyntaxTree> LazyVocabulary = new(() => SyntaxTree.Load(Repository.PathOf("directions", "vocabulary.pd")));

    private static SyntaxTree Vocabulary => LazyVocabulary.Value;

    private static string BristolText => File.ReadAllText(Repository.PathOf("directions", "bristol-cin-2021.pd"));

    private static DirectionCompilation CompileSample(string name, out SyntaxTree tree)
    {
        tree = SyntaxTree.Load(Repository.PathOf("tests", "Directions.Tests", "Samples", name));
        return DirectionCompilation.Create([tree, Vocabulary]);
    }

    private static void AssertNoErrors(IEnumerable<Diagnostic> diagnostics) =>
        DiagnosticAssert.None(diagnostics.Where(d => d.IsError));

    // ------------------------------------------------------------------ real directions and samples

    [Fact]
    public void Every_file_in_the_directions_folder_compiles_without_errors()
    {
        var files = Directory.EnumerateFiles(Repository.PathOf("directions"), "*.pd", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(files, f => Path.GetFileName(f) == "vocabulary.pd");
        Assert.Contains(files, f => Path.GetFileName(f) == "bristol-cin-2021.pd");

        var compilation = DirectionCompilation.Create(files.Select(SyntaxTree.Load));

        AssertNoErrors(compilation.GetDiagnostics());
        Assert.NotEmpty(compilation.Directions);
        Assert.All(compilation.Directions, d => Assert.NotEmpty(d.Rules));
    }

    [Fact]
    public void Bristol_direction_binds_every_rule_it_states()
    {
        var tree = SyntaxTree.Load(Repository.PathOf("directions", "bristol-cin-2021.pd"));
        var compilation = DirectionCompilation.Create([tree, Vocabulary]);

        DiagnosticAssert.None(compilation.GetDiagnostics());
        var direction = Assert.Single(compilation.Directions);
        Assert.Equal("bristol-cin", direction.Id);
        Assert.Equal("2021.1", direction.Version);
        Assert.Equal(new DateOnly(2021, 9, 1), direction.EffectiveFrom);
        Assert.All(direction.Rules, r => Assert.NotEmpty(r.Requirements));
        Assert.All(direction.Rules, r => Assert.NotEmpty(r.Citations));
        var visits = Assert.Single(direction.Rules, r => r.Name == "CIN visits");
        Assert.Single(Assert.Single(visits.Requirements).CohortExceptions);
    }

    [Fact]
    public void Card_sample_compiles_without_errors()
    {
        var compilation = CompileSample("card.pd", out var tree);

        AssertNoErrors(compilation.GetDiagnostics());
        Assert.Contains(compilation.GetDiagnostics(tree), d => d.Id == "DIR2007" && d.Severity == DiagnosticSeverity.Warning);
        var requirement = Assert.Single(Assert.Single(Assert.Single(compilation.Directions).Rules).Requirements);
        Assert.Equal("CIN visit", requirement.Subject.Term.Name);
    }

    [Fact]
    public void Every_construct_sample_compiles_with_only_its_two_idiom_warnings_and_its_overridden_limit()
    {
        var compilation = CompileSample("every-construct.pd", out var tree);

        AssertNoErrors(compilation.GetDiagnostics());
        var warnings = compilation.GetDiagnostics(tree);
        Assert.Equal(new[] { "DIR2012", "DIR2040", "DIR2012" }, warnings.Select(d => d.Id).ToArray());
        Assert.Equal(new[] { "bi-weekly", "supervision bi-monthly", "bi-monthly" }, warnings.Select(d => d.Location.Text.ToString(d.Location.Span).Trim()).ToArray());
        Assert.EndsWith("Rule 'Supervision' is enforced: it overrides 'Supervision review of the CIN plan'.", warnings[1].Message, StringComparison.Ordinal);
        var direction = Assert.Single(compilation.Directions);
        Assert.All(direction.Rules, r => Assert.NotEmpty(r.Requirements));
    }

    // ------------------------------------------------------------------ mistakes.pd

    private static string MistakesPath => Repository.PathOf("tests", "Directions.Tests", "Samples", "mistakes.pd");

    /// <summary>
    /// The mistakes listed in the comment at the top of Samples/mistakes.pd, as one-based line, ID and
    /// description; the comment lists them as "#   1. line 21: a date written day/month/year ... (DIR1005)".
    /// </summary>
    private static List<(int Line, string Id, string What)> ListedMistakes() =>
        [.. File.ReadLines(MistakesPath)
            .TakeWhile(l => l.StartsWith('#'))
            .Select(l => MistakeLine().Match(l))
            .Where(m => m.Success)
            .Select(m => (int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture), m.Groups["id"].Value, m.Groups["what"].Value.Trim()))];

    [GeneratedRegex(@"^#\s+\d+\.\s+line (?<line>\d+):(?<what>.*)\((?<id>DIR\d{4})\)\s*$")]
    private static partial Regex MistakeLine();

    private static readonly string[] ParserWords = ["mismatched", "extraneous", "expecting", "viable", "<EOF>"];

    private static List<(int Line, string Id, string Message)> MistakesFound()
    {
        var compilation = CompileSample("mistakes.pd", out var tree);
        return [.. compilation.GetDiagnostics(tree).Select(d => (d.Location.Start.Line + 1, d.Id, d.Message))];
    }

    private static string Describe(IEnumerable<(int Line, string Id, string Message)> found) =>
        string.Join("\n", found.Select(f => $"  line {f.Line}: {f.Id}: {f.Message}"));

    [Fact]
    public void Mistakes_sample_lists_ten_mistakes_in_its_comment()
    {
        var listed = ListedMistakes();

        Assert.Equal(10, listed.Count);
        Assert.Equal(listed.Count, listed.Select(m => m.Line).Distinct().Count());
        var lines = File.ReadAllLines(MistakesPath);
        Assert.All(listed, m => Assert.False(string.IsNullOrWhiteSpace(lines[m.Line - 1]), $"line {m.Line} of mistakes.pd is empty"));
    }

    [Fact]
    public void Mistakes_sample_gives_one_message_for_each_listed_mistake()
    {
        var listed = ListedMistakes();
        var found = MistakesFound();

        var expected = listed.Select(m => (m.Line, m.Id)).ToArray();
        var actual = found.Select(f => (f.Line, f.Id)).ToArray();
        Assert.True(expected.SequenceEqual(actual), $"Expected\n{string.Join("\n", listed.Select(m => $"  line {m.Line}: {m.Id}"))}\nbut found\n{Describe(found)}");
    }

    [Fact]
    public void Mistakes_sample_reports_each_listed_mistake_that_still_reads_as_one()
    {
        var found = MistakesFound();
        var listed = ListedMistakes();
        var directionLine = Array.FindIndex(File.ReadAllLines(MistakesPath), l => l.StartsWith("direction", StringComparison.OrdinalIgnoreCase)) + 1;

        // 'every weeks' is left out: see Mistakes_sample_gives_one_message_for_each_listed_mistake.
        foreach (var (line, id, _) in listed.Where(m => !m.What.Contains("every weeks", StringComparison.Ordinal)))
            Assert.True(found.Count(f => f.Line == line && f.Id == id) == 1, $"Expected one {id} on line {line} but found\n{Describe(found)}");
        Assert.All(found.Where(f => f.Line != directionLine), f => Assert.Contains((f.Line, f.Id), listed.Select(m => (m.Line, m.Id))));
    }

    [Fact]
    public void Mistakes_sample_messages_never_use_parser_words()
    {
        var found = MistakesFound();

        Assert.NotEmpty(found);
        Assert.All(found, f => Assert.DoesNotContain(ParserWords, w => f.Message.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    // ------------------------------------------------------------------ threads

    private static (string[] Diagnostics, string[] Terms, string[] Rules) Query(DirectionCompilation compilation, SyntaxTree tree, IReadOnlyList<int> positions)
    {
        var diagnostics = compilation.GetDiagnostics().Select(d => d.ToString()).ToArray();
        var model = compilation.GetSemanticModel(tree);
        var terms = positions.Select(p => model.GetTermSymbol(p) is { } term ? $"{p}:{term.Name}:{term.Kind}" : $"{p}:-").ToArray();
        var rules = positions.Select(p => $"{p}:{model.GetRule(p)?.Name}:{model.GetRequirement(p)?.Subject}").ToArray();
        return (diagnostics, terms, rules);
    }

    [Fact]
    public void Compilation_used_from_eight_threads_at_once_gives_the_same_answers()
    {
        var text = BristolText;
        var positions = Enumerable.Range(0, text.Length / 53).Select(i => i * 53)
            .Append(text.IndexOf("CIN visit every", StringComparison.Ordinal) + 2).ToList();
        var expectedTree = SyntaxTree.Parse(text, "bristol-cin-2021.pd");
        var expected = Query(DirectionCompilation.Create([expectedTree, Vocabulary]), expectedTree, positions);
        Assert.Contains(expected.Terms, t => t.EndsWith(":CIN visit:Event", StringComparison.Ordinal));

        for (var round = 0; round < 2; round++)
        {
            // A fresh compilation each round, so that the threads race to bind it.
            var tree = SyntaxTree.Parse(text, "bristol-cin-2021.pd");
            var compilation = DirectionCompilation.Create([tree, Vocabulary]);
            var results = new ConcurrentBag<(string[] Diagnostics, string[] Terms, string[] Rules)>();
            Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ => results.Add(Query(compilation, tree, positions)));

            Assert.Equal(8, results.Count);
            Assert.All(results, r =>
            {
                Assert.Equal(expected.Diagnostics, r.Diagnostics);
                Assert.Equal(expected.Terms, r.Terms);
                Assert.Equal(expected.Rules, r.Rules);
            });
        }
    }

    // ------------------------------------------------------------------ damaged copies of a real direction

    private const int MutationCount = 200;

    /// <summary>The seeds of the damaged copies, 0 .. 199.</summary>
    public static TheoryData<int> MutationSeeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 0; seed < MutationCount; seed++)
            data.Add(seed);
        return data;
    }

    private static readonly string[] Insertions =
    [
        "\"", "\u201C", "\u201D", ":", ",", ".", "#", "-", "'", "\\", " ", "\t", "\n", "\r", "\r\n", "0", "4", "12", "a", "Z", "x",
        "every ", "within ", " of ", "max ", "unless recorded ", "except ", "when ", "by ", "rule ", "direction ", "version ",
        "effective from ", "until ", "2021-02-30", "21/09/2021", "working ", "calendar ", "hours", "weeks", "fortnightly",
        "bi-monthly", "\u00E9", "\uD83D\uDE00", "\0", "\u200B", "CIN ", "start", "ends",
    ];

    /// <summary>Bristol's direction with 1 to 6 random edits: characters and lines deleted, inserted, duplicated or swapped.</summary>
    public static string Mutate(string text, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 7);
        for (var e = 0; e < edits; e++)
        {
            var at = builder.Length == 0 ? 0 : random.Next(builder.Length);
            switch (random.Next(7))
            {
                case 0 when builder.Length > 0:
                    builder.Remove(at, Math.Min(builder.Length - at, random.Next(1, 12)));
                    break;
                case 1:
                    builder.Insert(at, Insertions[random.Next(Insertions.Length)]);
                    break;
                case 2 when builder.Length > 0:
                    builder.Insert(at, builder[at]);
                    break;
                default:
                {
                    var lines = builder.ToString().Split('\n').ToList();
                    var line = random.Next(lines.Count);
                    switch (random.Next(4))
                    {
                        case 0:
                            lines.RemoveAt(line);
                            break;
                        case 1:
                            lines.Insert(line, lines[line]);
                            break;
                        case 2 when line + 1 < lines.Count:
                            (lines[line], lines[line + 1]) = (lines[line + 1], lines[line]);
                            break;
                        default:
                            lines.Insert(random.Next(lines.Count + 1), lines[line]);
                            break;
                    }

                    builder.Clear().Append(string.Join('\n', lines));
                    break;
                }
            }
        }

        return builder.ToString();
    }

    [Fact]
    public void Mutations_are_deterministic_and_change_the_text()
    {
        var text = BristolText;

        Assert.Equal(Mutate(text, 42), Mutate(text, 42));
        Assert.True(Enumerable.Range(0, MutationCount).Count(seed => Mutate(text, seed) != text) > MutationCount * 9 / 10);
    }

    [Theory]
    [MemberData(nameof(MutationSeeds))]
    public void Damaged_copy_of_a_real_direction_never_makes_the_compiler_throw(int seed)
    {
        var text = Mutate(BristolText, seed);
        try
        {
            var tree = SyntaxTree.Parse(text, "mutated.pd");
            var compilation = DirectionCompilation.Create([tree, Vocabulary]);
            foreach (var diagnostic in compilation.GetDiagnostics())
            {
                Assert.InRange(diagnostic.Location.Span.Start, 0, diagnostic.Location.Text.Length);
                Assert.InRange(diagnostic.Location.Span.End, diagnostic.Location.Span.Start, diagnostic.Location.Text.Length);
                Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
                _ = diagnostic.ToString();
            }

            _ = compilation.GetDiagnostics(tree);
            var model = compilation.GetSemanticModel(tree);
            var random = new Random(seed);
            var positions = Enumerable.Range(0, 30).Select(_ => random.Next(text.Length + 1)).Append(0).Append(text.Length);
            foreach (var position in positions)
            {
                _ = model.FindNode(position);
                _ = model.GetTermSymbol(position)?.Describe();
                _ = model.GetTermReference(position)?.ToString();
                _ = model.GetDirection(position)?.ToString();
                _ = model.GetRule(position)?.Line;
                _ = model.GetRequirement(position)?.ToString();
            }

            foreach (var direction in compilation.Directions)
            {
                foreach (var requirement in direction.Rules.SelectMany(r => r.Requirements))
                    _ = requirement.ToString();
            }
        }
        catch (Exception exception) when (exception is not XunitException)
        {
            throw new XunitException($"Seed {seed}: {exception.GetType().Name}: {exception.Message}\nin\n{SyntaxTreeAssert.Show(text)}\n{exception}");
        }
    }
}
