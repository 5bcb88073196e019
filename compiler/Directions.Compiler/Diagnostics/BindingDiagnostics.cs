namespace Directions.Compiler.Diagnostics;

/// <summary>
/// The catalogue of binding diagnostics (DIR2xxx: a line that reads well but means something wrong
/// or unknown) and cross-direction checks (DIR3xxx). IDs are stable: never reuse or renumber one.
/// </summary>
public static class BindingDiagnostics
{
    /// <summary>DIR2001: a term the vocabulary does not know, with the nearest known one.</summary>
    public static readonly DiagnosticDescriptor UnknownTerm = new(
        "DIR2001", DiagnosticSeverity.Error, "Unknown term", "'{0}' is not a term I know.{1}");

    /// <summary>DIR2002: the maximum is shorter than the cadence or deadline it stretches.</summary>
    public static readonly DiagnosticDescriptor MaximumShorterThanLimit = new(
        "DIR2002", DiagnosticSeverity.Error, "Maximum shorter than the limit",
        "The maximum of {0} is shorter than {1}, so a recorded rationale could never allow a longer gap. Make the maximum longer than {1}.");

    /// <summary>DIR2003: two rules of one direction share a name.</summary>
    public static readonly DiagnosticDescriptor DuplicateRuleName = new(
        "DIR2003", DiagnosticSeverity.Error, "Duplicate rule name",
        "There is already a rule called '{0}' in this direction (line {1}). Give each rule its own name.");

    /// <summary>DIR2004: a unit that makes no sense, or makes no sense for what it measures.</summary>
    public static readonly DiagnosticDescriptor UnitMakesNoSense = new(
        "DIR2004", DiagnosticSeverity.Error, "Unit makes no sense", "{0}");

    /// <summary>DIR2005: an exception that can never change a finding.</summary>
    public static readonly DiagnosticDescriptor ExceptionNeverApplies = new(
        "DIR2005", DiagnosticSeverity.Warning, "Exception can never apply", "{0}");

    /// <summary>DIR2007: a rule with no citation of the policy paragraph it encodes.</summary>
    public static readonly DiagnosticDescriptor MissingCitation = new(
        "DIR2007", DiagnosticSeverity.Warning, "Rule has no citation",
        "Rule '{0}' does not say where in the policy it comes from. Add a line such as: cites \"paragraph 4.2\"");

    /// <summary>DIR2008: a term of the wrong kind for where it is used.</summary>
    public static readonly DiagnosticDescriptor WrongKindOfTerm = new(
        "DIR2008", DiagnosticSeverity.Error, "Wrong kind of term",
        "'{0}' is {1}, but here I need {2}, such as '{3}'.");

    /// <summary>DIR2009: a maximum with nothing to stretch it.</summary>
    public static readonly DiagnosticDescriptor MaximumWithoutAllowance = new(
        "DIR2009", DiagnosticSeverity.Warning, "Maximum has no effect",
        "'max {0}' has no effect here: without 'unless recorded ...' nothing can stretch '{1}'. Did you mean '{1} unless recorded rationale, max {0}'?");

    /// <summary>DIR2010: a duration without a unit.</summary>
    public static readonly DiagnosticDescriptor MissingUnit = new(
        "DIR2010", DiagnosticSeverity.Error, "Unit missing",
        "I need a unit after {0}: hours, days, working days, weeks, months or years, as in '{0} weeks'.");

    /// <summary>DIR2011: a number that cannot be a length of time.</summary>
    public static readonly DiagnosticDescriptor BadCount = new(
        "DIR2011", DiagnosticSeverity.Error, "Number out of range", "{0}");

    /// <summary>DIR2012: an idiom that policies use in two ways.</summary>
    public static readonly DiagnosticDescriptor AmbiguousIdiom = new(
        "DIR2012", DiagnosticSeverity.Warning, "Ambiguous idiom",
        "'{0}' can mean '{1}' or twice in that time; I read it as every {2}. Write 'every {2}' to say so plainly.");

    /// <summary>DIR2013: a line that qualifies or counts from something that is not there: an `except` or role line with no requirement above it, a deadline with nothing to count from.</summary>
    public static readonly DiagnosticDescriptor NothingToQualify = new(
        "DIR2013", DiagnosticSeverity.Error, "Nothing to qualify or count from", "{0}");

    /// <summary>DIR2014: an `except` line that says no limit.</summary>
    public static readonly DiagnosticDescriptor EmptyException = new(
        "DIR2014", DiagnosticSeverity.Error, "Exception without a limit",
        "Say what is different for '{0}', as in 'except {0}: max 8 weeks'.");

    /// <summary>DIR2020: a required header item is missing.</summary>
    public static readonly DiagnosticDescriptor MissingHeaderItem = new(
        "DIR2020", DiagnosticSeverity.Error, "Header item missing",
        "Direction '{0}' does not say {1}. Add a header line such as: {2}");

    /// <summary>DIR2025: a header item a reader of the direction needs, but the compiler does not.</summary>
    public static readonly DiagnosticDescriptor RecommendedHeaderItem = new(
        "DIR2025", DiagnosticSeverity.Warning, "Header item recommended",
        "Direction '{0}' does not say {1}; readers of its findings will want to know. Add a header line such as: {2}");

    /// <summary>DIR2021: a date that does not exist, or an end before the start.</summary>
    public static readonly DiagnosticDescriptor BadDate = new(
        "DIR2021", DiagnosticSeverity.Error, "Date not valid", "{0}");

