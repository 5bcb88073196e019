using Directions.Compiler;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Lowering;
using Directions.Compiler.Scenarios;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Binding;

/// <summary>
/// Two limits for the same thing: inside one policy document (DIR2040, settled with `overrides`,
/// whose mistakes are DIR2041-DIR2043) and between directions of one issuer (DIR3003). Spans are
/// marked with square brackets: the first marks where the diagnostic is, the rest (where a test
/// says so) the other places it points at.
/// </summary>
public sealed class OverrideAndConflictTests
{
    private static string Header(string id, string source = "002_90cb77168d4cd204.txt", string issuer = "Stoke-on-Trent City Council", string effective = "2024-01-01", string extra = "") => $"""
        direction "{id}"
          id "{id}"
          issued by "{issuer}"
          version 1, effective from {effective}
          source "{source}"
        {extra}

        """;

    /// <summary>Compiles annotated files; checks the diagnostics of <paramref name="path"/> against its last <paramref name="count"/> marks (the earlier ones mark the other places a diagnostic points at).</summary>
    private static DirectionCompilation Verify((string Path, string Annotated)[] files, string path, int count, params ExpectedDiagnostic[] expected)
    {
        var parsed = files.Select(f => (f.Path, Source: AnnotatedText.Parse(f.Annotated))).ToList();
        var compilation = Compile.Files(withVocabulary: true, [.. parsed.Select(p => (p.Path, p.Source.Text))]);
        var source = parsed.Single(p => p.Path == path).Source;
        Compile.VerifyFile(compilation, path, source with { Spans = source.Spans[^count..] }, expected);
        return compilation;
    }

    private static Diagnostic Single(DirectionCompilation compilation, string id) => Assert.Single(compilation.GetDiagnostics(), d => d.Id == id);

    // ------------------------------------------------------------------ DIR2040 inside one direction

