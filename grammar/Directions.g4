// The Directions language: practice directions of English children's social care.
//
// Layout is line based: a direction header, then rules, each rule a line `rule "Name"`
// followed by clause lines. Newlines end a line; indentation and comments are trivia.
// Keywords are case-insensitive. Everything that is not a keyword is a word, and words
// make up terms ("CIN visit", "long-term DCSS") that the vocabulary resolves; the parser
// never knows what a term means.
//
// Only compiler/Directions.Compiler/Syntax/ParseTreeTranslator.cs reads the parse tree
// this grammar produces; the rest of the compiler sees our own syntax tree.
grammar Directions;

options { caseInsensitive = true; }

// ---------------------------------------------------------------- file
//
// The parser sees a file as a list of lines; each line parses on its own, so one
// mistake never spoils the lines after it. Which line belongs to which direction,
// rule or term is decided by ParseTreeTranslator, from the order of the lines.

compilationUnit
    : line* (lineContent DOT?)? EOF
    ;

line
    : lineContent? DOT? NEWLINE
    ;

// The compiler parses one line at a time (the tokens of a line, then end of input),
// so an error never spreads past its line.
singleLine
    : lineContent DOT? EOF
    ;

// Entry rules for a line whose first word says what it must be, so that its mistake is
// reported as a mistake in that kind of line. Header keywords, term kinds and 'also' are
// soft keywords (they may start a term too), so without these a header line with a missing
// value would read as a requirement, and be reported as one.
headerOnly
    : headerItems DOT? EOF
    ;

termDeclarationOnly
    : termDeclaration DOT? EOF
    ;

alsoOnly
    : alsoNames DOT? EOF
    ;

lineContent
    : DIRECTION STRING                                    # directionLine
    | VOCABULARY STRING                                   # vocabularyLine
    | RULE STRING                                         # ruleLine
    | headerItems                                         # headerLine
    | termDeclaration                                     # termDeclarationLine
    | alsoNames                                           # alsoLine
    | clause                                              # clauseLine
    ;

// ---------------------------------------------------------------- direction header

headerItems
    : headerItem (COMMA headerItem)*
    ;

headerItem
    : ID STRING                                           # idItem
    | ISSUED BY STRING                                    # issuedByItem
    | VERSION versionValue                                # versionItem
    | EFFECTIVE FROM DATE (UNTIL DATE)?                   # effectiveItem
    | SOURCE STRING                                       # sourceItem
    | SUPERSEDES STRING VERSION versionValue              # supersedesItem
    | SERVICE AREAS STRING (COMMA STRING)*                # serviceAreasItem
    ;

versionValue
    : DECIMAL
    | NUMBER
    | STRING
    ;

// ---------------------------------------------------------------- rule clauses

clause
    : CITES STRING (COMMA STRING)*                        # citesClause
    | QUOTE STRING                                        # quoteClause
    | APPLIES TO term (COMMA term)*                       # appliesClause
    | EXCEPT term COLON requirementBody                   # exceptClause
    | WHEN term COLON requirement (COMMA requirement)*    # whenClause
    | OVERRIDES STRING (IN STRING)?                       # overridesClause
    | term? BY term                                       # roleClause
    | requirement                                         # requirementClause
    ;

// A requirement: what must happen (a term) and when.
requirement
    : term requirementBody
    ;

requirementBody
    : RECORDED? timing? allowance*
    ;

timing
    : frequency                                           # cadenceTiming
    | deadline (COMMA? THEN frequency)?                   # deadlineTiming
    ;

frequency
    : (AT LEAST)? EVERY duration                          # everyFrequency
    | (AT LEAST)? count? FREQUENCY_WORD                   # idiomFrequency
    ;

deadline
    : WITHIN duration (OF term | BEFORE EACH? term)?      # withinDeadline
    | BY THE SAME DAYS                                    # sameDayDeadline
    | (AT LEAST duration)? BEFORE EACH? term              # beforeDeadline
    ;

