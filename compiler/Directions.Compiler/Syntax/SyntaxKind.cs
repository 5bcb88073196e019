namespace Directions.Compiler.Syntax;

/// <summary>What a token, a piece of trivia or a node is.</summary>
public enum SyntaxKind
{
    /// <summary>Nothing: the default value.</summary>
    None,

    /// <summary>The end of the file.</summary>
    EndOfFileToken,

    /// <summary>A line break that ends a line (empty at the end of the file).</summary>
    NewLineToken,

    /// <summary>A quoted text.</summary>
    StringToken,

    /// <summary>A quoted text whose closing quote is missing.</summary>
    UnterminatedStringToken,

    /// <summary>A whole number.</summary>
    NumberToken,

    /// <summary>A number with a decimal point, as in a version.</summary>
    DecimalToken,

    /// <summary>A date written YYYY-MM-DD.</summary>
    DateToken,

    /// <summary>A number written as a word, one to twelve.</summary>
    NumberWordToken,

    /// <summary>A frequency idiom such as 4-weekly or fortnightly.</summary>
    FrequencyWordToken,

    /// <summary>A word that is not a keyword: part of a term or a field name.</summary>
    WordToken,

    /// <summary>A comma.</summary>
    CommaToken,

    /// <summary>A colon.</summary>
    ColonToken,

    /// <summary>A full stop.</summary>
    DotToken,

    /// <summary>A character the language has no use for.</summary>
    BadCharacterToken,

    /// <summary>Something that looks like a date but is not written year-month-day, such as 21-09-2021.</summary>
    MalformedDateToken,

    /// <summary>The keyword <c>direction</c>.</summary>
    DirectionKeyword,

    /// <summary>The keyword <c>vocabulary</c>.</summary>
    VocabularyKeyword,

    /// <summary>The keyword <c>rule</c>.</summary>
    RuleKeyword,

    /// <summary>The keyword <c>id</c>.</summary>
    IdKeyword,

    /// <summary>The keyword <c>issued</c>.</summary>
    IssuedKeyword,

    /// <summary>The keyword <c>by</c>.</summary>
    ByKeyword,

    /// <summary>The keyword <c>version</c>.</summary>
    VersionKeyword,

    /// <summary>The keyword <c>effective</c>.</summary>
    EffectiveKeyword,

    /// <summary>The keyword <c>from</c>.</summary>
    FromKeyword,

    /// <summary>The keyword <c>until</c>.</summary>
    UntilKeyword,

    /// <summary>The keyword <c>source</c>.</summary>
    SourceKeyword,

    /// <summary>The keyword <c>supersedes</c>.</summary>
    SupersedesKeyword,

    /// <summary>The keyword <c>service</c>.</summary>
    ServiceKeyword,

    /// <summary>The keyword <c>areas</c>.</summary>
    AreasKeyword,

    /// <summary>The keyword <c>cites</c>.</summary>
    CitesKeyword,

    /// <summary>The keyword <c>quote</c>.</summary>
    QuoteKeyword,

    /// <summary>The keyword <c>applies</c>.</summary>
    AppliesKeyword,

    /// <summary>The keyword <c>to</c>.</summary>
    ToKeyword,

    /// <summary>The keyword <c>except</c>.</summary>
    ExceptKeyword,

    /// <summary>The keyword <c>when</c>.</summary>
    WhenKeyword,

    /// <summary>The keyword <c>recorded</c>.</summary>
    RecordedKeyword,

    /// <summary>The keyword <c>then</c>.</summary>
    ThenKeyword,

    /// <summary>The keyword <c>at</c>.</summary>
    AtKeyword,

    /// <summary>The keyword <c>least</c>.</summary>
    LeastKeyword,

    /// <summary>The keyword <c>every</c>.</summary>
    EveryKeyword,

    /// <summary>The keyword <c>within</c>.</summary>
    WithinKeyword,

    /// <summary>The keyword <c>of</c>.</summary>
    OfKeyword,

    /// <summary>The keyword <c>the</c>.</summary>
    TheKeyword,

    /// <summary>The keyword <c>same</c>.</summary>
    SameKeyword,

    /// <summary>The keyword <c>before</c>.</summary>
    BeforeKeyword,

    /// <summary>The keyword <c>unless</c>.</summary>
    UnlessKeyword,