    [Fact]
    public void DIR2040_two_deadlines_for_the_same_thing_in_one_direction_ask_the_author_to_choose()
    {
        var text = Header("stoke-cin-plans") + """
            rule "CIN plan circulated after the meeting"
              cites "S002-113"
              [CIN plan within 10 working days of referral]

            rule "CIN plan circulated within 5 days"
              cites "S002-120"
              [CIN plan within 5 working days of referral]
            """;
        var compilation = Verify([("d.pd", text)], "d.pd", 1, ExpectedDiagnostic.Exactly("DIR2040",
            "\"002_90cb77168d4cd204.txt\" sets two limits for 'CIN plan' after 'referral': 'within 5 working days of referral' here (rule 'CIN plan circulated within 5 days') "
            + "and 'within 10 working days of referral' in rule 'CIN plan circulated after the meeting'. Choose the one to enforce: add 'overrides \"CIN plan circulated after the meeting\"' "
            + "to rule 'CIN plan circulated within 5 days', or 'overrides \"CIN plan circulated within 5 days\"' to rule 'CIN plan circulated after the meeting'."));

        // The warning carries both spans, and the compiler's text shows the second.
        var source = AnnotatedText.Parse(text);
        var diagnostic = Single(compilation, "DIR2040");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(source.Spans[0], Assert.Single(diagnostic.AdditionalLocations).Span);
        Assert.EndsWith(" ; see d.pd(9,3)", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("d.pd(13,3): warning DIR2040: ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DIR2040_says_which_rule_is_enforced_and_the_overridden_one_is_not_planned()
    {
        var text = Header("stoke-cin-plans") + """
            rule "Ten days"
              cites "S002-113"
              [CIN plan within 10 working days of referral]

            rule "Five days"
              cites "S002-120"
              overrides "Ten days"
              [CIN plan within 5 working days of referral]
            """;
        var compilation = Verify([("d.pd", text)], "d.pd", 1, ExpectedDiagnostic.Containing("DIR2040", "Rule 'Five days' is enforced: it overrides 'Ten days'."));

        var rules = compilation.Directions.Single().Rules;
        Assert.Equal("'Five days' (stoke-cin-plans)", rules.Single(r => r.Name == "Ten days").OverriddenBy?.ToString());
        Assert.False(rules.Single(r => r.Name == "Five days").IsOverridden);
        var plan = Assert.Single(RulePlanner.Plan(compilation));
        Assert.Equal(["Five days"], plan.Rules.Select(r => r.Name));
    }

    [Fact]
    public void DIR2040_cadences_and_roles_conflict_too()
    {
        var text = Header("stoke-visits") + """
            rule "Visits four-weekly"
              cites "S002-20"
              [CIN visit every 4 weeks]
              [CIN review chaired by qualified social worker]

            rule "Visits six-weekly"
              cites "S002-21"
              [CIN visit every 6 weeks]
              [CIN review chaired by team manager]
            """;
        var source = AnnotatedText.Parse(text);
        var compilation = Compile.Files(true, ("d.pd", source.Text));
        Compile.VerifyFile(compilation, "d.pd", source with { Spans = source.Spans[2..] },
            ExpectedDiagnostic.Containing("DIR2040", "sets two limits for how often 'CIN visit' must happen: 'at least every 6 weeks' here"),
            ExpectedDiagnostic.Containing("DIR2040", "sets two limits for who has 'CIN review chaired': 'team manager' here (rule 'Visits six-weekly') and 'qualified social worker'"));
    }

    [Fact]
    public void DIR2040_is_not_reported_for_the_same_limit_or_for_different_children()
    {
        var text = Header("stoke-visits") + """
            rule "Visits"
              cites "S002-20"
              CIN visit every 4 weeks

            rule "Visits again"
              cites "S002-21"
              CIN visit every 4 weeks

            rule "Visits to disabled children"
              cites "S002-22"
              applies to disabled child
              CIN visit every 6 weeks
            """;
        DiagnosticAssert.None(Compile.Files(true, ("d.pd", text)).GetDiagnostics());
    }

    [Fact]
    public void DIR2040_compares_only_requirements_with_the_same_anchor()
    {
        var text = Header("stoke-cp-plans") + """
            rule "Views before the conference"
              cites "S002-130"
              CIN visit before CIN plan start

            rule "Views in the closing summary"
              cites "S002-122"
              CIN visit before CIN plan end
              CIN review within 5 working days of referral
              CIN review within 5 working days of CIN plan start
            """;
        DiagnosticAssert.None(Compile.Files(true, ("d.pd", text)).GetDiagnostics());
    }

    [Fact]
    public void DIR2040_not_between_versions_of_one_direction()
    {
        var first = Header("visits", effective: "2021-01-01", extra: "  service areas \"A\"") + "rule \"V\"\n  cites \"x\"\n  CIN visit every 4 weeks\n";
        var second = Header("visits", effective: "2023-01-01").Replace("version 1", "version 2", StringComparison.Ordinal) + "  supersedes \"visits\" version 1\nrule \"V\"\n  cites \"x\"\n  CIN visit every 6 weeks\n";
        DiagnosticAssert.None(Compile.Files(true, ("a.pd", first), ("b.pd", second)).GetDiagnostics());
    }

    // ------------------------------------------------------------------ overrides across the directions of one document

    [Fact]
    public void Overrides_a_rule_of_another_direction_of_the_same_document()
    {
        var cla = Header("stoke-cla") + """
            rule "PEP within 20 working days"
              cites "S002-172"
              overrides "PEP in the checklist" in "stoke-transfers"
              [CIN plan within 20 working days of referral]
            """;
        var transfers = Header("stoke-transfers") + """
            rule "PEP in the checklist"
              cites "S002-272"
              [CIN plan within 10 working days of referral]
            """;
        var compilation = Verify([("cla.pd", cla), ("transfers.pd", transfers)], "transfers.pd", 1,
            ExpectedDiagnostic.Containing("DIR2040", "in rule 'PEP within 20 working days' of 'stoke-cla'. Rule 'PEP within 20 working days' is enforced: it overrides 'PEP in the checklist'."));
        Assert.True(compilation.Directions.Single(d => d.Id == "stoke-transfers").Rules.Single().IsOverridden);
        Assert.Empty(RulePlanner.Plan(compilation).Single(p => p.Manifest.Id == "stoke-transfers").Rules);
    }

    [Fact]
    public void DIR2041_unknown_rule_suggests_the_nearest()
    {
        Verify([("d.pd", Header("stoke-visits") + """
            rule "Visits"
              cites "S002-20"
              CIN visit every 4 weeks

            rule "Other"
              cites "S002-21"
              overrides [“Vists”]
              CIN review every 6 weeks
            """)], "d.pd", 1,
            ExpectedDiagnostic.Exactly("DIR2041", "There is no rule called 'Vists' in this direction. Did you mean 'Visits'?"));
    }

    [Fact]
    public void DIR2041_unknown_direction_suggests_a_direction_of_the_same_document()
    {
        Verify(
            [
                ("a.pd", Header("stoke-visits") + "rule \"Visits\"\n  cites \"x\"\n  overrides \"Other\" in [\"stoke-cl\"]\n  CIN visit every 4 weeks\n"),
                ("b.pd", Header("stoke-cla") + "rule \"Other\"\n  cites \"x\"\n  CIN visit every 6 weeks\n"),
            ],
            "a.pd", 1,
            ExpectedDiagnostic.Exactly("DIR2041", "There is no direction with the id 'stoke-cl'. Did you mean 'stoke-cla'? Name a direction by its 'id' header item."));
    }

    [Fact]
    public void DIR2041_unknown_rule_in_another_direction()
    {
        Verify(
            [
                ("a.pd", Header("stoke-visits") + "rule \"Visits\"\n  cites \"x\"\n  overrides [\"Othr\"] in \"stoke-cla\"\n  CIN visit every 4 weeks\n"),
                ("b.pd", Header("stoke-cla") + "rule \"Other\"\n  cites \"x\"\n  CIN review every 6 weeks\n"),
            ],
            "a.pd", 1,
            ExpectedDiagnostic.Exactly("DIR2041", "There is no rule called 'Othr' in direction 'stoke-cla'. Did you mean 'Other'?"));
    }

    [Fact]
    public void DIR2042_a_rule_of_another_document_cannot_be_overridden()
    {
        Verify(
            [
                ("a.pd", Header("stoke-visits") + "rule \"Visits\"\n  cites \"x\"\n  overrides \"CIN visits\" in [\"bristol-cin\"]\n  CIN visit every 4 weeks\n"),
                ("b.pd", Header("bristol-cin", source: "000_fd5d4ed691908962.txt", issuer: "Bristol City Council") + "rule \"CIN visits\"\n  cites \"x\"\n  CIN visit every 6 weeks\n"),
            ],
            "a.pd", 1,
            ExpectedDiagnostic.Exactly("DIR2042", "Direction 'bristol-cin' encodes \"000_fd5d4ed691908962.txt\", not \"002_90cb77168d4cd204.txt\". 'overrides' chooses between two limits of one policy document; when a later document replaces an earlier one, say so with 'supersedes' in its header."));
    }

    [Fact]
    public void DIR2042_a_rule_cannot_override_itself()
    {
        Verify([("d.pd", Header("stoke-visits") + "rule \"Visits\"\n  cites \"x\"\n  overrides [\"visits\"]\n  CIN visit every 4 weeks\n")], "d.pd", 1,
            ExpectedDiagnostic.Exactly("DIR2042", "Rule 'Visits' cannot override itself. Name the other rule of the document that sets a different limit."));
    }

    [Fact]
    public void DIR2043_rules_that_override_each_other()
    {
        var text = Header("stoke-visits") + """
            [rule "A"]
              cites "x"
              overrides "B"
              CIN visit every 4 weeks

            rule "B"
              cites "y"
              [overrides "A"]
              CIN review every 4 weeks
            """;
        var source = AnnotatedText.Parse(text);
        var compilation = Compile.Files(true, ("d.pd", source.Text));
        Compile.VerifyFile(compilation, "d.pd", source with { Spans = source.Spans[1..] },
            ("DIR2043", "Rules 'A' and 'B' override each other, so none of them would be checked. Keep 'overrides' only on the rule whose limit applies."));
        Assert.Equal(source.Spans[0], Assert.Single(Single(compilation, "DIR2043").AdditionalLocations).Span);
    }

    [Theory]
    [InlineData("overrides", "DIR1004")]
    [InlineData("overrides CIN visits", "DIR1004")]
    [InlineData("overrides \"X\" in", "DIR1004")]
    [InlineData("overrides \"X\" of \"Y\"", "DIR1000")]
    [InlineData("overrides \"X\" in \"Y\" \"Z\"", "DIR1000")]
    [InlineData("overrides \"X", "DIR1002")]
    public void Broken_overrides_lines_get_one_syntax_error_and_nothing_else(string line, string id)
    {
        var compilation = Compile.Direction(Compile.Rule("CIN visit every 4 weeks", line));
        var diagnostic = Assert.Single(compilation.GetDiagnostics());
        Assert.Equal(id, diagnostic.Id);
    }

    [Fact]
    public void In_is_still_a_word_in_terms()
    {
        DiagnosticAssert.None(Compile.Direction(Compile.Rule("applies to child in need", "CIN visit every 4 weeks")).GetDiagnostics());
    }

    [Fact]
    public void An_overridden_rule_needs_no_scenarios()
    {
        var text = Header("stoke-visits") + "rule \"A\"\n  cites \"x\"\n  overrides \"B\"\n  CIN visit every 4 weeks\nrule \"B\"\n  cites \"y\"\n  CIN visit every 6 weeks\n";
        var compilation = Compile.Files(true, ("d.pd", text));
        var coverage = ScenarioCoverage.Compute(compilation.Directions, []);
        Assert.Equal([false, true], coverage.Select(c => c.IsCovered));
        Assert.Equal("'A' (stoke-visits)", coverage[1].OverriddenBy);
        Assert.Equal(string.Empty, coverage[1].Lacking);
    }

    // ------------------------------------------------------------------ DIR3003 directions of one issuer

    private static string Bristol(string id, string effective, string source, string areas, string rule, string extra = "") =>
        Header(id, source: source, issuer: "Bristol City Council", effective: effective, extra: $"  service areas {areas}{extra}") + rule;

    [Fact]
    public void DIR3003_two_directions_of_one_issuer_in_force_together_with_different_limits()
    {
        var old = Bristol("bristol-cin", "2021-09-01", "000.txt", "\"DCSS\", \"Area Social Work Units\"", "rule \"CIN reviews\"\n  cites \"S000-13\"\n  [CIN review every 3 months]\n");
        var current = Bristol("bristol-s17", "2025-04-01", "003.txt", "\"Area Social Work Units\"", "rule \"Plan reviewed\"\n  cites \"S003-10\"\n  [CIN review every 1 month]\n");
        var compilation = Verify([("a.pd", old), ("b.pd", current)], "b.pd", 1, ExpectedDiagnostic.Exactly("DIR3003",
            "Bristol City Council gives two limits for how often 'CIN review' must happen: 'at least every 1 month' in 'bristol-s17' version 1 (rule 'Plan reviewed') "
            + "and 'at least every 3 months' in 'bristol-cin' version 1 (rule 'CIN reviews'), both in force from 2025-04-01 for the same children. "
            + "Both are checked. If the later one replaces the earlier, say 'supersedes \"bristol-cin\" version 1' in its header, or end the earlier one with 'until'."));
        Assert.Equal("a.pd", Assert.Single(Single(compilation, "DIR3003").AdditionalLocations).Path);
        DiagnosticAssert.None(compilation.GetDiagnostics().Where(d => d.Location.Path == "a.pd"));
    }

    [Theory]
    [InlineData("\"Area Social Work Units\"", "\n  supersedes \"bristol-cin\" version 1")]
    [InlineData("\"Families in Focus\"", "")]
    public void DIR3003_not_when_the_later_supersedes_the_earlier_or_they_serve_other_children(string areas, string extra)
    {
        var old = Bristol("bristol-cin", "2021-09-01", "000.txt", "\"DCSS\", \"Area Social Work Units\"", "rule \"CIN reviews\"\n  cites \"S000-13\"\n  CIN review every 3 months\n");
        var current = Bristol("bristol-s17", "2025-04-01", "003.txt", areas, "rule \"Plan reviewed\"\n  cites \"S003-10\"\n  CIN review every 1 month\n", extra);
        DiagnosticAssert.None(Compile.Files(true, ("a.pd", old), ("b.pd", current)).GetDiagnostics());
    }

    [Fact]
    public void DIR3003_not_between_issuers()
    {
        var bristol = Bristol("bristol-cin", "2021-09-01", "000.txt", "\"DCSS\"", "rule \"CIN reviews\"\n  cites \"S000-13\"\n  CIN review every 3 months\n");
        var slough = Header("slough", source: "001.txt", issuer: "Slough Children First", extra: "  service areas \"DCSS\"") + "rule \"Reviews\"\n  cites \"S001-1\"\n  CIN review every 1 month\n";
        DiagnosticAssert.None(Compile.Files(true, ("a.pd", bristol), ("b.pd", slough)).GetDiagnostics());
    }
}
