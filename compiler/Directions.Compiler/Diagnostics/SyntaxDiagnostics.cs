namespace Directions.Compiler.Diagnostics;

/// <summary>
/// The catalogue of syntax diagnostics (DIR1xxx): a line that cannot be read, or a line in the
/// wrong place. IDs are stable: never reuse or renumber one.
/// </summary>
public static class SyntaxDiagnostics
{
    /// <summary>DIR1000: a line that cannot be read, with what was expected instead.</summary>
    public static readonly DiagnosticDescriptor UnexpectedText = new(
        "DIR1000", DiagnosticSeverity.Error, "Line cannot be read", "{0}");

    /// <summary>DIR1001: a character the language has no use for.</summary>
    public static readonly DiagnosticDescriptor BadCharacter = new(
        "DIR1001", DiagnosticSeverity.Error, "Unexpected character",
        "I don't know what to do with the character '{0}'. Remove it, or put the text inside double quotes.");

    /// <summary>DIR1002: a quoted text with no closing quote.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "DIR1002", DiagnosticSeverity.Error, "Missing closing quote",
        "This quoted text has no closing quote. Add \" at the end of it, on the same line.");

    /// <summary>
    /// DIR1003: a number is missing (or is not a whole number), after every, within, max or version:
    /// {0} is "a number" or "a whole number", {1} the word before, {2} an example, {3} an optional hint.
    /// </summary>
    public static readonly DiagnosticDescriptor ExpectedNumber = new(
        "DIR1003", DiagnosticSeverity.Error, "Number expected",
        "I expected {0} after '{1}', as in '{2}'.{3}");

    /// <summary>DIR1004: a quoted name is missing, after direction, rule, issued by, source ...</summary>
    public static readonly DiagnosticDescriptor ExpectedQuotedText = new(
        "DIR1004", DiagnosticSeverity.Error, "Quoted text expected",
        "I expected a text in double quotes after '{0}', as in: {1}");

    /// <summary>DIR1005: a date is missing or not written as year-month-day.</summary>
    public static readonly DiagnosticDescriptor ExpectedDate = new(
        "DIR1005", DiagnosticSeverity.Error, "Date expected",
        "I expected a date written as year-month-day after '{0}', as in '{0} 2021-09-01'.");

    /// <summary>DIR1006: the colon after an except or when clause's term is missing.</summary>
    public static readonly DiagnosticDescriptor ExpectedColon = new(
        "DIR1006", DiagnosticSeverity.Error, "Colon expected",
        "I expected a colon after '{0}', as in '{1}'.");

    /// <summary>DIR1007: a term is missing, after unless, of, before, applies to, by ...</summary>
    public static readonly DiagnosticDescriptor ExpectedTerm = new(
        "DIR1007", DiagnosticSeverity.Error, "Term expected",
        "I expected a term from the vocabulary after '{0}', as in '{1}'.");

    /// <summary>DIR1008: a requirement whose timing cannot be read.</summary>
    public static readonly DiagnosticDescriptor ExpectedTiming = new(
        "DIR1008", DiagnosticSeverity.Error, "Timing expected",
        "I could not read '{0}' after '{1}'. Say when it must happen, as in 'every 4 weeks', 'within 20 working days of referral' or 'fortnightly'.");

    /// <summary>DIR1010: a rule line outside a direction.</summary>
    public static readonly DiagnosticDescriptor RuleOutsideDirection = new(
        "DIR1010", DiagnosticSeverity.Error, "Rule outside a direction",
        "A rule must come after a 'direction' line. Start the file with: direction \"Title\"");

    /// <summary>DIR1011: a clause line that is not under a rule.</summary>
    public static readonly DiagnosticDescriptor ClauseOutsideRule = new(
        "DIR1011", DiagnosticSeverity.Error, "Line outside a rule",
        "This line is not inside a rule. Put a line such as rule \"CIN visits\" above it.");

    /// <summary>DIR1012: a header line after the first rule, or outside a direction.</summary>
    public static readonly DiagnosticDescriptor MisplacedHeader = new(
        "DIR1012", DiagnosticSeverity.Error, "Header line out of place",
        "Header lines such as 'version' and 'effective from' belong at the top of a direction, before its first rule.");

    /// <summary>DIR1013: a term declaration or also line outside a vocabulary.</summary>
    public static readonly DiagnosticDescriptor MisplacedTermDeclaration = new(
        "DIR1013", DiagnosticSeverity.Error, "Term declaration out of place",
        "{0} belongs in a vocabulary. Put it after a line such as vocabulary \"Shared terms\".");

    /// <summary>DIR1014: an also line in a vocabulary with no term declaration above it.</summary>
    public static readonly DiagnosticDescriptor SynonymsWithoutTerm = new(
        "DIR1014", DiagnosticSeverity.Error, "Synonyms without a term",
        "An 'also' line gives other names for the term declared on the line above it, but there is none. Put it under a line such as event \"CIN visit\" means visits.");

    /// <summary>All syntax diagnostics, for documentation and tests.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        UnexpectedText, BadCharacter, UnterminatedString, ExpectedNumber, ExpectedQuotedText, ExpectedDate,
        ExpectedColon, ExpectedTerm, ExpectedTiming, RuleOutsideDirection, ClauseOutsideRule, MisplacedHeader,
        MisplacedTermDeclaration, SynonymsWithoutTerm,
    ];
}
