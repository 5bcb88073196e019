using System.Collections.Immutable;
using Directions.Compiler.Describing;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Differencing;

/// <summary>
/// Compares two compilations by what they mean, not by their text: directions are matched by id
/// and version, rules by name, requirements by subject and trigger, exceptions by cohort, roles by
/// action, terms by name. Order never matters, so a reordered file has no change in meaning.
/// Each file whose text differs is also classed: layout only, comments only, same meaning, or
/// changed in meaning.
/// </summary>
public static class DirectionDiffer
{
    /// <summary>
    /// The changes from <paramref name="before"/> to <paramref name="after"/>. Files are paired by
    /// <paramref name="fileKey"/> (default: the file path), so two folders compare file by file.
    /// </summary>
    public static DirectionDiff Compare(DirectionCompilation before, DirectionCompilation after, Func<SyntaxTree, string>? fileKey = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        fileKey ??= tree => tree.FilePath;
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tree in before.SyntaxTrees.Concat(after.SyntaxTrees))
            keys.TryAdd(tree.FilePath, fileKey(tree));

        var directions = CompareDirections(before.Directions, after.Directions, keys);
        var vocabulary = CompareVocabulary(before.Vocabulary, after.Vocabulary, out var termFiles);
        var changedFiles = directions.Select(d => d.FilePath).Concat(termFiles.Select(p => keys.GetValueOrDefault(p, p))).ToHashSet(StringComparer.Ordinal);
        var files = CompareFiles(before.SyntaxTrees, after.SyntaxTrees, fileKey, changedFiles);

