using System.Collections.Immutable;
using System.Globalization;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Symbols;
using Directions.Compiler.Syntax;

namespace Directions.Compiler.Binding;

/// <summary>
/// Binds one direction: its header, its rules and their clauses, with the static checks of a
/// single direction (duplicate rule names, a maximum shorter than its cadence, exceptions that can
/// never apply, missing citations). A line that failed to parse is skipped, and a clause whose
/// term cannot be resolved is dropped after its one diagnostic, so errors never cascade.
/// </summary>
internal sealed class DirectionBinder(TermResolver terms, DiagnosticBag diagnostics)
{
    private readonly DurationBinder _durations = new(diagnostics);

    /// <summary>Binds a direction.</summary>
    public DirectionSymbol Bind(DirectionDeclarationSyntax syntax)
    {
        var title = syntax.Header.Title.ValueText.Trim();
        var header = new Dictionary<SyntaxKind, HeaderItemSyntax>();
        foreach (var item in syntax.Members.OfType<HeaderLineSyntax>().SelectMany(l => l.Items))
        {
            if (!header.TryAdd(item.Kind, item))
                diagnostics.Report(BindingDiagnostics.DuplicateHeaderItem, item.Location, HeaderItemName(item.Kind));
        }

        var id = (header.GetValueOrDefault(SyntaxKind.IdHeaderItem) as IdHeaderItemSyntax)?.Value.ValueText.Trim() ?? Slug(title);
        var issuedBy = (header.GetValueOrDefault(SyntaxKind.IssuedByHeaderItem) as IssuedByHeaderItemSyntax)?.Value.ValueText.Trim();
        var version = (header.GetValueOrDefault(SyntaxKind.VersionHeaderItem) as VersionHeaderItemSyntax)?.Value.ValueText.Trim();
        var source = (header.GetValueOrDefault(SyntaxKind.SourceHeaderItem) as SourceHeaderItemSyntax)?.Value.ValueText.Trim();
        var supersedes = header.GetValueOrDefault(SyntaxKind.SupersedesHeaderItem) as SupersedesHeaderItemSyntax;
        var areas = (header.GetValueOrDefault(SyntaxKind.ServiceAreasHeaderItem) as ServiceAreasHeaderItemSyntax)?.Areas.Select(a => a.ValueText.Trim()).ToImmutableArray() ?? [];

        DateOnly? from = null, until = null;
        if (header.GetValueOrDefault(SyntaxKind.EffectiveHeaderItem) is EffectiveHeaderItemSyntax effective)
        {
            from = Date(effective.FromDate);
            until = effective.UntilDate is null ? null : Date(effective.UntilDate);
            if (from is not null && until is not null && until < from)
                diagnostics.Report(BindingDiagnostics.BadDate, effective.UntilDate!.Location, $"The direction ends ({until:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}). Check the dates.");
        }

        var at = SyntaxLocations.Content(syntax.Header);

        // A header line that failed to parse has had its message; do not also say the item is missing.
        var broken = syntax.Members.OfType<ErroneousLineSyntax>()
            .SelectMany(l => l.Tokens.Where(t => t.IsKeyword).Take(1)).Select(t => t.Kind).ToHashSet();
        if (broken.Contains(SyntaxKind.IssuedKeyword))
            issuedBy = string.Empty;
        if (broken.Contains(SyntaxKind.SourceKeyword))
            source = string.Empty;
        if (broken.Contains(SyntaxKind.VersionKeyword))
            version ??= string.Empty;
        var effectiveBroken = broken.Contains(SyntaxKind.EffectiveKeyword);
        if (issuedBy is null)
            diagnostics.Report(BindingDiagnostics.RecommendedHeaderItem, at, title, "who issued it", "issued by \"Bristol City Council\"");
        if (source is null)
            diagnostics.Report(BindingDiagnostics.RecommendedHeaderItem, at, title, "which policy document it encodes", "source \"Practice Direction: working with Children in Need (2021)\"");
        if (version is null)
            diagnostics.Report(BindingDiagnostics.MissingHeaderItem, at, title, "its version", "version 2021.1");
        if (version?.Length == 0)
            version = null;
        if (issuedBy?.Length == 0)
            issuedBy = null;
        if (source?.Length == 0)
            source = null;
        if (!header.ContainsKey(SyntaxKind.EffectiveHeaderItem) && !effectiveBroken)
            diagnostics.Report(BindingDiagnostics.MissingHeaderItem, at, title, "when it takes effect", "effective from 2021-09-01");

        var rules = ImmutableArray.CreateBuilder<RuleSymbol>();
        var names = new Dictionary<string, RuleDeclarationSyntax>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in syntax.Members.OfType<RuleDeclarationSyntax>())
        {
            var name = rule.Header.Name.ValueText.Trim();
            if (names.TryGetValue(name, out var first))
                diagnostics.Report(BindingDiagnostics.DuplicateRuleName, rule.Header.Name.Location, name, first.Header.Location.Start.Line + 1);
            else
                names[name] = rule;
            rules.Add(BindRule(rule, name));
        }