// What may stretch a limit: a recorded reason, and the outer bound that holds even then.
allowance
    : COMMA? UNLESS RECORDED? term                        # unlessAllowance
    | COMMA? MAX duration                                 # maxAllowance
    ;

// "every month" and "every week" have no number: one is meant. Only a singular unit may stand
// alone: ParseTreeTranslator reports a plural one ("every weeks") as a number forgotten.
duration
    : count unit?
    | unit
    ;

count
    : NUMBER
    | NUMBER_WORD
    ;

// "working hours" and the like parse, so that the binder can say why they make no sense.
unit
    : (WORKING | CALENDAR)? (HOURS | DAYS | WEEKS | MONTHS | YEARS)
    ;

// A term is a run of words (or a quoted name) that the vocabulary resolves.
term
    : STRING
    | word+
    ;

word
    : WORD
    | softKeyword
    ;

// Keywords that only start header lines or vocabulary lines, so they can also be words in terms.
softKeyword
    : ID | ISSUED | VERSION | EFFECTIVE | FROM | UNTIL | SOURCE | SUPERSEDES | SERVICE | AREAS
    | THE | SAME | LEAST | TO | EVENT | RECORD | PERIOD | COHORT | ROLE | ACTION | SUBJECT
    | MEANS | ALSO | WHERE | IS | NOT | AND | OR | DATED | STARTS | ENDS | YES | NO | IN | EACH
    ;

// ---------------------------------------------------------------- vocabulary

alsoNames
    : ALSO STRING (COMMA STRING)*
    ;

termDeclaration
    : tableTermKind STRING MEANS fieldPath (WHERE condition)? (DATED fieldPath)?   # tableTermDeclaration
    | conditionTermKind STRING MEANS condition                                   # conditionTermDeclaration
    | ACTION STRING MEANS fieldPath                                              # actionTermDeclaration
    ;

// Events and records are dated rows of a case-data table; periods and subjects are rows
// with a start and an end (a subject is the period a rule watches, e.g. a CIN episode).
tableTermKind
    : EVENT | RECORD | PERIOD | SUBJECT
    ;

// Cohorts are conditions on a child; roles are conditions on a worker.
conditionTermKind
    : COHORT | ROLE
    ;

condition
    : conditionTerm (OR conditionTerm)*
    ;

conditionTerm
    : conditionFactor (AND conditionFactor)*
    ;

conditionFactor
    : NOT conditionFactor                                 # notCondition
    | fieldPath IS NOT? literal                           # comparisonCondition
    | fieldPath AT LEAST duration                         # atLeastCondition
    | fieldPath                                           # flagCondition
    ;

literal
    : STRING
    | NUMBER
    | DECIMAL
    | YES
    | NO
    ;

fieldPath
    : fieldName (DOT fieldName)*
    ;

// A field of the case data may share its name with a keyword of rules ('recorded', 'by', 'before'):
// in a vocabulary line every word after 'means', 'where' or 'dated' is a field name.
fieldName
    : WORD
    | softKeyword
    | RECORDED | BY | OF | AT | WITHIN | BEFORE | EVERY | THEN | WHEN | EXCEPT | UNLESS | MAX
    | WORKING | CALENDAR | HOURS | DAYS | WEEKS | MONTHS | YEARS | CITES | QUOTE | APPLIES | OVERRIDES
    ;

// ---------------------------------------------------------------- lexer