    /// <summary>The keyword <c>max</c>.</summary>
    MaxKeyword,

    /// <summary>The keyword <c>working</c>.</summary>
    WorkingKeyword,

    /// <summary>The keyword <c>calendar</c>.</summary>
    CalendarKeyword,

    /// <summary>The keyword <c>hours</c>.</summary>
    HoursKeyword,

    /// <summary>The keyword <c>days</c>.</summary>
    DaysKeyword,

    /// <summary>The keyword <c>weeks</c>.</summary>
    WeeksKeyword,

    /// <summary>The keyword <c>months</c>.</summary>
    MonthsKeyword,

    /// <summary>The keyword <c>years</c>.</summary>
    YearsKeyword,

    /// <summary>The keyword <c>event</c>.</summary>
    EventKeyword,

    /// <summary>The keyword <c>record</c>.</summary>
    RecordKeyword,

    /// <summary>The keyword <c>period</c>.</summary>
    PeriodKeyword,

    /// <summary>The keyword <c>cohort</c>.</summary>
    CohortKeyword,

    /// <summary>The keyword <c>subject</c>.</summary>
    SubjectKeyword,

    /// <summary>The keyword <c>role</c>.</summary>
    RoleKeyword,

    /// <summary>The keyword <c>action</c>.</summary>
    ActionKeyword,

    /// <summary>The keyword <c>means</c>.</summary>
    MeansKeyword,

    /// <summary>The keyword <c>also</c>.</summary>
    AlsoKeyword,

    /// <summary>The keyword <c>where</c>.</summary>
    WhereKeyword,

    /// <summary>The keyword <c>is</c>.</summary>
    IsKeyword,

    /// <summary>The keyword <c>not</c>.</summary>
    NotKeyword,

    /// <summary>The keyword <c>and</c>.</summary>
    AndKeyword,

    /// <summary>The keyword <c>or</c>.</summary>
    OrKeyword,

    /// <summary>The keyword <c>dated</c>.</summary>
    DatedKeyword,

    /// <summary>The keyword <c>starts</c>.</summary>
    StartsKeyword,

    /// <summary>The keyword <c>ends</c>.</summary>
    EndsKeyword,

    /// <summary>The keyword <c>yes</c>.</summary>
    YesKeyword,

    /// <summary>The keyword <c>no</c>.</summary>
    NoKeyword,

    /// <summary>The keyword <c>overrides</c>.</summary>
    OverridesKeyword,

    /// <summary>The keyword <c>in</c> (only after <c>overrides "..."</c>; a word in terms).</summary>
    InKeyword,

    /// <summary>The keyword <c>each</c> (only after <c>before</c>; a word in terms).</summary>
    EachKeyword,

    /// <summary>Spaces and tabs.</summary>
    WhitespaceTrivia,

    /// <summary>A comment, from # to the end of the line.</summary>
    CommentTrivia,

    /// <summary>The line break of a blank line.</summary>
    EndOfLineTrivia,

    /// <summary>A token the parser could not place; kept so that no text is lost.</summary>
    SkippedTokenTrivia,

    /// <summary>A whole .pd file: its directions and vocabularies, in order.</summary>
    CompilationUnit,

    /// <summary>A direction: its `direction "Title"` line, header lines and rules.</summary>
    DirectionDeclaration,

    /// <summary>A vocabulary: its `vocabulary "Title"` line and term declarations.</summary>
    VocabularyDeclaration,

    /// <summary>A rule: its `rule "Name"` line and the clause lines under it.</summary>
    RuleDeclaration,

    /// <summary>A vocabulary term: its definition line and the `also` lines that give synonyms.</summary>
    TermDeclaration,

    /// <summary>The line `direction "Title"` that opens a direction.</summary>
    DirectionLine,

    /// <summary>The line `vocabulary "Title"` that opens a vocabulary.</summary>
    VocabularyLine,

    /// <summary>The line `rule "Name"` that opens a rule.</summary>
    RuleLine,

    /// <summary>A line of a direction header: one or more items separated by commas.</summary>
    HeaderLine,

    /// <summary>A line of a rule.</summary>
    ClauseLine,

    /// <summary>A line `also "synonym", ...` under a term declaration.</summary>
    AlsoLine,

    /// <summary>A line that could not be parsed; its tokens are kept so no text is lost.</summary>
    ErroneousLine,