        if (rules.Count == 0)
            diagnostics.Report(BindingDiagnostics.NoRules, at, title);

        return new DirectionSymbol(syntax, id, title, issuedBy, version, from, until, source,
            supersedes?.DirectionId.ValueText.Trim(), supersedes?.Version.ValueText.Trim(), areas, rules.ToImmutable());
    }

    private static string HeaderItemName(SyntaxKind kind) => kind switch
    {
        SyntaxKind.IdHeaderItem => "its id",
        SyntaxKind.IssuedByHeaderItem => "who issued it",
        SyntaxKind.VersionHeaderItem => "its version",
        SyntaxKind.EffectiveHeaderItem => "when it is in force",
        SyntaxKind.SourceHeaderItem => "its source",
        SyntaxKind.SupersedesHeaderItem => "what it supersedes",
        _ => "its service areas",
    };

    /// <summary>"Working with Children in Need" becomes "working-with-children-in-need".</summary>
    public static string Slug(string title)
    {
        var chars = title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    private DateOnly? Date(SyntaxToken token)
    {
        if (DateOnly.TryParseExact(token.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        diagnostics.Report(BindingDiagnostics.BadDate, token.Location, $"{token.Text} is not a date in the calendar. Check the month and the day.");
        return null;
    }

    // ------------------------------------------------------------------ rules

    /// <summary>
    /// Which requirement an `except` or role line qualifies: the one the last requirement line produced.
    /// When that line was dropped (a syntax error, an unknown term), the lines under it are dropped
    /// silently: its one diagnostic is enough, and they must not attach to an earlier requirement.
    /// </summary>
    private enum QualifierTarget
    {
        None,
        Current,
        Dropped,
    }

    private RuleSymbol BindRule(RuleDeclarationSyntax rule, string name)
    {
        var citations = ImmutableArray.CreateBuilder<string>();
        string? quote = null;
        var appliesTo = ImmutableArray.CreateBuilder<BoundTermReference>();
        var requirements = new List<BoundRequirement>();
        var overrides = ImmutableArray.CreateBuilder<BoundOverride>();
        var target = QualifierTarget.None;

        foreach (var line in rule.Lines)
        {
            if (line is not ClauseLineSyntax { Clause: var clause })
            {
                if (line is ErroneousLineSyntax)
                    target = QualifierTarget.Dropped;
                continue;
            }

            switch (clause)
            {
                case CitesClauseSyntax cites:
                    citations.AddRange(cites.Citations.Select(c => c.ValueText.Trim()));
                    break;
                case QuoteClauseSyntax q:
                    quote = q.Text.ValueText;
                    break;
                case OverridesClauseSyntax o:
                    overrides.Add(new BoundOverride(o, o.RuleName.ValueText.Trim(), o.DirectionId?.ValueText.Trim()));
                    break;
                case AppliesToClauseSyntax applies:
                    foreach (var cohort in applies.Cohorts)
                    {
                        if (terms.Resolve(cohort, TermUse.Cohort) is { } bound)
                            appliesTo.Add(bound);
                    }

                    break;
                case RequirementClauseSyntax requirementClause:
                    target = QualifierTarget.Dropped;
                    if (BindRequirement(requirementClause.Requirement, requirementClause, trigger: null) is { } requirement)
                    {
                        requirements.Add(requirement);
                        target = QualifierTarget.Current;
                    }

                    break;
                case WhenClauseSyntax whenClause:
                    target = QualifierTarget.Dropped;
                    if (terms.Resolve(whenClause.Trigger, TermUse.Trigger) is not { } trigger)
                        break;
                    var all = true;
                    foreach (var inner in whenClause.Requirements)
                    {
                        if (BindRequirement(inner, inner, trigger) is { } innerRequirement)
                            requirements.Add(innerRequirement);
                        else
                            all = false;
                    }

                    if (all)
                        target = QualifierTarget.Current;
                    break;
                case ExceptClauseSyntax except:
                    if (Qualify(requirements, target, except, "except") is { } index)
                        requirements[index] = AddException(requirements[index], except, appliesTo);
                    break;
                case RoleClauseSyntax role:
                    target = BindRole(role, requirements, target);
                    break;
            }
        }

        var header = SyntaxLocations.Content(rule.Header);
        if (citations.Count == 0)
            diagnostics.Report(BindingDiagnostics.MissingCitation, header, name);
        if (requirements.Count == 0 && !rule.Lines.Any(l => l is ErroneousLineSyntax) && rule.Lines.OfType<ClauseLineSyntax>().All(l => l.Clause is CitesClauseSyntax or QuoteClauseSyntax or AppliesToClauseSyntax or OverridesClauseSyntax))
            diagnostics.Report(BindingDiagnostics.NoRequirements, header, name);

        return new RuleSymbol(rule, name, citations.ToImmutable(), quote, appliesTo.ToImmutable(), [.. requirements]) { Overrides = overrides.ToImmutable() };
    }

    private int? Qualify(List<BoundRequirement> requirements, QualifierTarget target, ClauseSyntax clause, string keyword)
    {
        switch (target)
        {
            case QualifierTarget.Current:
                return requirements.Count - 1;
            case QualifierTarget.None:
                diagnostics.Report(BindingDiagnostics.NothingToQualify, clause.Location,
                    $"'{keyword}' qualifies the requirement on the line above it, but this rule has none yet. Put it under a line such as 'CIN visit every 4 weeks'.");
                return null;
            default:
                return null;
        }
    }

    private BoundRequirement? BindRequirement(RequirementSyntax syntax, SyntaxNode node, BoundTermReference? trigger)
    {
        var subject = terms.Resolve(syntax.Subject, TermUse.Requirement);
        var body = syntax.Body;
        var timing = BindTiming(body.Timing, trigger, subject);
        if (subject is null || (body.Timing is not null && timing is null))
            return null;

        var (rationale, maximum, ok) = BindAllowances(body.Allowances, timing);
        if (!ok)
            return null;

        CheckMaximum(body, timing, rationale, maximum);
        return new BoundRequirement(node, subject, body.RecordedKeyword is not null, timing, rationale, maximum, trigger);
    }

    private BoundTiming? BindTiming(TimingSyntax? syntax, BoundTermReference? trigger, BoundTermReference? subject)
    {
        switch (syntax)
        {
            case null:
                return null;
            case CadenceTimingSyntax cadence:
                return Frequency(cadence.Frequency, subject) is { } interval ? new BoundCadence(interval) : null;
            case DeadlineTimingSyntax deadline:
            {
                Duration? then = null;
                if (deadline.Frequency is not null)
                {
                    then = Frequency(deadline.Frequency, subject);
                    if (then is null)
                        return null;
                }

                switch (deadline.Deadline)
                {
                    case WithinDeadlineSyntax within:
                    {
                        var anchor = within.Anchor is null ? null : terms.Resolve(within.Anchor, TermUse.Anchor);
                        if (within.Anchor is not null && anchor is null)
                            return null;
                        if (anchor?.Action is { } anchorAction && !ActionHasDate(anchorAction, within.Anchor!))
                            return null;
                        if (within.Anchor is null && trigger is null && subject?.Action is { } action)
                        {
                            // "visit written up within 2 working days": from each record's own date to its action's date.
                            var within2 = _durations.Bind(within.Duration, null);
                            return within2 is null || !ActionHasDate(action, within) ? null : new BoundActionDeadline { Within = within2 };
                        }

                        if (within.Anchor is null && trigger is null)
                        {
                            var written = SyntaxLocations.Text(within);
                            diagnostics.Report(BindingDiagnostics.NothingToQualify, within.Location,
                                $"'{written}' needs something to count from: write '{written} of' and an event, as in '{written} of referral', or put the requirement in a line such as 'when CP plan ends: ...'.");
                            return null;
                        }

                        var allowed = _durations.Bind(within.Duration, null);
                        if (allowed is null || !UnitFits(allowed, within.Duration, subject, anchor ?? trigger))
                            return null;
                        return new BoundDeadline(allowed, anchor, then);
                    }

                    case SameDayDeadlineSyntax sameDay:
                        if (trigger is null)
                        {
                            diagnostics.Report(BindingDiagnostics.NothingToQualify, sameDay.Location,
                                "'by the same day' counts from the trigger of a 'when' line, and this line has none. Write it as 'when CP plan ends: CIN plan by the same day'.");
                            return null;
                        }

                        return new BoundDeadline(new Duration(0, TimeUnit.Days), null, then);
                    case BeforeDeadlineSyntax before:
                        return BindBefore(before, subject);
                    default:
                        return null;
                }
            }

            default:
                return null;
        }
    }

    private BoundTiming? BindBefore(BeforeDeadlineSyntax before, BoundTermReference? subject)
    {
        var anchor = terms.Resolve(before.Anchor, TermUse.Anchor);
        if (anchor is null)
            return null;
        Duration? duration = null;
        if (before.Duration is not null)
        {
            duration = _durations.Bind(before.Duration, null);
            if (duration is null || !UnitFits(duration, before.Duration, subject, anchor))
                return null;
        }

        // "report completed before report due": two dates of the same record, judged record by record.
        if (subject?.Action is { } subjectAction && anchor.Action is { } anchorAction && subject.Term == anchor.Term
            && before.WithinKeyword is null && before.EachKeyword is null)
        {
            if (!ActionHasDate(subjectAction, before) || !ActionHasDate(anchorAction, before.Anchor))
                return null;
            return new BoundActionDeadline { BeforeAction = anchorAction, LeadTime = duration };
        }

        if (anchor.Action is { } action && !ActionHasDate(action, before.Anchor))
            return null;

        return new BoundBefore(anchor)
        {
            LeadTime = before.LeastKeyword is null ? null : duration,
            Window = before.WithinKeyword is null ? null : duration,
            Each = before.EachKeyword is not null,
        };
    }

    /// <summary>A deadline on an action needs the action's field to hold a date.</summary>
    private bool ActionHasDate(TermSymbol action, SyntaxNode at)
    {
        if (action.Field?.Type is FieldType.Date or FieldType.DateTime)
            return true;
        diagnostics.Report(BindingDiagnostics.FieldTypeMismatch, at.Location,
            $"'{action.Name}' is recorded as {action.Field?.Name ?? "nothing"}, not as a date, so a deadline cannot be measured on it. Use an action whose field is a date, such as a field that says when it was done.");
        return false;
    }

    private Duration? Frequency(FrequencySyntax syntax, BoundTermReference? subject) => syntax switch
    {
        EveryFrequencySyntax every => _durations.Bind(every.Duration, null) is { } d && UnitFits(d, every.Duration, subject, null) ? d : null,
        IdiomFrequencySyntax idiom => _durations.Idiom(idiom),
        _ => null,
    };

    /// <summary>Hours need times: a limit in hours on something recorded by date only makes no sense.</summary>
    private bool UnitFits(Duration duration, DurationSyntax syntax, BoundTermReference? subject, BoundTermReference? anchor)
    {
        if (duration.Unit != TimeUnit.Hours)
            return true;
        foreach (var reference in new[] { subject, anchor })
        {
            if (reference is null)
                continue;
            var field = DateFieldOf(reference);
            if (field is not null && field.Type == FieldType.Date)
            {
                diagnostics.Report(BindingDiagnostics.UnitMakesNoSense, syntax.Location,
                    $"'{reference}' is recorded as a date without a time, so it cannot be measured in hours. Use days or working days.");
                return false;
            }
        }

        return true;
    }

    private static FieldSymbol? DateFieldOf(BoundTermReference reference)
    {
        var table = reference.Term.Table;
        if (table is null)
            return null;
        return reference.Boundary switch
        {
            PeriodBoundary.Start => table.FindField(table.StartField!),
            PeriodBoundary.End => table.FindField(table.EndField!),
            _ => reference.Term.Kind is TermKind.Period or TermKind.Subject ? table.FindField(table.StartField!) : reference.Term.DateField,
        };
    }

    private static Duration? LimitOf(BoundTiming? timing) => timing switch
    {
        BoundCadence cadence => cadence.Interval,
        BoundDeadline deadline => deadline.ThenEvery ?? deadline.Within,
        BoundActionDeadline action => action.Within,
        _ => null,
    };

    private (BoundTermReference? Rationale, Duration? Maximum, bool Ok) BindAllowances(IEnumerable<AllowanceSyntax> allowances, BoundTiming? timing)
    {
        BoundTermReference? rationale = null;
        Duration? maximum = null;
        foreach (var allowance in allowances)
        {
            switch (allowance)
            {
                case UnlessAllowanceSyntax unless:
                    rationale = terms.Resolve(unless.Record, TermUse.Rationale);
                    if (rationale is null)
                        return (null, null, false);
                    break;
                case MaxAllowanceSyntax max:
                    maximum = _durations.Bind(max.Duration, LimitOf(timing)?.Unit);
                    if (maximum is null)
                        return (null, null, false);
                    break;
            }
        }

        return (rationale, maximum, true);
    }

    private void CheckMaximum(RequirementBodySyntax body, BoundTiming? timing, BoundTermReference? rationale, Duration? maximum)
    {
        var limit = LimitOf(timing);
        var maxSyntax = body.Allowances.OfType<MaxAllowanceSyntax>().LastOrDefault();
        if (maximum is not null && maxSyntax is not null && timing is BoundBefore)
        {
            diagnostics.Report(BindingDiagnostics.MaximumOnBefore, SyntaxLocations.From(maxSyntax.MaxKeyword, maxSyntax), maximum, SyntaxLocations.Text(body.Timing!));
            return;
        }

        if (maximum is null || limit is null || maxSyntax is null)
            return;
        var limitText = timing is BoundCadence or BoundDeadline { ThenEvery: not null } ? $"the cadence of every {limit}" : $"the limit of {limit}";
        if (maximum.IsCertainlyShorterThan(limit))
        {
            diagnostics.Report(BindingDiagnostics.MaximumShorterThanLimit, maxSyntax.Duration.Location, maximum, limitText);
        }
        else if (rationale is null)
        {
            diagnostics.Report(BindingDiagnostics.MaximumWithoutAllowance, SyntaxLocations.From(maxSyntax.MaxKeyword, maxSyntax), maximum, body.Timing is null ? limit.ToString() : SyntaxLocations.Text(body.Timing));
        }
        else if (maximum.IsSameAs(limit))
        {
            var unless = body.Allowances.OfType<UnlessAllowanceSyntax>().First();
            diagnostics.Report(BindingDiagnostics.ExceptionNeverApplies, SyntaxLocations.From(unless.UnlessKeyword, unless),
                $"The maximum is the same as {limitText}, so a recorded {rationale} can never allow a longer gap. Raise the maximum, or remove 'unless recorded {rationale}'.");
        }
    }

    // ------------------------------------------------------------------ exceptions and roles

    private BoundRequirement AddException(BoundRequirement requirement, ExceptClauseSyntax except, ImmutableArray<BoundTermReference>.Builder appliesTo)
    {
        var cohort = terms.Resolve(except.Cohort, TermUse.Cohort);
        if (cohort is null)
            return requirement;
        if (except.Body.Timing is null && !except.Body.Allowances.Any())
        {
            diagnostics.Report(BindingDiagnostics.EmptyException, except.Location, except.Cohort.Text);
            return requirement;
        }

        var timing = BindTiming(except.Body.Timing, requirement.Trigger, requirement.Subject);
        if (except.Body.Timing is not null && timing is null)
            return requirement;
        var effectiveTiming = timing ?? requirement.Timing;
        var (_, maximum, ok) = BindAllowances(except.Body.Allowances, effectiveTiming);
        if (!ok)
            return requirement;

        var exception = new BoundCohortException(except, cohort, timing, maximum);
        CheckException(requirement, exception, appliesTo);
        return requirement with { CohortExceptions = requirement.CohortExceptions.Add(exception) };
    }

    /// <summary>An exception that changes nothing, or whose cohort the rule already excludes, can never apply.</summary>
    private void CheckException(BoundRequirement requirement, BoundCohortException exception, ImmutableArray<BoundTermReference>.Builder appliesTo)
    {
        var location = exception.Syntax.Location;
        var limit = LimitOf(exception.Timing ?? requirement.Timing);
        if (exception.Maximum is { } max && limit is not null && max.IsCertainlyShorterThan(limit))
        {
            var maxSyntax = exception.Syntax.Body.Allowances.OfType<MaxAllowanceSyntax>().LastOrDefault();
            diagnostics.Report(BindingDiagnostics.MaximumShorterThanLimit, maxSyntax?.Duration.Location ?? exception.Syntax.Body.Location, max, $"the cadence of every {limit}");
            return;
        }

        var sameTiming = exception.Timing is null || (LimitOf(exception.Timing) is { } t && LimitOf(requirement.Timing) is { } r && t.IsSameAs(r));
        var sameMaximum = exception.Maximum is null || (requirement.Maximum is { } m && exception.Maximum.IsSameAs(m));
        if (sameTiming && sameMaximum)
        {
            diagnostics.Report(BindingDiagnostics.ExceptionNeverApplies, location,
                $"The exception for '{exception.Cohort}' sets the same limits as the rule itself, so it can never change a finding. Change its limit or remove it.");
            return;
        }

        if (exception.Maximum is not null && requirement.Rationale is null && exception.Timing is null)
        {
            diagnostics.Report(BindingDiagnostics.ExceptionNeverApplies, location,
                $"The exception for '{exception.Cohort}' only changes the maximum, but the requirement has no 'unless recorded ...' that the maximum could stretch. Add one to the requirement, or give the exception its own cadence.");
            return;
        }

        // `applies to A, B` means a child in A or in B: the exception is impossible only if it contradicts every one.
        if (appliesTo.Count > 0 && appliesTo.All(a => Excludes(a.Term.Condition, exception.Cohort.Term.Condition)))
        {
            var applies = string.Join("' or '", appliesTo.Select(a => a.ToString()));
            diagnostics.Report(BindingDiagnostics.ExceptionNeverApplies, location,
                $"The rule applies only to '{applies}', and no child can be both '{applies}' and '{exception.Cohort}', so this exception can never apply.");
        }
    }

    /// <summary>True when two conditions demand different values of the same field ("team is A" and "team is B", "disabled" and "not disabled").</summary>
    private static bool Excludes(BoundCondition? a, BoundCondition? b)
    {
        static IEnumerable<(Symbols.FieldSymbol Field, string Value)> Conjuncts(BoundCondition? condition) => condition switch
        {
            BoundComparisonCondition { Negated: false } c => [(c.Field, Literal(c.Value))],
            BoundComparisonCondition { Negated: true, Value: bool flag } c => [(c.Field, Literal(!flag))],
            BoundFlagCondition f => [(f.Field, Literal(true))],
            BoundNotCondition { Operand: BoundFlagCondition f } => [(f.Field, Literal(false))],
            BoundBinaryCondition { IsAnd: true } and => Conjuncts(and.Left).Concat(Conjuncts(and.Right)),
            _ => [],
        };

        static string Literal(object value) => value.ToString()!.ToLowerInvariant();

        return Conjuncts(a).Any(x => Conjuncts(b).Any(y => x.Field == y.Field && x.Value != y.Value));
    }

    private QualifierTarget BindRole(RoleClauseSyntax role, List<BoundRequirement> requirements, QualifierTarget target)
    {
        var (named, action) = terms.ResolveRoleSubject(role.Subject);
        if (action is null)
            return named is null ? target : QualifierTarget.Dropped;
        var roleReference = terms.Resolve(role.Role, TermUse.Role);
        if (roleReference is null)
            return named is null ? target : QualifierTarget.Dropped;

        if (action.Field?.Type != FieldType.Worker)
        {
            diagnostics.Report(BindingDiagnostics.FieldTypeMismatch, role.Subject.Location,
                $"'{action.Name}' is not done by a worker (it maps to {action.Field?.Name}), so it cannot be followed by 'by {role.Role.Text}'.");
            return named is null ? target : QualifierTarget.Dropped;
        }

        var constraint = new BoundRoleConstraint(role, action, roleReference);
        if (named is not null)
        {
            // "CIN review chaired by ...": a requirement of its own on every such event.
            if (!ActionFits(named.Term, action, role))
                return QualifierTarget.Dropped;
            requirements.Add(new BoundRequirement(role, named with { Action = null }, false, null, null, null, null) { RoleConstraints = [constraint] });
            return QualifierTarget.Current;
        }

        if (Qualify(requirements, target, role, $"{action.Name} by") is not { } index)
            return target;
        var qualified = requirements[index];
        if (ActionFits(qualified.Subject.Term, action, role))
            requirements[index] = qualified with { RoleConstraints = qualified.RoleConstraints.Add(constraint) };
        return target;
    }

    /// <summary>A role line's action must be a field of the event's table: meetings have a chair, referrals do not.</summary>
    private bool ActionFits(TermSymbol subject, TermSymbol action, RoleClauseSyntax role)
    {
        if (subject.Table is not { } table || table.FindField(action.Field!.Name) is not null)
            return true;
        diagnostics.Report(BindingDiagnostics.FieldTypeMismatch, role.Subject.Location,
            $"'{subject.Name}' has no '{action.Name}' ({table.Name} have no field {action.Field.Name}), so 'by {role.Role.Text}' cannot be checked on it.");
        return false;
    }
}
