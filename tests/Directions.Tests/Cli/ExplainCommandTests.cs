using System.Text.Json;
using Directions.Cli.Commands;
using Directions.Cli.Reporting;

namespace Directions.Tests.Cli;

/// <summary>`directions explain CHILD_ID`: every finding for one child, with its evidence in date order.</summary>
[Collection(CheckCollection.Name)]
public sealed class ExplainCommandTests(CheckFixture fixture)
{
    /// <summary>A CIN visits finding of the sample with several pieces of evidence.</summary>
    private JsonElement VisitsFinding() => fixture.Sample.RootElement.GetProperty("findings").EnumerateArray()
        .First(f => f.GetProperty("direction_id").GetString() == "bristol-cin" && f.GetProperty("rule").GetString() == "CIN visits" && f.GetProperty("status").GetString() == "breached"
                    && f.GetProperty("evidence").GetArrayLength() >= 4);

    /// <summary>The child's findings in the fixture's check of the whole sample.</summary>
    private List<JsonElement> FindingsOf(string childId) => fixture.Sample.RootElement.GetProperty("findings").EnumerateArray()
        .Where(f => f.GetProperty("child_id").GetString() == childId).ToList();

    [Fact]
    public void Explain_prints_every_finding_of_the_child_with_its_evidence_in_date_order()
    {
        var finding = VisitsFinding();
        var childId = finding.GetProperty("child_id").GetString()!;

        var run = fixture.Explain(childId, new CheckOptions());

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith($"Child {childId}, team ", lines[0], StringComparison.Ordinal);
        Assert.Contains($": {FindingsOf(childId).Count} finding(s) as of 1 October 2025", lines[0], StringComparison.Ordinal);

        // The CIN visits section: from its heading to the next rule heading.
        var start = lines.FindIndex(l => l.Contains("CIN visits (bristol-cin 2021.1): breached", StringComparison.Ordinal));
        Assert.True(start >= 0, run.Output);
        var end = lines.FindIndex(start + 1, l => l.StartsWith("── ", StringComparison.Ordinal));
        var section = lines.Skip(start).Take((end < 0 ? lines.Count : end) - start).ToList();

        var evidence = finding.GetProperty("evidence").EnumerateArray()
            .Select(e => (Id: e.GetProperty("record_id").GetString()!, Date: e.GetProperty("date").GetString()!)).ToList();
        var positions = evidence.Select(e => section.FindIndex(l => l.Contains(e.Id, StringComparison.Ordinal) && l.Contains(e.Date, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, positions);
        var inOrder = evidence.Zip(positions).OrderBy(p => p.Second).Select(p => p.First.Date).ToList();
        Assert.Equal(inOrder.Order(StringComparer.Ordinal), inOrder);
        Assert.Contains(section, l => l.Contains("'CIN visits' is breached in the past as of 1 October 2025.", StringComparison.Ordinal));
        Assert.Contains(section, l => l.TrimStart().StartsWith("Breach ", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_json_has_the_child_s_findings_only()
    {
        var childId = VisitsFinding().GetProperty("child_id").GetString()!;

        var run = fixture.Explain(childId, new CheckOptions { Format = ReportFormat.Json });

        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Output);
        var findings = document.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(FindingsOf(childId).Select(f => f.GetRawText()), findings.Select(f => f.GetRawText()));
        Assert.All(findings, f => Assert.Equal(childId, f.GetProperty("child_id").GetString()));
    }

    [Fact]
    public static void The_timeline_is_in_date_order_with_the_as_of_date_in_its_place()
    {
        var finding = new Directions.Runtime.Evaluation.Finding("C1",
            new Directions.Runtime.Evaluation.Citation("d", "D", null, "1", new NodaTime.LocalDate(2021, 1, 1), "r", "d.pd", 1, []),
            Directions.Runtime.Evaluation.FindingStatus.Overdue, new NodaTime.LocalDate(2025, 10, 1), "x")
        {
            Evidence = [new("V2", "CIN visit", new NodaTime.LocalDate(2025, 3, 1)), new("V1", "CIN visit", new NodaTime.LocalDate(2025, 1, 1)), new("E1", "child in need", new NodaTime.LocalDate(2025, 1, 1))],
            OverdueSince = new NodaTime.LocalDate(2025, 3, 30),
            DaysOverdue = 185,
        };

        var timeline = ExplainCommand.Timeline(finding);

        Assert.Equal(["E1", "V1", "V2", "", ""], timeline.Select(t => t.Record));
        Assert.Equal(timeline.Select(t => t.Date).Order(), timeline.Select(t => t.Date));
        Assert.Equal("as of (the date checked)", timeline[^1].What);
    }

    [Fact]
    public void Explain_of_an_unknown_child_exits_2()
    {
        var run = fixture.Explain("C9999", new CheckOptions());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("there is no child with the id 'C9999'", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }
}
