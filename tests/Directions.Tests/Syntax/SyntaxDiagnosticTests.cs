using System.Text.RegularExpressions;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Syntax;
using Directions.Compiler.Syntax.Generated;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Syntax;

/// <summary>
/// The syntax diagnostics (DIR1xxx): for each, the ID, the whole message and the span, written as
/// annotated source (the expected span in square brackets). Also: one mistake gives one message,
/// and no message ever speaks the parser's language.
/// </summary>
public sealed class SyntaxDiagnosticTests
{
    /// <summary>A direction with one rule whose only line is <paramref name="line"/>.</summary>
    private static string InRule(string line) => $"direction \"D\"\nrule \"R\"\n  {line}\n";

    /// <summary>A direction whose only header line is <paramref name="line"/>.</summary>
    private static string InHeader(string line) => $"direction \"D\"\n  {line}\n";

    /// <summary>A vocabulary whose only lines are <paramref name="lines"/>.</summary>
    private static string InVocabulary(string lines) => $"vocabulary \"V\"\n{lines}\n";

    private static void Expect(string annotated, string id, string message) =>
        DiagnosticAssert.Parse(annotated, (id, message));

    // ------------------------------------------------------------------ every catalogue entry

    /// <summary>One example of each syntax diagnostic the parser can produce.</summary>
    public static TheoryData<string, string, string> OneExamplePerId() => new()
    {
        { "DIR1000", InRule("CIN visit every 4 weeks [5]"), "I did not expect '5' here after 'weeks'. I expected the end of the line." },
        { "DIR1001", InRule("CIN visit every 4 weeks [@]"), "I don't know what to do with the character '@'. Remove it, or put the text inside double quotes." },
        { "DIR1002", InRule("quote [\"Always map the family situation]"), "This quoted text has no closing quote. Add \" at the end of it, on the same line." },
        { "DIR1003", InRule("CIN visit within [twenty] working days of referral"), "I expected a number after 'within', as in 'within 20 working days of referral'." },
        { "DIR1004", "direction \"D\"\nrule [CIN visits]\n", "I expected a text in double quotes after 'rule', as in: rule \"CIN visits\"" },
        { "DIR1005", InHeader("effective from [21/09/2021]"), "I expected a date written as year-month-day after 'from', as in 'from 2021-09-01'." },
        { "DIR1006", InRule("except long-term DCSS [max] 8 weeks"), "I expected a colon after 'long-term DCSS', as in 'except long-term DCSS: max 8 weeks'." },
        { "DIR1007", InRule("CIN visit every 4 weeks unless[]"), "I expected a term from the vocabulary after 'unless', as in 'unless recorded rationale'." },
        { "DIR1008", InRule("CIN visit each [4 weeks]"), "I could not read '4 weeks' after 'CIN visit each'. Say when it must happen, as in 'every 4 weeks', 'within 20 working days of referral' or 'fortnightly'." },
        { "DIR1010", "[rule \"CIN visits\"]\n", "A rule must come after a 'direction' line. Start the file with: direction \"Title\"" },
        { "DIR1011", "direction \"D\"\n  [CIN visit every 4 weeks]\n", "This line is not inside a rule. Put a line such as rule \"CIN visits\" above it." },
        { "DIR1012", "direction \"D\"\nrule \"R\"\n  [version 2]\n", "Header lines such as 'version' and 'effective from' belong at the top of a direction, before its first rule." },
        { "DIR1013", "[event \"CIN visit\" means visits]\n", "A term declaration belongs in a vocabulary. Put it after a line such as vocabulary \"Shared terms\"." },
        { "DIR1014", InVocabulary("  [also \"CIN visits\"]"), "An 'also' line gives other names for the term declared on the line above it, but there is none. Put it under a line such as event \"CIN visit\" means visits." },
    };

    [Theory]
    [MemberData(nameof(OneExamplePerId))]
    public void Each_syntax_diagnostic(string id, string annotated, string message) => Expect(annotated, id, message);

