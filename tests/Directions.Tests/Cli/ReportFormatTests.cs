using System.Text.Json;
using Directions.Cli.Reporting;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Cli;

/// <summary>The json, csv and html reports of `directions check`.</summary>
[Collection(CheckCollection.Name)]
public sealed class ReportFormatTests(CheckFixture fixture)
{
    private static SchemaValidator LoadSchema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Repository.PathOf("runtime", "schema", "findings.schema.json")));
        return new SchemaValidator(schema.RootElement.Clone());
    }

    [Fact]
    public void Json_of_the_sample_validates_against_the_published_schema()
    {
        var errors = LoadSchema().Validate(fixture.Sample.RootElement);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        Assert.Equal("directions-findings", fixture.Sample.RootElement.GetProperty("format").GetString());
    }

    [Fact]
    public void The_schema_validator_is_not_vacuous()
    {
        var validator = LoadSchema();
        var finding = fixture.Sample.RootElement.GetProperty("findings")[0].GetRawText();
        string Wrap(string f) => fixture.Sample.RootElement.GetRawText().Replace(finding, f, StringComparison.Ordinal);

        var wrongStatus = Wrap(finding.Replace("\"status\": \"", "\"status\": \"x", StringComparison.Ordinal));
        var missingId = Wrap(finding.Replace("\"child_id\":", "\"child\":", StringComparison.Ordinal));
        var badDate = Wrap(finding.Replace("\"as_of\": \"2025-10-01\"", "\"as_of\": \"1 October 2025\"", StringComparison.Ordinal));

        Assert.Contains(Validate(validator, wrongStatus), e => e.StartsWith("$.findings[0].status: ", StringComparison.Ordinal));
        Assert.Contains(Validate(validator, missingId), e => e == "$.findings[0]: 'child_id' is missing");
        Assert.Contains(Validate(validator, missingId), e => e == "$.findings[0]: 'child' is not allowed");
        Assert.Contains(Validate(validator, badDate), e => e.StartsWith("$.findings[0].as_of: '1 October 2025'", StringComparison.Ordinal));
    }

    private static IReadOnlyList<string> Validate(SchemaValidator validator, string json)
    {
        using var document = JsonDocument.Parse(json);
        return validator.Validate(document.RootElement);
    }

    [Fact]
    public void Every_finding_in_the_json_carries_its_citation_and_evidence_ids()
    {
        var findings = fixture.Sample.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var overdue = findings.First(f => f.GetProperty("status").GetString() == "overdue" && f.GetProperty("rule").GetString() == "CIN visits"
                                              && f.GetProperty("direction_id").GetString() == "bristol-cin");

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", overdue.GetProperty("overdue_since").GetString()!);
        Assert.True(overdue.GetProperty("days_overdue").GetInt32() > 0);
        Assert.NotEmpty(overdue.GetProperty("evidence").EnumerateArray());
        var childId = overdue.GetProperty("child_id").GetString()!;
        Assert.All(overdue.GetProperty("evidence").EnumerateArray(), e => Assert.StartsWith(childId + "-", e.GetProperty("record_id").GetString()!, StringComparison.Ordinal));
        var citation = overdue.GetProperty("citation");
        Assert.Equal("directions/bristol-cin-2021.pd", citation.GetProperty("source_file").GetString());
        // The line of `rule "CIN visits"` in the file, wherever edits move it.
        var ruleLine = Array.FindIndex(File.ReadAllLines(Repository.PathOf("directions", "bristol-cin-2021.pd")), l => l.StartsWith("rule \"CIN visits\"", StringComparison.Ordinal)) + 1;
        Assert.Equal(ruleLine, citation.GetProperty("line").GetInt32());
        Assert.Contains("S000-07", citation.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()));
        Assert.StartsWith("'CIN visits' is overdue as of 1 October 2025.", overdue.GetProperty("explanation").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_the_header_and_one_row_per_finding()
    {
        var csv = fixture.Run(new CheckOptions { Cases = fixture.SmallCases, Format = ReportFormat.Csv });
        var json = fixture.Run(new CheckOptions { Cases = fixture.SmallCases, Format = ReportFormat.Json });
        Assert.True(csv.ExitCode == 0, csv.ToString());
        using var document = JsonDocument.Parse(json.Output);
        var findings = document.RootElement.GetProperty("findings").EnumerateArray().ToList();

        var rows = ParseCsv(csv.Output);
        Assert.Equal(
            "child_id,team,service_area,direction_id,version,rule,status,as_of,overdue_since,days_overdue,next_due,breaches,evidence_record_ids,missing_data,explanation,source_file,line,paragraphs",
            string.Join(",", rows[0]));
        Assert.Equal(findings.Count, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(18, r.Count));
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            var row = rows[i + 1];
            Assert.Equal(f.GetProperty("child_id").GetString(), row[0]);
            Assert.Equal(f.GetProperty("rule").GetString(), row[5]);
            Assert.Equal(f.GetProperty("status").GetString(), row[6]);
            Assert.Equal(f.GetProperty("overdue_since").GetString() ?? string.Empty, row[8]);
            Assert.Equal(string.Join("; ", f.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("record_id").GetString())), row[12]);
            Assert.Equal(f.GetProperty("explanation").GetString(), row[14]);
        }
    }

    /// <summary>RFC 4180: fields in double quotes may hold commas, quotes (doubled) and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public void Html_is_one_self_contained_page_with_every_section()
    {
        var path = fixture.PathOf("report.html");
        var run = fixture.Run(new CheckOptions { Cases = fixture.SmallCases, Format = ReportFormat.Html, Out = path });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Output);
        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        foreach (var section in new[] { "summary", "rules", "teams", "worklist", "overdue" })
            Assert.Contains($"<section id=\"{section}\">", html, StringComparison.Ordinal);
        // Text from the data is encoded: the explanations' quotes become entities.
        Assert.Contains("&#39;CIN visits&#39; is overdue as of 1 October 2025.", html, StringComparison.Ordinal);
    }
}
