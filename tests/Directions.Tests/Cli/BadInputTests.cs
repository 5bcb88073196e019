using System.Text.Json;
using Directions.Cli.Reporting;

namespace Directions.Tests.Cli;

/// <summary>Bad case data stops `directions check` before any report: exit 2, the loader's message, no file.</summary>
[Collection(CheckCollection.Name)]
public sealed class BadInputTests(CheckFixture fixture)
{
    private const string BadCaseload = """
        {
          "format": "directions-caseload",
          "version": 1,
          "teams": [{"id": "T1", "service_area": "Area Social Work Units"}],
          "workers": [{"id": "W1", "role": "social worker", "qualified": true, "registered": true, "team": "T1"}],
          "children": [
            {"id": "C1", "team": "T1", "disabled": false,
             "cin_episodes": [{"id": "E1", "start": "2025-01-06"}],
             "visits": [{"id": "V1", "date": "2025-02-30", "kind": "CIN", "child_seen": true, "child_seen_alone": false, "worker": "W1"}]}
          ]
        }
        """;

    [Theory]
    [InlineData(ReportFormat.Json)]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Table)]
    public void Bad_case_data_exits_2_with_file_line_and_path_and_writes_no_report(ReportFormat format)
    {
        var cases = fixture.PathOf($"bad-{format}.json");
        File.WriteAllText(cases, BadCaseload);
        var output = fixture.PathOf($"bad-report-{format}.out");

        var run = fixture.Run(new CheckOptions { Cases = cases, Format = format, Out = output });

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"{cases} line 9: children[0].visits[0].date: '2025-02-30' is not a date", run.Error, StringComparison.Ordinal);
        Assert.Contains("No report was written.", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.EnumerateFiles(fixture.Folder, "*.tmp"));
    }

    [Fact]
    public void Bad_case_data_leaves_an_earlier_report_as_it_was()
    {
        var cases = fixture.PathOf("bad-again.json");
        File.WriteAllText(cases, BadCaseload);
        var output = fixture.PathOf("earlier-report.json");
        File.WriteAllText(output, "earlier");

        var run = fixture.Run(new CheckOptions { Cases = cases, Format = ReportFormat.Json, Out = output });

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("earlier", File.ReadAllText(output));
    }

    [Fact]
    public void Bad_case_data_goes_to_standard_error_only()
    {
        var cases = fixture.PathOf("bad-stdout.json");
        File.WriteAllText(cases, BadCaseload);

        var run = fixture.Run(new CheckOptions { Cases = cases });

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void A_missing_case_file_exits_2()
    {
        var cases = fixture.PathOf("no-such-file.json");

        var run = fixture.Run(new CheckOptions { Cases = cases, Format = ReportFormat.Json });

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(cases + ": the file cannot be read", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_of_an_unknown_type_are_counted_in_a_warning_and_their_values_never_shown()
    {
        var cases = fixture.PathOf("unknown.json");
        File.WriteAllText(cases, BadCaseload
            .Replace("2025-02-30", "2025-02-03", StringComparison.Ordinal)
            .Replace("\"disabled\": false,", "\"disabled\": false, \"name\": \"Secret Name\", \"addresses\": [{\"id\": \"P1\", \"street\": \"1 Secret Street\"}, {\"id\": \"P2\"}],", StringComparison.Ordinal));

        var run = fixture.Run(new CheckOptions { Cases = cases, Format = ReportFormat.Json });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"{cases}: warning: children.addresses: 2 records of a type the case-data model does not know were not loaded", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{cases}: warning: children.name: a field the case-data model does not know", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", run.Error + run.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(1, document.RootElement.GetProperty("cases").GetProperty("children").GetInt32());
    }
}
