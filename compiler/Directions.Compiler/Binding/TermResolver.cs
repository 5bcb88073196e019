using Directions.Compiler.Diagnostics;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Binding;

/// <summary>
/// Resolves the terms of rules against the vocabulary. Besides a whole name or synonym it
/// understands a period followed by start or end ("CIN plan start", "CP plan ends") and an event
/// or record followed by an action ("assessment shared with family"). Unknown terms get the nearest
/// known name as a suggestion; terms of the wrong kind say which kind was needed.
/// </summary>
internal sealed class TermResolver(VocabularySymbol vocabulary, DiagnosticBag diagnostics, Dictionary<TermSyntax, BoundTermReference> resolved)
{
    private static readonly HashSet<string> StartWords = ["start", "starts", "started", "begins", "opens", "opened"];
    private static readonly HashSet<string> EndWords = ["end", "ends", "ended", "closes", "closed"];

    /// <summary>Resolves a term for a use; null after reporting why it cannot be used there.</summary>
    public BoundTermReference? Resolve(TermSyntax syntax, TermUse use)
    {
        var reference = Find(syntax, use);
        if (reference is null)
        {
            Report(syntax, use);
            return null;
        }

        if (!Allowed(reference, use))
        {
            var wanted = Wanted(use);
            var example = vocabulary.Terms.FirstOrDefault(t => t.Kind == wanted.Kinds[0])?.Name
                ?? vocabulary.Terms.FirstOrDefault(t => wanted.Kinds.Contains(t.Kind))?.Name ?? wanted.Example;
            diagnostics.Report(BindingDiagnostics.WrongKindOfTerm, syntax.Location, syntax.Text, Describe(reference), wanted.Description, example);
            return null;
        }

        resolved[syntax] = reference;
        return reference;
    }

    /// <summary>Resolves the subject of a role line: an action alone ("chaired"), or an event and an action ("CIN review chaired").</summary>
    public (BoundTermReference? Event, TermSymbol? Action) ResolveRoleSubject(TermSyntax syntax)
    {
        var words = Words(syntax);
        if (Lookup(words) is { Kind: TermKind.Action } action)
            return (null, action);
        var reference = Find(syntax, TermUse.Requirement);
        if (reference?.Action is not null)
        {
            resolved[syntax] = reference;
            return (reference, reference.Action);
        }

        if (vocabulary.Terms.IsEmpty)
            return (null, null);
        var actions = vocabulary.Names.Where(n => n.Value.Kind == TermKind.Action).Select(n => n.Value.Name).ToList();
        var hint = SpellingSuggester.DidYouMean(syntax.Text, actions);
        if (hint.Length == 0)
        {
            // "CIN review chaird": a known event followed by a misspelt action.
            for (var split = words.Count - 1; split >= 1 && hint.Length == 0; split--)
            {
                if (Lookup(words[..split]) is { Kind: TermKind.Event or TermKind.Record or TermKind.Period } && SpellingSuggester.Suggest(string.Join(' ', words[split..]), actions) is { } nearest)
                    hint = $" Did you mean '{string.Join(' ', syntax.Tokens.Take(split).Select(t => t.ValueText))} {nearest}'?";
            }
        }

        diagnostics.Report(BindingDiagnostics.UnknownTerm, syntax.Location, syntax.Text,
            hint.Length > 0 ? hint : " Before 'by', say what is done, as in 'chaired by qualified social worker'.");
        return (null, null);
    }