    [Fact]
    public void Every_syntax_diagnostic_in_the_catalogue_has_an_example()
    {
        var covered = OneExamplePerId().Select(row => (string)row[0]).ToHashSet();

        Assert.Subset(covered, SyntaxDiagnostics.All.Select(d => d.Id).ToHashSet());
        Assert.All(SyntaxDiagnostics.All, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    // ------------------------------------------------------------------ DIR1000: a line that cannot be read

    [Fact]
    public void Text_after_a_rule_name() =>
        Expect("direction \"D\"\nrule \"R\" [extra]\n", "DIR1000", "I did not expect 'extra' here after '\"R\"'. I expected the end of the line.");

    [Fact]
    public void A_line_ends_too_soon_points_just_after_the_last_word() =>
        Expect(InRule("CIN visit every 4 working[]"), "DIR1000", "The line ends too soon after 'working'. I expected a unit such as weeks or working days.");

    [Fact]
    public void A_line_of_only_a_full_stop() =>
        Expect("[.]", "DIR1000", "I did not expect '.' here. I expected a text in double quotes or a term such as 'CIN visit'.");

    [Fact]
    public void Two_full_stops() =>
        Expect(InRule("CIN visit every 4 weeks.[.]"), "DIR1000", "I did not expect '.' here after '.'. I expected the end of the line.");

    [Fact]
    public void A_line_that_starts_with_the_timing() =>
        Expect(InRule("[every] 4 weeks"), "DIR1000", "I did not expect 'every' here. I expected a text in double quotes or a term such as 'CIN visit'.");

    [Fact]
    public void Then_without_a_cadence() =>
        Expect(InRule("CIN review within 1 month of CIN plan start, then[]"), "DIR1000",
            "The line ends too soon after 'then'. I expected a number, 'every' or a frequency such as 'fortnightly' or '4-weekly'.");

    [Fact]
    public void Two_quoted_texts_without_a_comma() =>
        Expect(InRule("cites \"S000-07\" [\"S000-08\"]"), "DIR1000", "I did not expect '\"S000-08\"' here after '\"S000-07\"'. I expected the end of the line.");

    [Fact]
    public void Recorded_after_the_record_term() =>
        Expect(InRule("CIN visit every 4 weeks unless rationale [recorded]"), "DIR1000",
            "I did not expect 'recorded' here after 'rationale'. I expected the end of the line.");

    // ------------------------------------------------------------------ DIR1001, DIR1002: characters and quotes

    [Fact]
    public void A_bad_character_is_reported_before_any_other_mistake_on_its_line() =>
        Expect("direction \"D\"\nrule R [@] \"x\n", "DIR1001", "I don't know what to do with the character '@'. Remove it, or put the text inside double quotes.");

    [Fact]
    public void A_bad_character_inside_a_comment_or_quotes_is_fine()
    {
        var tree = SyntaxTree.Parse(InRule("CIN visit every 4 weeks # @ is fine here") + "  quote \"so is @ here\"\n");

        DiagnosticAssert.None(tree.Diagnostics);
    }

    [Fact]
    public void An_unterminated_curly_quote() =>
        Expect("direction \"D\"\nrule [\u201CCIN visits]\n", "DIR1002", "This quoted text has no closing quote. Add \" at the end of it, on the same line.");

    [Fact]
    public void An_unterminated_quote_hides_the_characters_in_it() =>
        Expect(InRule("quote [\"abc @ def]"), "DIR1002", "This quoted text has no closing quote. Add \" at the end of it, on the same line.");

    // ------------------------------------------------------------------ DIR1003: number expected

    [Theory]
    [InlineData("CIN visit every[]", "every", "every 4 weeks")]
    [InlineData("CIN visit EVERY[]", "EVERY", "every 4 weeks")]
    [InlineData("CIN visit at least every[]", "every", "every 4 weeks")]
    [InlineData("CIN visit every [x] weeks", "every", "every 4 weeks")]
    [InlineData("CIN visit every [twenty] weeks", "every", "every 4 weeks")]
    [InlineData("CIN visit every [2021-09-01]", "every", "every 4 weeks")]
    [InlineData("CIN visit within[]", "within", "within 20 working days of referral")]
    [InlineData("CIN visit within [few] days of referral", "within", "within 20 working days of referral")]
    [InlineData("CIN visit every 4 weeks, max[]", "max", "max 6 weeks")]
    [InlineData("CIN visit every 4 weeks, max [six-weekly]", "max", "max 6 weeks")]
    [InlineData("CIN review within 1 month of CIN plan start, then every[]", "every", "every 4 weeks")]
    [InlineData("when CP plan ends: CIN plan by the same day, CIN review within[]", "within", "within 20 working days of referral")]
    public void Number_expected(string line, string after, string example) =>
        Expect(InRule(line), "DIR1003", $"I expected a number after '{after}', as in '{example}'.");

    // ------------------------------------------------------------------ DIR1004: quoted text expected

    [Theory]
    [InlineData("direction [Practice Direction]", "direction", "direction \"Practice Direction\"")]
    [InlineData("direction[]", "direction", "direction \"...\"")]
    [InlineData("vocabulary [Shared]", "vocabulary", "vocabulary \"Shared\"")]
    [InlineData("vocabulary[]", "vocabulary", "vocabulary \"...\"")]
    public void Quoted_title_expected(string line, string after, string example) =>
        Expect(line + "\n", "DIR1004", $"I expected a text in double quotes after '{after}', as in: {example}");

    [Theory]
    [InlineData("rule [CIN visits]", "rule", "rule \"CIN visits\"")]
    [InlineData("rule[]", "rule", "rule \"...\"")]
    [InlineData("rule [R2]", "rule", "rule \"R2\"")]
    public void Quoted_rule_name_expected(string line, string after, string example) =>
        Expect($"direction \"D\"\n{line}\n", "DIR1004", $"I expected a text in double quotes after '{after}', as in: {example}");

    [Theory]
    [InlineData("cites [S000-01]", "cites", "cites \"S000-01\"")]
    [InlineData("cites[]", "cites", "cites \"...\"")]
    [InlineData("quote[]", "quote", "quote \"...\"")]
    [InlineData("quote [unquoted words here]", "quote", "quote \"unquoted words here\"")]
    public void Quoted_text_expected_in_a_clause(string line, string after, string example) =>
        Expect(InRule(line), "DIR1004", $"I expected a text in double quotes after '{after}', as in: {example}");

    // ------------------------------------------------------------------ DIR1005: date expected

    [Theory]
    [InlineData("effective from [21/09/2021]", "from")]
    [InlineData("effective from [21-09-2021]", "from")]
    [InlineData("effective from [2021-9-1]", "from")]
    [InlineData("effective from [01/09/2021] until 2022-08-31", "from")]
    [InlineData("effective from 2021-09-01 until [21-09-2021]", "until")]
    [InlineData("effective from 2021-09-01 until[]", "until")]
    [InlineData("version 1, effective from[]", "from")]
    [InlineData("EFFECTIVE FROM [01/09/2021]", "FROM")]
    public void Date_expected(string line, string after) =>
        Expect(InHeader(line), "DIR1005", $"I expected a date written as year-month-day after '{after}', as in '{after} 2021-09-01'.");

    // ------------------------------------------------------------------ DIR1006: colon expected

    [Fact]
    public void Colon_expected_after_except() =>
        Expect(InRule("except long-term DCSS [max] 8 weeks"), "DIR1006", "I expected a colon after 'long-term DCSS', as in 'except long-term DCSS: max 8 weeks'.");

    [Fact]
    public void Colon_expected_after_when() =>
        Expect(InRule("when CP plan ends [within] 3 months"), "DIR1006", "I expected a colon after 'CP plan ends', as in 'when CP plan ends: CIN review within 3 months'.");

    // ------------------------------------------------------------------ DIR1007: term expected

    [Theory]
    [InlineData("CIN visit every 4 weeks unless[]", "unless", "unless recorded rationale")]
    [InlineData("CIN visit every 4 weeks unless recorded[]", "recorded", "unless recorded rationale")]
    [InlineData("CIN visit within 12 weeks of[]", "of", "within 12 weeks of involvement start")]
    [InlineData("CIN visit before[]", "before", "before CIN plan start")]
    [InlineData("applies to[]", "to", "applies to long-term DCSS")]
    [InlineData("CIN review chaired by[]", "by", "chaired by qualified social worker")]
    [InlineData("CIN visit by [4] weeks", "by", "chaired by qualified social worker")]
    [InlineData("except[]", "except", "except long-term DCSS: max 8 weeks")]
    [InlineData("when[]", "when", "when CP plan ends: CIN plan by the same day")]
    public void Term_expected(string line, string after, string example) =>
        Expect(InRule(line), "DIR1007", $"I expected a term from the vocabulary after '{after}', as in '{example}'.");

    // ------------------------------------------------------------------ DIR1008: timing expected

    [Fact]
    public void A_duration_without_every_or_within() =>
        Expect(InRule("CIN visit [4 weeks]"), "DIR1008",
            "I could not read '4 weeks' after 'CIN visit'. Say when it must happen, as in 'every 4 weeks', 'within 20 working days of referral' or 'fortnightly'.");

    [Fact]
    public void A_word_that_is_not_a_timing_keyword() =>
        Expect(InRule("CIN visit during [4 weeks]"), "DIR1008",
            "I could not read '4 weeks' after 'CIN visit during'. Say when it must happen, as in 'every 4 weeks', 'within 20 working days of referral' or 'fortnightly'.");

    [Fact]
    public void Then_with_a_duration_but_no_every() =>
        Expect(InRule("CIN review within 4 weeks of referral then [6 weeks]"), "DIR1008",
            "I could not read '6 weeks' after 'CIN review within 4 weeks of referral then'. Say when it must happen, as in 'every 4 weeks', 'within 20 working days of referral' or 'fortnightly'.");

    // ------------------------------------------------------------------ DIR1010-DIR1013: lines in the wrong place

    [Fact]
    public void A_rule_in_a_vocabulary() =>
        Expect("vocabulary \"V\"\n[rule \"R\"]\n", "DIR1010", "A rule must come after a 'direction' line. Start the file with: direction \"Title\"");

    [Theory]
    [InlineData("direction \"D\"\n  [cites \"S000-07\"]\n")]
    [InlineData("[CIN visit every 4 weeks]\n")]
    [InlineData("vocabulary \"V\"\n  [CIN visit every 4 weeks]\n")]
    [InlineData("direction \"D\"\n  version 1\n  [quote \"q\"]\nrule \"R\"\n")]
    public void A_clause_outside_a_rule(string annotated) =>
        Expect(annotated, "DIR1011", "This line is not inside a rule. Put a line such as rule \"CIN visits\" above it.");

    [Theory]
    [InlineData("[version 1]\ndirection \"D\"\n")]
    [InlineData("direction \"D\"\nrule \"R\"\n  CIN visit every 4 weeks\n  [version 2, effective from 2021-09-01]\n")]
    [InlineData("vocabulary \"V\"\n  [version 1]\n")]
    public void A_header_line_out_of_place(string annotated) =>
        Expect(annotated, "DIR1012", "Header lines such as 'version' and 'effective from' belong at the top of a direction, before its first rule.");

    [Theory]
    [InlineData("[event \"x\" means visits]\n")]
    [InlineData("direction \"D\"\n[cohort \"c\" means disabled]\n")]
    [InlineData("direction \"D\"\nrule \"R\"\n  [action \"chaired\" means chair]\n")]
    public void A_term_declaration_outside_a_vocabulary(string annotated) =>
        Expect(annotated, "DIR1013", "A term declaration belongs in a vocabulary. Put it after a line such as vocabulary \"Shared terms\".");

    [Fact]
    public void An_also_line_outside_a_vocabulary() =>
        Expect("  [also \"CIN visits\"]\n", "DIR1013", "An 'also' line of synonyms belongs in a vocabulary. Put it after a line such as vocabulary \"Shared terms\".");

    // ------------------------------------------------------------------ one mistake, one message

    [Fact]
    public void Several_broken_lines_each_report_once()
    {
        DiagnosticAssert.Parse(
            """
            direction "D"
              effective from [21/09/2021]
            rule "R"
              cites [S000-07]
              CIN visit every 4 weeks unless[]
              except long-term DCSS [max] 8 weeks
              CIN visit every 4 weeks [@] @
              quote "fine"
            """,
            ("DIR1005", "I expected a date written as year-month-day after 'from', as in 'from 2021-09-01'."),
            ("DIR1004", "I expected a text in double quotes after 'cites', as in: cites \"S000-07\""),
            ("DIR1007", "I expected a term from the vocabulary after 'unless', as in 'unless recorded rationale'."),
            ("DIR1006", "I expected a colon after 'long-term DCSS', as in 'except long-term DCSS: max 8 weeks'."),
            ("DIR1001", "I don't know what to do with the character '@'. Remove it, or put the text inside double quotes."));
    }

    [Fact]
    public void One_diagnostic_per_line_with_two_bad_characters() =>
        Expect(InRule("CIN visit every 4 weeks [@] @"), "DIR1001", "I don't know what to do with the character '@'. Remove it, or put the text inside double quotes.");

    [Fact]
    public void The_clause_lines_of_a_broken_rule_line_are_not_reported_again() =>
        DiagnosticAssert.Parse(
            """
            direction "D"
            rule [CIN visits]
              cites "S000-07"
              CIN visit every 4 weeks
              chaired by qualified social worker
            rule "Next"
              CIN review within 3 months
            """,
            ("DIR1004", "I expected a text in double quotes after 'rule', as in: rule \"CIN visits\""));

    [Fact]
    public void The_clause_lines_after_a_rule_line_with_a_bad_character_are_not_reported_again() =>
        DiagnosticAssert.Parse(
            """
            direction "D"
            rule "CIN visits" [@]
              CIN visit every 4 weeks
            """,
            ("DIR1001", "I don't know what to do with the character '@'. Remove it, or put the text inside double quotes."));

    [Fact]
    public void The_also_lines_of_a_broken_term_declaration_are_not_reported_again() =>
        DiagnosticAssert.Parse(
            InVocabulary("""
                event "CIN visit" means[]
                  also "CIN visits"
                  also "child in need visit"
                event "CP visit" means visits
                  also "CP visits"
                """),
            ("DIR1000", "The line ends too soon after 'means'. I expected a table or field of the case data, such as 'visits'."));

    [Fact]
    public void A_broken_clause_line_does_not_spoil_the_next_one()
    {
        var tree = DiagnosticAssert.Parse(
            InRule("CIN visit every 4 weeks unless[]") + "  CIN review within 3 months\n",
            ("DIR1007", "I expected a term from the vocabulary after 'unless', as in 'unless recorded rationale'."));

        var rule = tree.Root.DescendantNodesAndSelf().OfType<RuleDeclarationSyntax>().Single();
        Assert.Equal([SyntaxKind.ErroneousLine, SyntaxKind.ClauseLine], rule.Lines.Select(l => l.Kind));
    }

    // ------------------------------------------------------------------ what the line needs, not what a parser saw; no cascades

    [Theory]
    [InlineData("id [bristol-cin]", "DIR1004", "I expected a text in double quotes after 'id', as in: id \"bristol-cin\"")]
    [InlineData("id[]", "DIR1004", "I expected a text in double quotes after 'id', as in: id \"...\"")]
    [InlineData("issued by [Bristol City Council]", "DIR1004", "I expected a text in double quotes after 'issued by', as in: issued by \"Bristol City Council\"")]
    [InlineData("issued by[]", "DIR1004", "I expected a text in double quotes after 'issued by', as in: issued by \"...\"")]
    [InlineData("source[]", "DIR1004", "I expected a text in double quotes after 'source', as in: source \"...\"")]
    [InlineData("service areas [DCSS]", "DIR1004", "I expected a text in double quotes after 'service areas', as in: service areas \"DCSS\"")]
    [InlineData("service areas[]", "DIR1004", "I expected a text in double quotes after 'service areas', as in: service areas \"...\"")]
    [InlineData("effective from[]", "DIR1005", "I expected a date written as year-month-day after 'from', as in 'from 2021-09-01'.")]
    [InlineData("effective from [2021]", "DIR1005", "I expected a date written as year-month-day after 'from', as in 'from 2021-09-01'.")]
    [InlineData("version[]", "DIR1003", "I expected a number after 'version', as in 'version 2021.1'.")]
    [InlineData("effective from 2021-09-01, version[]", "DIR1003", "I expected a number after 'version', as in 'version 2021.1'.")]
    public void A_header_item_without_its_value(string line, string id, string message) => Expect(InHeader(line), id, message);

    [Theory]
    [InlineData("direction \"D\"\n  effective [2021-09-01]\n", "I did not expect '2021-09-01' here after 'effective'. I expected 'from'.")]
    [InlineData("direction \"D\"\n  issued [\"Bristol City Council\"]\n", "I did not expect '\"Bristol City Council\"' here after 'issued'. I expected 'by'.")]
    [InlineData("direction \"D\"\n  supersedes \"bristol-cin\"[]\n", "The line ends too soon after '\"bristol-cin\"'. I expected 'version'.")]
    [InlineData("vocabulary \"V\"\nevent \"x\" [visits]\n", "I did not expect 'visits' here after '\"x\"'. I expected 'means'.")]
    [InlineData("direction \"D\"\nrule \"R\"\n  applies [long-term] DCSS\n", "I did not expect 'long-term' here after 'applies'. I expected 'to'.")]
    public void A_keyword_without_its_partner(string annotated, string message) => Expect(annotated, "DIR1000", message);

    [Fact]
    public void A_term_declaration_that_ends_after_means() =>
        Expect(InVocabulary("event \"x\" means[]"), "DIR1000", "The line ends too soon after 'means'. I expected a table or field of the case data, such as 'visits'.");

    [Fact]
    public void A_comparison_without_a_value() =>
        Expect(InVocabulary("cohort \"x\" means kind is[]"), "DIR1000", "The line ends too soon after 'is'. I expected a text in double quotes, a number, yes or no.");

    [Fact]
    public void A_second_citation_missing() =>
        Expect(InRule("cites \"S000-07\",[]"), "DIR1004", "I expected a text in double quotes after 'cites \"S000-07\",', as in: cites \"S000-07\", \"...\"");

    [Fact]
    public void A_decimal_count() =>
        DiagnosticAssert.Parse(InRule("CIN visit every [4.5] weeks"), ExpectedDiagnostic.Containing("DIR1003", "whole number"));

    [Fact]
    public void A_plural_unit_without_its_number() =>
        Expect(InRule("CIN visit every [weeks]"), "DIR1003", "I expected a number after 'every', as in 'every 4 weeks'.");

    [Fact]
    public void A_character_outside_the_basic_multilingual_plane() =>
        Expect(InRule("CIN visit every 4 weeks [\uD83D\uDE00]"), "DIR1001",
            "I don't know what to do with the character '\uD83D\uDE00'. Remove it, or put the text inside double quotes.");

    [Fact]
    public void The_rules_of_a_broken_direction_line_are_not_reported_again() =>
        DiagnosticAssert.Parse(
            """
            direction [Practice Direction]
              version 1
            rule "R"
              CIN visit every 4 weeks
            """,
            ("DIR1004", "I expected a text in double quotes after 'direction', as in: direction \"Practice Direction\""));

    [Fact]
    public void The_terms_of_a_broken_vocabulary_line_are_not_reported_again() =>
        DiagnosticAssert.Parse(
            """
            vocabulary [Shared]
            event "CIN visit" means visits
              also "CIN visits"
            """,
            ("DIR1004", "I expected a text in double quotes after 'vocabulary', as in: vocabulary \"Shared\""));

    [Fact]
    public void A_term_name_without_quotes() =>
        DiagnosticAssert.Parse(
            InVocabulary("""
                event [CIN visit] means visits
                  also "CIN visits"
                  also "child in need visit"
                """),
            ("DIR1004", "I expected a text in double quotes after 'event', as in: event \"CIN visit\" means visits"));

    [Theory]
    [InlineData("also[]", "also \"...\"")]
    [InlineData("also [CIN visits]", "also \"CIN visits\"")]
    public void An_also_line_without_quotes(string line, string example) =>
        Expect(InVocabulary("event \"CIN visit\" means visits\n  " + line), "DIR1004", $"I expected a text in double quotes after 'also', as in: {example}");

    [Fact]
    public void The_clause_lines_of_a_misplaced_rule_are_not_reported_again() =>
        DiagnosticAssert.Parse(
            """
            [rule "CIN visits"]
              cites "S000-07"
              CIN visit every 4 weeks
            """,
            ("DIR1010", "A rule must come after a 'direction' line. Start the file with: direction \"Title\""));

    [Fact]
    public void An_also_line_after_a_misplaced_line_in_a_vocabulary() =>
        DiagnosticAssert.Parse(
            InVocabulary("""
                event "CIN visit" means visits
                  [CIN visit every 4 weeks]
                  also "CIN visits"
                """),
            ("DIR1011", "This line is not inside a rule. Put a line such as rule \"CIN visits\" above it."));

    // ------------------------------------------------------------------ a line read as the kind its first word announces

    [Theory]
    [InlineData("supersedes [bristol-cin] version 2020.2", "DIR1004", "I expected a text in double quotes after 'supersedes', as in: supersedes \"bristol-cin\" version 2020.2")]
    [InlineData("version [two]", "DIR1003", "I expected a number after 'version', as in 'version 2021.1'.")]
    [InlineData("id \"x\",[,] version 1", "DIR1000", "I did not expect ',' here after ','. I expected a header item such as 'version 2' or 'effective from 2021-09-01'.")]
    public void Header_items_with_a_mistake(string line, string id, string message) => Expect(InHeader(line), id, message);

    [Theory]
    [InlineData("issued by team manager")]
    [InlineData("source document recorded")]
    [InlineData("record keeping audit every 4 weeks")]
    public void Inside_a_rule_a_line_that_starts_with_a_header_keyword_or_term_kind_may_be_a_clause(string line)
    {
        var tree = SyntaxTree.Parse(InRule(line));

        DiagnosticAssert.None(tree.Diagnostics);
        var rule = tree.Root.DescendantNodesAndSelf().OfType<RuleDeclarationSyntax>().Single();
        Assert.IsType<ClauseLineSyntax>(Assert.Single(rule.Lines));
    }

    [Fact]
    public void A_requirement_that_starts_with_a_term_kind_gets_the_requirement_message_in_a_rule() =>
        Expect(InRule("record keeping audit every[]"), "DIR1003", "I expected a number after 'every', as in 'every 4 weeks'.");

    [Fact]
    public void The_same_line_in_a_vocabulary_gets_the_term_declaration_message() =>
        Expect(InVocabulary("record [keeping audit every]"), "DIR1004", "I expected a text in double quotes after 'record', as in: record \"keeping audit every\"");

    [Fact]
    public void A_header_line_with_a_mistake_in_a_rule_gets_the_header_message() =>
        Expect(InRule("effective from [2021]"), "DIR1005", "I expected a date written as year-month-day after 'from', as in 'from 2021-09-01'.");

    [Theory]
    [InlineData("event \"x\" means visits where[]", "The line ends too soon after 'where'. I expected a field of the case data, such as 'kind'.")]
    [InlineData("event \"x\" means visits dated[]", "The line ends too soon after 'dated'. I expected a date field of the case data, such as 'start'.")]
    [InlineData("cohort \"x\" means[]", "The line ends too soon after 'means'. I expected a field of the case data, such as 'disabled'.")]
    [InlineData("action \"x\" means[]", "The line ends too soon after 'means'. I expected a field of the case data, such as 'chair'.")]
    public void A_vocabulary_line_asks_for_a_field_not_a_term(string line, string message) =>
        Expect(InVocabulary(line), "DIR1000", message);

    [Fact]
    public void A_term_kind_without_a_name() =>
        Expect(InVocabulary("event[]"), "DIR1004", "I expected a text in double quotes after 'event', as in: event \"...\"");

    // ------------------------------------------------------------------ numbers and units

    [Theory]
    [InlineData("CIN visit every [4.5] weeks", "every", "every 4 weeks", " For part of a week or a month, use days, as in 'every 31 days'.")]
    [InlineData("CIN visit within [2.5] working days of referral", "within", "within 20 working days of referral", " For part of a day, use hours, as in 'within 36 hours'.")]
    [InlineData("CIN visit every 4 weeks unless recorded rationale, max [6.5] hours", "max", "max 6 weeks", "")]
    public void A_decimal_count_asks_for_a_whole_number(string line, string after, string example, string hint) =>
        Expect(InRule(line), "DIR1003", $"I expected a whole number after '{after}', as in '{example}'.{hint}");

    [Theory]
    [InlineData("CIN visit every [working days]", "every", "every 4 weeks")]
    [InlineData("CIN visit at least every [months]", "every", "every 4 weeks")]
    [InlineData("CIN review within [months] of CIN plan start", "within", "within 20 working days of referral")]
    [InlineData("CIN visit every 4 weeks unless recorded rationale, max [weeks]", "max", "max 6 weeks")]
    [InlineData("CIN review within 1 month of CIN plan start, then every [months]", "every", "every 4 weeks")]
    public void Plural_units_without_a_number(string line, string after, string example) =>
        Expect(InRule(line), "DIR1003", $"I expected a number after '{after}', as in '{example}'.");

    [Fact]
    public void A_plural_unit_without_a_number_in_a_condition() =>
        Expect(InVocabulary("cohort \"x\" means open_for at least [months]"), "DIR1003", "I expected a number after 'at least', as in 'at least 12 months'.");

    [Theory]
    [InlineData("CIN visit every week")]
    [InlineData("CIN visit every month")]
    [InlineData("CIN visit every day")]
    [InlineData("CIN visit every year")]
    [InlineData("CIN visit every working day")]
    [InlineData("CIN visit within working day of referral")]
    public void Singular_units_without_a_number_mean_one(string line) =>
        DiagnosticAssert.None(SyntaxTree.Parse(InRule(line)).Diagnostics);

    // ------------------------------------------------------------------ colons and the words echoed from the source

    [Fact]
    public void A_when_clause_whose_trigger_and_requirement_run_together() =>
        Expect(InRule("when CP plan ends [CIN] review within 3 months"), "DIR1006",
            "I expected a colon after 'CP plan ends', as in 'when CP plan ends: CIN review within 3 months'.");

    [Fact]
    public void A_when_clause_whose_trigger_starts_something() =>
        Expect(InRule("when CIN plan starts [CIN] visit within 5 working days"), "DIR1006",
            "I expected a colon after 'CIN plan starts', as in 'when CIN plan starts: CIN visit within 5 working days'.");

    [Fact]
    public void Words_are_echoed_as_written() =>
        Expect(InRule("CIN visit  each [4   weeks]"), "DIR1008",
            "I could not read '4   weeks' after 'CIN visit  each'. Say when it must happen, as in 'every 4 weeks', 'within 20 working days of referral' or 'fortnightly'.");

    // ------------------------------------------------------------------ lines in the wrong place: one mistake, one message

    [Fact]
    public void The_rules_after_a_rule_with_no_direction_are_not_reported_again() =>
        DiagnosticAssert.Parse(
            """
            [rule "A"]
              CIN visit every 4 weeks
            rule "B"
              version 2
              CIN review within 3 months
            """,
            ("DIR1010", "A rule must come after a 'direction' line. Start the file with: direction \"Title\""));

    [Fact]
    public void A_term_declaration_in_a_direction_is_reported_once_with_its_also_lines() =>
        DiagnosticAssert.Parse(
            """
            direction "D"
            rule "R"
            [event "x" means visits]
              also "y"
              also "z"
              CIN visit every 4 weeks
            """,
            ("DIR1013", "A term declaration belongs in a vocabulary. Put it after a line such as vocabulary \"Shared terms\"."));

    [Fact]
    public void Also_lines_outside_a_vocabulary_are_reported_once() =>
        DiagnosticAssert.Parse(
            """
              [also "x"]
              also "y"
            """,
            ("DIR1013", "An 'also' line of synonyms belongs in a vocabulary. Put it after a line such as vocabulary \"Shared terms\"."));

    [Fact]
    public void An_also_line_with_no_term_above_it_in_a_vocabulary() =>
        DiagnosticAssert.Parse(
            InVocabulary("""
                  [also "CIN visits"]
                  also "child in need visits"
                event "CIN visit" means visits
                  also "CIN visit (seen)"
                """),
            ("DIR1014", "An 'also' line gives other names for the term declared on the line above it, but there is none. Put it under a line such as event \"CIN visit\" means visits."));

    [Fact]
    public void The_also_lines_after_a_broken_also_line_are_not_reported_again() =>
        DiagnosticAssert.Parse(
            InVocabulary("""
                event "CIN visit" means visits
                  also [CIN visits]
                  also "child in need visits"
                """),
            ("DIR1004", "I expected a text in double quotes after 'also', as in: also \"CIN visits\""));

    [Fact]
    public void A_misplaced_rule_in_a_vocabulary_keeps_its_clause_lines_quiet() =>
        DiagnosticAssert.Parse(
            InVocabulary("""
                event "CIN visit" means visits
                [rule "R"]
                  CIN visit every 4 weeks
                  also "CIN visits"
                cohort "c" means disabled
                """),
            ("DIR1010", "A rule must come after a 'direction' line. Start the file with: direction \"Title\""));

    [Fact]
    public void A_clause_line_after_a_term_that_ended_a_misplaced_rule_is_reported() =>
        DiagnosticAssert.Parse(
            InVocabulary("""
                [rule "R"]
                  CIN visit every 4 weeks
                cohort "c" means disabled
                  [CIN review within 3 months]
                """),
            ("DIR1010", "A rule must come after a 'direction' line. Start the file with: direction \"Title\""),
            ("DIR1011", "This line is not inside a rule. Put a line such as rule \"CIN visits\" above it."));

    // ------------------------------------------------------------------ no parser jargon, one message per line

    /// <summary>Broken lines of every kind; each must give plain-English diagnostics, at most one per line.</summary>
    public static IEnumerable<string> BrokenInputs()
    {
        string[] clauses =
        [
            "CIN visit every", "CIN visit every weeks", "CIN visit every x weeks", "CIN visit every 4", "CIN visit every 4 working",
            "CIN visit every 4 weeks 5", "CIN visit every 4 weeks then", "CIN visit every 4 weeks, max", "CIN visit every 4 weeks, max x",
            "CIN visit every 4 weeks unless", "CIN visit every 4 weeks unless recorded", "CIN visit every 4 weeks unless rationale recorded",
            "CIN visit within", "CIN visit within 12", "CIN visit within 12 weeks of", "CIN visit within of referral",
            "CIN review within 1 month of CIN plan start, then", "CIN review within 1 month of CIN plan start, then every",
            "CIN visit at least", "CIN visit at least every", "CIN visit each 4 weeks", "CIN visit 4 weeks", "CIN visit during 4 weeks",
            "CIN visit before", "CIN visit recorded recorded", "CIN visit: every 4 weeks", "CIN visit every four fortnights",
            "CIN visit every 4.5 weeks", "CIN visit every 2021-09-01", "CIN visit every 21/09/2021", "CIN visit every 4 weeks @",
            "CIN visit every 4 weeks \u201Ccurly\u201D", "CIN visit every 4 weeks \uD83D\uDE00", "CIN visit every 4 weeks..",
            "cites", "cites S000-07", "cites \"a\",", "cites \"a\" \"b\"", "cites \"a\", b", "quote", "quote words", "quote \"open",
            "quote \u201Copen", "applies", "applies to", "applies long-term DCSS", "applies to long-term DCSS,",
            "except", "except long-term DCSS", "except long-term DCSS max 8 weeks", "except long-term DCSS: max", "except : max 8 weeks",
            "when", "when CP plan ends", "when CP plan ends CIN review within 3 months", "when CP plan ends:", "when CP plan ends: CIN review within",
            "chaired by", "by", "CIN plan by the same", "by the same day", ", max 6", "every 4 weeks", "within 4 weeks", ".", "..", ":", ",",
            "NUMBER", "STRING every 4 weeks", "missing", "expecting x", "<EOF>", "mismatched input", "rule", "direction",
        ];
        foreach (var clause in clauses)
            yield return InRule(clause);

        string[] headers =
        [
            "id", "id bristol", "issued", "issued by", "issued by Bristol", "issued \"Bristol\"", "version", "version 1,", "version 1 2",
            "version 1, effective from", "effective", "effective from", "effective from 2021", "effective from 21/09/2021",
            "effective from 2021-09-01 until", "effective from 2021-09-01 until 21-09-2021", "effective 2021-09-01", "source", "source x.txt",
            "supersedes", "supersedes \"x\"", "supersedes \"x\" version", "service", "service areas", "service areas DCSS",
            "service areas \"A\",", "id \"x\" issued by \"y\"", "id \"x\",, version 1",
        ];
        foreach (var header in headers)
            yield return InHeader(header);

        string[] vocabulary =
        [
            "event", "event \"x\"", "event \"x\" means", "event x means visits", "event \"x\" visits", "event \"x\" means visits where",
            "event \"x\" means visits where kind is", "event \"x\" means visits dated", "event \"x\" means visits where a and",
            "cohort \"x\" means", "cohort \"x\" means a or", "cohort \"x\" means not", "cohort \"x\" means age at least",
            "cohort \"x\" means a is \"b\" \"c\"", "role \"r\" means role is", "action \"a\" means", "action \"a\" means a b",
            "also", "also y", "also \"y\",", "also \"y\" \"z\"", "rule \"R\"", "version 1", "CIN visit every 4 weeks", "event \"x\" means a..b",
        ];
        foreach (var line in vocabulary)
            yield return InVocabulary("event \"base\" means visits\n" + line + "\n  also \"after\"");

        yield return "rule \"R\"\n  CIN visit every 4 weeks\n";
        yield return "direction Practice Direction\n  version 1\nrule \"R\"\n  CIN visit every 4 weeks\n";
        yield return "vocabulary Shared\nevent \"x\" means visits\n  also \"y\"\n";
        yield return "  also \"x\"\n  also \"y\"\n";
        yield return "direction \"D\"\nrule \"R\"\nevent \"x\" means visits\n  also \"y\"\n";
        yield return "\"unterminated\n\u201Cunterminated\n@\n#\n\n";
    }

    private static readonly Lazy<string[]> ParserWords = new(() =>
    {
        var vocabulary = DirectionsLexer.DefaultVocabulary;
        var names = new List<string>();
        for (var type = 1; type <= DirectionsLexer.UNEXPECTED_CHARACTER; type++)
        {
            if (vocabulary.GetSymbolicName(type) is { } name)
                names.Add(name);
        }

        return [.. names];
    });

    /// <summary>Phrases of ANTLR's messages, and its token names (NUMBER, STRING, EVERY ...), unless the author wrote them.</summary>
    private static IEnumerable<string> ParserJargonIn(string message, string source)
    {
        string[] phrases = ["mismatched input", "extraneous input", "expecting", "no viable alternative", "<EOF>", "missing ", "token recognition error", "input mismatch"];
        foreach (var phrase in phrases)
        {
            if (message.Contains(phrase, StringComparison.OrdinalIgnoreCase) && !source.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                yield return phrase;
        }

        foreach (var name in ParserWords.Value)
        {
            var word = new Regex($@"(?<![\p{{L}}0-9_]){Regex.Escape(name)}(?![\p{{L}}0-9_])", RegexOptions.CultureInvariant);
            if (word.IsMatch(message) && !word.IsMatch(source))
                yield return name;
        }
    }

    /// <summary>Checks a parse's diagnostics: plain English, at most one per line, each on one line and on an erroneous or misplaced line.</summary>
    private static void AssertPlainEnglishAndOnePerLine(string source)
    {
        var tree = SyntaxTree.Parse(source);
        var text = tree.Text;
        foreach (var diagnostic in tree.Diagnostics)
        {
            var jargon = ParserJargonIn(diagnostic.Message, source).ToList();
            Assert.True(jargon.Count == 0, $"Parser jargon ({string.Join(", ", jargon)}) in {diagnostic.Id}: {diagnostic.Message}\nfor\n{SyntaxTreeAssert.Show(source)}");
            Assert.StartsWith("DIR1", diagnostic.Id);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));

            var span = diagnostic.Location.Span;
            Assert.True(span.End <= text.Length, $"{diagnostic} ends beyond the text.");
            Assert.True(
                text.GetLineIndex(span.Start) == text.GetLineIndex(span.End) || span.Length == 0,
                $"{diagnostic} spans more than one line in\n{SyntaxTreeAssert.Show(source)}");
            var covered = text.ToString(span);
            Assert.False(covered.Contains('\n') || covered.Contains('\r'), $"{diagnostic} covers a line break in\n{SyntaxTreeAssert.Show(source)}");
        }

        var perLine = tree.Diagnostics.GroupBy(d => text.GetLineIndex(d.Location.Span.Start)).Where(g => g.Count() > 1).ToList();
        Assert.True(
            perLine.Count == 0,
            $"More than one diagnostic on a line:\n{string.Join("\n", perLine.SelectMany(g => g).Select(d => $"  {d}"))}\nfor\n{SyntaxTreeAssert.Show(source)}");

        // Every line that could not be read has its one diagnostic, on that line.
        foreach (var line in tree.Root.DescendantNodesAndSelf().OfType<ErroneousLineSyntax>())
        {
            var lineIndex = text.GetLineIndex(line.Span.Start);
            Assert.Contains(tree.Diagnostics, d => text.GetLineIndex(d.Location.Span.Start) == lineIndex);
        }
    }

    [Fact]
    public void Broken_inputs_give_plain_English_one_diagnostic_per_line()
    {
        var inputs = BrokenInputs().ToList();
        var withDiagnostics = 0;
        foreach (var input in inputs)
        {
            AssertPlainEnglishAndOnePerLine(input);
            if (!SyntaxTree.Parse(input).Diagnostics.IsEmpty)
                withDiagnostics++;
        }

        // Nearly all of them are errors (a few, such as 'CIN plan by the same', only the binder can refuse).
        Assert.True(withDiagnostics > inputs.Count * 9 / 10, $"Only {withDiagnostics} of {inputs.Count} broken inputs gave a diagnostic.");
    }

    [Theory]
    [MemberData(nameof(GeneratedSource.Seeds), MemberType = typeof(GeneratedSource))]
    public void Generated_inputs_give_plain_English_one_diagnostic_per_line(int seed) =>
        AssertPlainEnglishAndOnePerLine(GeneratedSource.Create(seed));

    [Fact]
    public void The_jargon_check_would_catch_ANTLR_messages()
    {
        Assert.Equal(["mismatched input", "expecting", "NUMBER"], ParserJargonIn("mismatched input 'x' expecting NUMBER", "CIN visit every x"));
        Assert.Equal(["<EOF>"], ParserJargonIn("no viable alternative at input '<EOF>'", "no viable alternative"));
        Assert.Empty(ParserJargonIn("I did not expect 'NUMBER' here.", "NUMBER"));
    }
}