DIRECTION   : 'direction';
VOCABULARY  : 'vocabulary';
RULE        : 'rule';
ID          : 'id';
ISSUED      : 'issued';
BY          : 'by';
VERSION     : 'version';
EFFECTIVE   : 'effective';
FROM        : 'from';
UNTIL       : 'until';
SOURCE      : 'source';
SUPERSEDES  : 'supersedes';
SERVICE     : 'service';
AREAS       : 'areas';
CITES       : 'cites';
QUOTE       : 'quote';
APPLIES     : 'applies';
TO          : 'to';
EXCEPT      : 'except';
WHEN        : 'when';
OVERRIDES   : 'overrides';
IN          : 'in';
EACH        : 'each';
RECORDED    : 'recorded';
THEN        : 'then';
AT          : 'at';
LEAST       : 'least';
EVERY       : 'every';
WITHIN      : 'within';
OF          : 'of';
THE         : 'the';
SAME        : 'same';
BEFORE      : 'before';
UNLESS      : 'unless';
MAX         : 'max' | 'maximum';
WORKING     : 'working';
CALENDAR    : 'calendar';
HOURS       : 'hour' | 'hours';
DAYS        : 'day' | 'days';
WEEKS       : 'week' | 'weeks';
MONTHS      : 'month' | 'months';
YEARS       : 'year' | 'years';
EVENT       : 'event';
RECORD      : 'record';
PERIOD      : 'period';
COHORT      : 'cohort';
SUBJECT     : 'subject';
ROLE        : 'role';
ACTION      : 'action';
MEANS       : 'means';
ALSO        : 'also';
WHERE       : 'where';
IS          : 'is';
NOT         : 'not';
AND         : 'and';
OR          : 'or';
DATED       : 'dated';
STARTS      : 'starts';
ENDS        : 'ends';
YES         : 'yes';
NO          : 'no';

NUMBER_WORD
    : 'one' | 'two' | 'three' | 'four' | 'five' | 'six' | 'seven' | 'eight' | 'nine' | 'ten'
    | 'eleven' | 'twelve'
    ;

// Policy idioms: "4-weekly", "six-monthly", "fortnightly", "monthly", "quarterly" ...
// "4 weekly" (with a space) is a count followed by FREQUENCY_WORD.
FREQUENCY_WORD
    : (DIGITS '-' | NUMBER_PREFIX '-')? PERIODIC
    | 'fortnightly'
    | 'quarterly'
    | 'annually'
    | 'bi-monthly'
    | 'bi-weekly'
    ;

fragment PERIODIC      : 'daily' | 'weekly' | 'monthly' | 'yearly';
fragment NUMBER_PREFIX : 'one' | 'two' | 'three' | 'four' | 'five' | 'six' | 'seven' | 'eight' | 'nine' | 'ten' | 'eleven' | 'twelve';
fragment DIGITS        : [0-9]+;

DATE    : [0-9] [0-9] [0-9] [0-9] '-' [0-9] [0-9] '-' [0-9] [0-9];
// "21-09-2021" or "21/09/2021": never valid, but one token, so the error can say how to write a date.
MALFORMED_DATE : DIGITS ('-' | '/') DIGITS (('-' | '/') DIGITS)?;
DECIMAL : DIGITS '.' DIGITS ('.' DIGITS)*;
NUMBER  : DIGITS;

// Straight or curly double quotes, so text pasted from a Word document still works.
STRING
    : '"' (~["\r\n\\] | '\\' ~[\r\n])* '"'
    | '\u201C' ~[\u201D\r\n]* '\u201D'
    ;
UNTERMINATED_STRING
    : '"' (~["\r\n\\] | '\\' ~[\r\n])*
    | '\u201C' ~[\u201D\r\n]*
    ;

COMMA : ',';
COLON : ':';
DOT   : '.';

// Words: letters, digits, hyphens, apostrophes and underscores, starting with a letter or digit
// ("long-term", "child's", "S000-07", "child_seen", "S47").
WORD
    : [\p{L}] WORD_CHAR*
    | DIGITS [\p{L}_] WORD_CHAR*
    ;
fragment WORD_CHAR : [\p{L}0-9_'\u2019] | '-' [\p{L}0-9];

NEWLINE    : '\r'? '\n' | '\r';
WHITESPACE : [ \t\u00A0]+ -> channel(HIDDEN);
COMMENT    : '#' ~[\r\n]* -> channel(HIDDEN);

// Anything else is still a token, so no character of the source is ever lost;
// the parser reports it in plain English.
// A character outside the Basic Multilingual Plane (an emoji) is two UTF-16 code units: one token.
UNEXPECTED_CHARACTER
    : [\uD800-\uDBFF] [\uDC00-\uDFFF]
    | .
    ;