    /// <summary>`id "bristol-cin"`: the identity shared by all versions of a direction.</summary>
    IdHeaderItem,

    /// <summary>`issued by "Bristol City Council"`.</summary>
    IssuedByHeaderItem,

    /// <summary>`version 2021.1`.</summary>
    VersionHeaderItem,

    /// <summary>`effective from 2021-09-01 until 2025-03-31`.</summary>
    EffectiveHeaderItem,

    /// <summary>`source "document"`: the policy document the direction encodes.</summary>
    SourceHeaderItem,

    /// <summary>`supersedes "bristol-cin" version 2020.1`.</summary>
    SupersedesHeaderItem,

    /// <summary>`service areas "DCSS", "First Assessment Service"`.</summary>
    ServiceAreasHeaderItem,

    /// <summary>`cites "S000-07", "Agreed actions, bullet 4"`: where in the policy the rule comes from.</summary>
    CitesClause,

    /// <summary>`quote "..."`: the policy's own words for the rule.</summary>
    QuoteClause,

    /// <summary>`applies to long-term DCSS`: the cohorts a rule is limited to.</summary>
    AppliesToClause,

    /// <summary>`except long-term DCSS: max 8 weeks`: a different limit for a cohort.</summary>
    ExceptClause,

    /// <summary>`when CP plan ends: CIN plan by the same day, CIN review within 3 months`.</summary>
    WhenClause,

    /// <summary>`chaired by qualified social worker` or `CIN review chaired by qualified social worker`.</summary>
    RoleClause,

    /// <summary>A requirement on a line of its own.</summary>
    RequirementClause,

    /// <summary>`overrides "Rule" in "direction-id"`: this rule's limit is enforced instead of the named rule's.</summary>
    OverridesClause,

    /// <summary>What must happen and when: `CIN visit every 4 weeks unless recorded rationale, max 6`.</summary>
    Requirement,

    /// <summary>The timing of a requirement and what may stretch it.</summary>
    RequirementBody,

    /// <summary>A cadence: `every 4 weeks`, `4-weekly`.</summary>
    CadenceTiming,

    /// <summary>A first deadline, optionally followed by a cadence: `within 1 month of CIN plan start, then every 3 months`.</summary>
    DeadlineTiming,

    /// <summary>`every 4 weeks` or `at least every 4 weeks`.</summary>
    EveryFrequency,

    /// <summary>A policy idiom: `4-weekly`, `4 weekly`, `fortnightly`, `six-monthly`.</summary>
    IdiomFrequency,

    /// <summary>`within 12 weeks of involvement start`, or `within 3 months` after a trigger.</summary>
    WithinDeadline,

    /// <summary>`by the same day`.</summary>
    SameDayDeadline,

    /// <summary>`before pre-proceedings start`.</summary>
    BeforeDeadline,

    /// <summary>`unless recorded rationale`: a longer gap is allowed while such a record is in force.</summary>
    UnlessAllowance,

    /// <summary>`max 6 weeks`: the outer bound that holds even with a recorded reason.</summary>
    MaxAllowance,

    /// <summary>A number and a unit: `4 weeks`, `twenty working days`, or a bare number after `max`.</summary>
    Duration,

    /// <summary>A unit: `weeks`, `working days`, `calendar months`.</summary>
    Unit,

    /// <summary>A term: words (`CIN visit`) or a quoted name, resolved against the vocabulary.</summary>
    Term,

    /// <summary>`event "CIN visit" means visits where kind is "CIN" and child_seen`.</summary>
    TableTermDefinition,

    /// <summary>`cohort "long-term DCSS" means service_area is "DCSS" and open_for at least 12 months`.</summary>
    ConditionTermDefinition,

    /// <summary>`action "chaired" means chair`.</summary>
    ActionTermDefinition,

    /// <summary>Two conditions joined by `and` or `or`.</summary>
    BinaryCondition,

    /// <summary>`not &lt;condition&gt;`.</summary>
    NotCondition,

    /// <summary>`kind is "CIN"` or `kind is not "CIN"`.</summary>
    ComparisonCondition,

    /// <summary>`open_for at least 12 months`.</summary>
    AtLeastCondition,

    /// <summary>A yes/no field on its own: `child_seen`.</summary>
    FlagCondition,

    /// <summary>A field or table name, possibly dotted: `visits`, `team.service_area`.</summary>
    FieldPath,
}