    /// <summary>DIR2022: a header item given twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateHeaderItem = new(
        "DIR2022", DiagnosticSeverity.Error, "Header item given twice",
        "This direction already says {0}. Keep one.");

    /// <summary>DIR2023: a direction with no rules.</summary>
    public static readonly DiagnosticDescriptor NoRules = new(
        "DIR2023", DiagnosticSeverity.Warning, "Direction has no rules",
        "Direction '{0}' has no rules yet. Add one with a line such as: rule \"CIN visits\"");

    /// <summary>DIR2024: a rule with no requirement.</summary>
    public static readonly DiagnosticDescriptor NoRequirements = new(
        "DIR2024", DiagnosticSeverity.Warning, "Rule has no requirement",
        "Rule '{0}' does not say what must happen, so it can never be checked. Add a line such as 'CIN visit every 4 weeks'.");

    /// <summary>DIR2030: a vocabulary maps a term to a table the case data does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownTable = new(
        "DIR2030", DiagnosticSeverity.Error, "Unknown table",
        "The case data has no table called '{0}'.{1}");

    /// <summary>DIR2031: a vocabulary mentions a field the table (or child, or worker) does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownField = new(
        "DIR2031", DiagnosticSeverity.Error, "Unknown field",
        "{0} has no field called '{1}'.{2}");

    /// <summary>DIR2032: a field used in a way its type does not allow.</summary>
    public static readonly DiagnosticDescriptor FieldTypeMismatch = new(
        "DIR2032", DiagnosticSeverity.Error, "Field type mismatch", "{0}");

    /// <summary>DIR2033: a period or subject term over a table whose rows have no start and end.</summary>
    public static readonly DiagnosticDescriptor NotAPeriodTable = new(
        "DIR2033", DiagnosticSeverity.Error, "Table has no periods",
        "Rows of '{0}' have no start and end, so '{1}' cannot be a {2}. Make it an event, or map it to a table such as cin_plans.");

    /// <summary>DIR2034: a term (or synonym) declared twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateTerm = new(
        "DIR2034", DiagnosticSeverity.Error, "Term declared twice",
        "'{0}' is already declared ({1}). Each name or synonym may mean only one thing.");

    /// <summary>DIR2035: directions are compiled without any vocabulary.</summary>
    public static readonly DiagnosticDescriptor NoVocabulary = new(
        "DIR2035", DiagnosticSeverity.Error, "No vocabulary",
        "I have no vocabulary to look terms up in. Put a vocabulary.pd beside the direction, or name one with --vocabulary.");

    /// <summary>DIR3001: two versions of one direction in force on the same days.</summary>
    public static readonly DiagnosticDescriptor OverlappingVersions = new(
        "DIR3001", DiagnosticSeverity.Error, "Versions overlap",
        "Versions {0} and {1} of direction '{2}' are both in force from {3}. End the earlier one with 'until', or say 'supersedes \"{2}\" version {0}'.");

    /// <summary>DIR3002: the same version of a direction given twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateVersion = new(
        "DIR3002", DiagnosticSeverity.Error, "Version given twice",
        "Version {0} of direction '{1}' is also defined in {2}. Give the new one a new version number.");

    /// <summary>DIR2040: one policy document sets two different limits for the same thing (in one direction or in two directions with the same source).</summary>
    public static readonly DiagnosticDescriptor ContradictoryLimits = new(
        "DIR2040", DiagnosticSeverity.Warning, "Document sets two limits", "{0}");

    /// <summary>DIR2041: an `overrides` clause names a rule or direction that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownOverriddenRule = new(
        "DIR2041", DiagnosticSeverity.Error, "Overridden rule not found", "{0}");

    /// <summary>DIR2042: an `overrides` clause names a rule of another policy document, or its own rule.</summary>
    public static readonly DiagnosticDescriptor OverrideOutsideDocument = new(
        "DIR2042", DiagnosticSeverity.Error, "Override outside the document", "{0}");

    /// <summary>DIR2043: rules that override each other, so none of them would be checked.</summary>
    public static readonly DiagnosticDescriptor OverrideCycle = new(
        "DIR2043", DiagnosticSeverity.Error, "Rules override each other",
        "Rules {0} override each other, so none of them would be checked. Keep 'overrides' only on the rule whose limit applies.");

    /// <summary>DIR2044: a maximum on a `before` requirement, which has no gap for it to bound.</summary>
    public static readonly DiagnosticDescriptor MaximumOnBefore = new(
        "DIR2044", DiagnosticSeverity.Warning, "Maximum has no effect before an anchor",
        "'max {0}' has no effect on '{1}': a 'before' requirement has no gap that a maximum could bound, and 'unless recorded ...' excuses a missing event only while the record is in force on the anchor's day. Remove 'max {0}'.");

    /// <summary>DIR3003: two directions of one issuer, in force together for the same children, set different limits for the same thing.</summary>
    public static readonly DiagnosticDescriptor IssuerDirectionsDisagree = new(
        "DIR3003", DiagnosticSeverity.Warning, "Directions of one issuer disagree", "{0}");

    /// <summary>All binding and cross-direction diagnostics, for documentation and tests.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        UnknownTerm, MaximumShorterThanLimit, DuplicateRuleName, UnitMakesNoSense, ExceptionNeverApplies, MissingCitation,
        WrongKindOfTerm, MaximumWithoutAllowance, MissingUnit, BadCount, AmbiguousIdiom, NothingToQualify, EmptyException,
        MissingHeaderItem, RecommendedHeaderItem, BadDate, DuplicateHeaderItem, NoRules, NoRequirements, UnknownTable, UnknownField,
        FieldTypeMismatch, NotAPeriodTable, DuplicateTerm, NoVocabulary, OverlappingVersions, DuplicateVersion,
        ContradictoryLimits, UnknownOverriddenRule, OverrideOutsideDocument, OverrideCycle, MaximumOnBefore, IssuerDirectionsDisagree,
    ];
}