        return new DirectionDiff(
            directions,
            vocabulary,
            files,
            [.. before.GetDiagnostics().Where(d => d.IsError)],
            [.. after.GetDiagnostics().Where(d => d.IsError)]);
    }

    // ------------------------------------------------------------------ directions

    private static ImmutableArray<DirectionChanges> CompareDirections(ImmutableArray<DirectionSymbol> before, ImmutableArray<DirectionSymbol> after, Dictionary<string, string> keys)
    {
        var result = ImmutableArray.CreateBuilder<DirectionChanges>();
        var ids = after.Select(d => d.Id).Concat(before.Select(d => d.Id)).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var id in ids)
        {
            foreach (var (old, @new) in PairVersions(
                [.. before.Where(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase))],
                [.. after.Where(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase))]))
            {
                var changes = (old, @new) switch
                {
                    (null, { } n) => [new SemanticChange(ChangeKind.DirectionAdded, null, $"new direction version: {Summary(n)}, {n.Rules.Length} rule{(n.Rules.Length == 1 ? "" : "s")}: {ChangeWording.Names(n.Rules.Select(r => r.Name))}")],
                    ({ } o, null) => [new SemanticChange(ChangeKind.DirectionRemoved, null, $"direction version removed: {Summary(o)}")],
                    _ => CompareDirection(old!, @new!),
                };
                if (changes.Count == 0)
                    continue;
                var shown = @new ?? old!;
                result.Add(new DirectionChanges(shown.Id, shown.Title, old?.Version, @new?.Version, keys.GetValueOrDefault(shown.FilePath, shown.FilePath), [.. changes]));
            }
        }

        return result.ToImmutable();
    }

    private static string Summary(DirectionSymbol direction) =>
        $"\"{direction.Title}\" version {direction.Version}, in force from {ChangeWording.Date(direction.EffectiveFrom)}{(direction.EffectiveUntil is { } until ? $" until {ChangeWording.Date(until)}" : string.Empty)}";

    /// <summary>Pairs the versions of one direction: equal versions first, then the rest in order of their first day in force.</summary>
    private static List<(DirectionSymbol? Old, DirectionSymbol? New)> PairVersions(List<DirectionSymbol> before, List<DirectionSymbol> after)
    {
        var pairs = new List<(DirectionSymbol?, DirectionSymbol?)>();
        foreach (var @new in after.ToList())
        {
            var old = before.FirstOrDefault(o => o.Version == @new.Version);
            if (old is null)
                continue;
            pairs.Add((old, @new));
            before.Remove(old);
            after.Remove(@new);
        }

        var olds = before.OrderBy(d => d.EffectiveFrom).ToList();
        var news = after.OrderBy(d => d.EffectiveFrom).ToList();
        for (var i = 0; i < Math.Max(olds.Count, news.Count); i++)
            pairs.Add((i < olds.Count ? olds[i] : null, i < news.Count ? news[i] : null));
        return pairs;
    }

    private static List<SemanticChange> CompareDirection(DirectionSymbol before, DirectionSymbol after)
    {
        var changes = new List<SemanticChange>();
        void Header(ChangeKind kind, string what, string? o, string? n)
        {
            if (!string.Equals(o, n, StringComparison.Ordinal))
                changes.Add(new SemanticChange(kind, null, $"{what}: {ChangeWording.Short(o)} -> {ChangeWording.Short(n)}"));
        }

        Header(ChangeKind.HeaderChanged, "title", before.Title, after.Title);
        Header(ChangeKind.HeaderChanged, "issued by", before.IssuedBy, after.IssuedBy);
        if (before.Version != after.Version)
            changes.Add(new SemanticChange(ChangeKind.VersionChanged, null, $"version: {before.Version ?? "none"} -> {after.Version ?? "none"}"));
        if (before.EffectiveFrom != after.EffectiveFrom)
            changes.Add(new SemanticChange(ChangeKind.EffectiveDatesChanged, null, $"in force from: {ChangeWording.Date(before.EffectiveFrom)} -> {ChangeWording.Date(after.EffectiveFrom)}"));
        if (before.EffectiveUntil != after.EffectiveUntil)
            changes.Add(new SemanticChange(ChangeKind.EffectiveDatesChanged, null, $"in force until: {ChangeWording.Date(before.EffectiveUntil)} -> {ChangeWording.Date(after.EffectiveUntil)}"));
        Header(ChangeKind.HeaderChanged, "source", before.Source, after.Source);
        if (before.SupersedesId != after.SupersedesId || before.SupersedesVersion != after.SupersedesVersion)
            changes.Add(new SemanticChange(ChangeKind.SupersedesChanged, null, $"supersedes: {Supersedes(before)} -> {Supersedes(after)}"));
        if (SetChange("service areas", before.ServiceAreas, after.ServiceAreas) is { } areas)
            changes.Add(new SemanticChange(ChangeKind.ServiceAreasChanged, null, areas));

        changes.AddRange(CompareRules(before.Rules, after.Rules));
        return changes;
    }

    private static string Supersedes(DirectionSymbol direction) =>
        direction.SupersedesId is null ? "nothing" : $"\"{direction.SupersedesId}\" version {direction.SupersedesVersion}";

    /// <summary>"service areas: added "DCSS"; removed "FAS"", or null when the sets are equal (order does not matter).</summary>
    private static string? SetChange(string what, IEnumerable<string> before, IEnumerable<string> after)
    {
        var old = before.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var @new = after.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var added = @new.Where(n => !old.Contains(n)).Order(StringComparer.Ordinal).ToList();
        var removed = old.Where(o => !@new.Contains(o)).Order(StringComparer.Ordinal).ToList();
        if (added.Count == 0 && removed.Count == 0)
            return null;
        var parts = new List<string>();
        if (added.Count > 0)
            parts.Add($"added {ChangeWording.Names(added)}");
        if (removed.Count > 0)
            parts.Add($"removed {ChangeWording.Names(removed)}");
        return $"{what}: {string.Join("; ", parts)}";
    }

    // ------------------------------------------------------------------ rules

    private static IEnumerable<SemanticChange> CompareRules(ImmutableArray<RuleSymbol> before, ImmutableArray<RuleSymbol> after)
    {
        var pairs = Pair(before, after, r => VocabularySymbol.Normalize(r.Name), RuleSignature);

        // A rule that only changed its name is a rename, not a removal and an addition.
        var removed = pairs.Where(p => p.New is null).Select(p => p.Old!).ToList();
        var renamed = new List<(RuleSymbol Old, RuleSymbol New)>();
        foreach (var added in pairs.Where(p => p.Old is null).Select(p => p.New!))
        {
            var old = removed.FirstOrDefault(r => RuleSignature(r) == RuleSignature(added));
            if (old is null)
                continue;
            removed.Remove(old);
            renamed.Add((old, added));
        }

        foreach (var (old, @new) in pairs)
        {
            if (old is not null && @new is not null)
            {
                foreach (var change in CompareRule(old, @new))
                    yield return change;
            }
            else if (@new is not null && renamed.FirstOrDefault(r => r.New == @new) is { Old: { } from })
            {
                yield return new SemanticChange(ChangeKind.RuleRenamed, @new.Name, $"rule renamed: \"{from.Name}\" -> \"{@new.Name}\" (nothing else changed)");
            }
            else if (@new is not null)
            {
                yield return new SemanticChange(ChangeKind.RuleAdded, @new.Name, $"rule added: {RuleText(@new)}");
            }
            else if (removed.Contains(old!))
            {
                yield return new SemanticChange(ChangeKind.RuleRemoved, old!.Name, $"rule removed: {RuleText(old)}");
            }
        }
    }

    /// <summary>The rule's name and what it says, in the language server's words.</summary>
    private static string RuleText(RuleSymbol rule) => $"\"{rule.Name}\": {RuleDescriber.Describe(rule)}";

    private static IEnumerable<SemanticChange> CompareRule(RuleSymbol before, RuleSymbol after)
    {
        SemanticChange Change(ChangeKind kind, string text) => new(kind, after.Name, text);

        if (SetChange("citations", before.Citations, after.Citations) is { } citations)
            yield return Change(ChangeKind.CitationsChanged, citations);
        if (!string.Equals(before.Quote, after.Quote, StringComparison.Ordinal))
            yield return Change(ChangeKind.QuoteChanged, $"quote: {ChangeWording.Short(before.Quote)} -> {ChangeWording.Short(after.Quote)}");

        var oldCohorts = before.AppliesTo.Select(c => c.ToString()).ToList();
        var newCohorts = after.AppliesTo.Select(c => c.ToString()).ToList();
        if (SetChange("applies to", oldCohorts, newCohorts) is { } cohorts)
        {
            var scope = (oldCohorts.Count, newCohorts.Count) switch
            {
                (0, _) => " (it applied to every child; now only to these cohorts)",
                (_, 0) => " (it now applies to every child)",
                _ => string.Empty,
            };
            yield return Change(ChangeKind.CohortsChanged, cohorts + scope);
        }

        foreach (var (old, @new) in Pair(before.Requirements, after.Requirements, RequirementComparer.Key, RequirementComparer.Signature))
        {
            if (old is null)
                yield return Change(ChangeKind.RequirementAdded, $"requirement added: {RuleDescriber.Describe(@new!)}");
            else if (@new is null)
                yield return Change(ChangeKind.RequirementRemoved, $"requirement removed: {RuleDescriber.Describe(old)}");
            else
            {
                foreach (var (kind, text) in RequirementComparer.Compare(old, @new))
                    yield return Change(kind, text);
            }
        }
    }

    /// <summary>What a rule means apart from its name, for spotting renames.</summary>
    private static string RuleSignature(RuleSymbol rule) =>
        string.Join("|", rule.Citations.Order(StringComparer.Ordinal)) + "#" + rule.Quote + "#"
        + string.Join("|", rule.AppliesTo.Select(c => c.ToString()).Order(StringComparer.Ordinal)) + "#"
        + string.Join("|", rule.Requirements.Select(RequirementComparer.Signature).Order(StringComparer.Ordinal));

    /// <summary>
    /// Pairs two lists by key, ignoring order: items with the same key and equal meaning first, then
    /// the rest of each key in order; the leftovers are paired with null. Pairs come in the new list's order,
    /// then the removed items.
    /// </summary>
    private static List<(T? Old, T? New)> Pair<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key, Func<T, string> signature)
        where T : class
    {
        var unmatched = before.ToList();
        var matches = new Dictionary<T, T>(ReferenceEqualityComparer.Instance);
        foreach (var @new in after)
        {
            var same = unmatched.FirstOrDefault(o => key(o) == key(@new) && signature(o) == signature(@new));
            if (same is null)
                continue;
            matches[@new] = same;
            unmatched.Remove(same);
        }

        foreach (var @new in after.Where(n => !matches.ContainsKey(n)))
        {
            var sameKey = unmatched.FirstOrDefault(o => key(o) == key(@new));
            if (sameKey is null)
                continue;
            matches[@new] = sameKey;
            unmatched.Remove(sameKey);
        }

        var pairs = after.Select(n => (matches.GetValueOrDefault(n), (T?)n)).ToList();
        pairs.AddRange(unmatched.Select(o => ((T?)o, default(T))));
        return pairs;
    }

    // ------------------------------------------------------------------ vocabulary

    private static ImmutableArray<SemanticChange> CompareVocabulary(VocabularySymbol before, VocabularySymbol after, out List<string> files)
    {
        var changes = ImmutableArray.CreateBuilder<SemanticChange>();
        files = [];
        var pairs = Pair(before.Terms, after.Terms, t => VocabularySymbol.Normalize(t.Name), TermSignature);
        foreach (var (old, @new) in pairs)
        {
            if (old is not null && @new is not null && TermSignature(old) == TermSignature(@new))
                continue;
            files.Add((@new ?? old)!.Location.Path);
            if (old is null)
            {
                changes.Add(new SemanticChange(ChangeKind.TermAdded, null, $"term added: {@new!.Describe()}"));
            }
            else if (@new is null)
            {
                changes.Add(new SemanticChange(ChangeKind.TermRemoved, null, $"term removed: \"{old.Name}\""));
            }
            else
            {
                if (old.Describe() != @new.Describe())
                    changes.Add(new SemanticChange(ChangeKind.TermChanged, null, $"term \"{@new.Name}\" now means something else: {old.Describe()} -> {@new.Describe()}"));
                if (SetChange($"term \"{@new.Name}\": other names", old.Synonyms, @new.Synonyms) is { } synonyms)
                    changes.Add(new SemanticChange(ChangeKind.TermChanged, null, synonyms));
            }
        }

        return changes.ToImmutable();
    }

    private static string TermSignature(TermSymbol term) =>
        $"{term.Describe()}|{string.Join("|", term.Synonyms.Select(VocabularySymbol.Normalize).Order(StringComparer.Ordinal))}";

    // ------------------------------------------------------------------ files

    private static ImmutableArray<FileChange> CompareFiles(ImmutableArray<SyntaxTree> before, ImmutableArray<SyntaxTree> after, Func<SyntaxTree, string> fileKey, HashSet<string> changedInMeaning)
    {
        var old = before.GroupBy(fileKey).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var @new = after.GroupBy(fileKey).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<FileChange>();
        foreach (var key in old.Keys.Union(@new.Keys).Order(StringComparer.Ordinal))
        {
            var kind = (old.GetValueOrDefault(key), @new.GetValueOrDefault(key)) switch
            {
                (null, _) => TextChangeKind.Added,
                (_, null) => TextChangeKind.Removed,
                var (o, n) when o.Text.ToString() == n!.Text.ToString() => (TextChangeKind?)null,
                var (o, n) when changedInMeaning.Contains(key) => TextChangeKind.MeaningChanged,
                var (o, n) when !Tokens(o).SequenceEqual(Tokens(n!)) => TextChangeKind.SameMeaning,
                var (o, n) when !Comments(o).SequenceEqual(Comments(n!)) => TextChangeKind.CommentsOnly,
                _ => TextChangeKind.LayoutOnly,
            };
            if (kind is { } k)
                result.Add(new FileChange(key, k));
        }

        return result.ToImmutable();
    }

    private static IEnumerable<string> Tokens(SyntaxTree tree) =>
        tree.Root.DescendantTokens()
            .Where(t => t.Kind is not (SyntaxKind.NewLineToken or SyntaxKind.EndOfFileToken))
            .Select(t => t.IsKeyword ? t.Text.ToLowerInvariant() : t.Text);

    private static IEnumerable<string> Comments(SyntaxTree tree) =>
        tree.Root.DescendantTokens()
            .SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia))
            .Where(t => t.Kind == SyntaxKind.CommentTrivia)
            .Select(t => t.Text.Trim());
}