    private static List<string> Words(TermSyntax syntax) =>
        VocabularySymbol.Normalize(syntax.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    private TermSymbol? Lookup(IEnumerable<string> words) => vocabulary.Find(string.Join(' ', words));

    private BoundTermReference? Find(TermSyntax syntax, TermUse use)
    {
        var words = Words(syntax);
        if (words.Count == 0)
            return null;
        if (Lookup(words) is { } whole)
            return new BoundTermReference(syntax, whole, PeriodBoundary.None, null);

        var last = words[^1];
        if (words.Count > 1 && (StartWords.Contains(last) || EndWords.Contains(last)) && Lookup(words[..^1]) is { Kind: TermKind.Period or TermKind.Subject } period)
            return new BoundTermReference(syntax, period, StartWords.Contains(last) ? PeriodBoundary.Start : PeriodBoundary.End, null);

        // "assessment shared with family" as what must happen; "ICPC first planned" as a date to count from.
        if (use is TermUse.Requirement or TermUse.Anchor)
        {
            for (var split = words.Count - 1; split >= 1; split--)
            {
                if (Lookup(words[..split]) is { Kind: TermKind.Event or TermKind.Record or TermKind.Period } subject
                    && Lookup(words[split..]) is { Kind: TermKind.Action } action)
                {
                    return new BoundTermReference(syntax, subject, PeriodBoundary.None, action);
                }
            }
        }

        return null;
    }

    private void Report(TermSyntax syntax, TermUse use)
    {
        // With no vocabulary at all, DIR2035 says so once; every term would be unknown.
        if (vocabulary.Terms.IsEmpty)
            return;
        var wanted = Wanted(use);
        var candidates = vocabulary.Names.Where(n => wanted.Kinds.Contains(n.Value.Kind)).Select(n => n.Value.Name).ToList();
        if (use is TermUse.Anchor or TermUse.Trigger)
            candidates.AddRange(vocabulary.Terms.Where(t => t.Kind is TermKind.Period or TermKind.Subject).SelectMany(t => new[] { t.Name + " start", t.Name + " end" }));
        var hint = SpellingSuggester.DidYouMean(syntax.Text, candidates);
        if (hint.Length == 0)
            hint = SpellingSuggester.DidYouMean(syntax.Text, vocabulary.Terms.Select(t => t.Name));
        if (hint.Length == 0)
            hint = $" Check the spelling, or add it to the vocabulary as {wanted.Description}.";
        diagnostics.Report(BindingDiagnostics.UnknownTerm, syntax.Location, syntax.Text, hint);
    }

    private static bool Allowed(BoundTermReference reference, TermUse use)
    {
        var kind = reference.Term.Kind;
        var boundary = reference.Boundary != PeriodBoundary.None;
        return use switch
        {
            TermUse.Requirement => kind is TermKind.Event or TermKind.Record or TermKind.Period or TermKind.Subject,
            TermUse.Anchor or TermUse.Trigger => kind is TermKind.Event or TermKind.Record || (kind is TermKind.Period or TermKind.Subject),
            TermUse.Rationale => kind is TermKind.Record,
            TermUse.Cohort => kind is TermKind.Cohort or TermKind.Subject && !boundary,
            _ => kind is TermKind.Role,
        };
    }

    private static (TermKind[] Kinds, string Description, string Example) Wanted(TermUse use) => use switch
    {
        TermUse.Requirement => ([TermKind.Event, TermKind.Record, TermKind.Period], "an event or a record", "CIN visit"),
        TermUse.Anchor => ([TermKind.Event, TermKind.Record, TermKind.Period, TermKind.Subject], "an event, a record, or the start or end of a period", "referral"),
        TermUse.Trigger => ([TermKind.Event, TermKind.Record, TermKind.Period, TermKind.Subject], "an event, or the start or end of a period", "CP plan ends"),
        TermUse.Rationale => ([TermKind.Record], "a record", "rationale"),
        TermUse.Cohort => ([TermKind.Cohort, TermKind.Subject], "a cohort of children", "long-term DCSS"),
        _ => ([TermKind.Role], "a role", "qualified social worker"),
    };

    private static string Describe(BoundTermReference reference)
    {
        var kind = reference.Term.Kind;
        var article = kind is TermKind.Event or TermKind.Action ? "an" : "a";
        var text = $"{article} {kind.ToString().ToLowerInvariant()}";
        return reference.Boundary == PeriodBoundary.None ? text : $"the {(reference.Boundary == PeriodBoundary.Start ? "start" : "end")} of {text}";
    }
}
