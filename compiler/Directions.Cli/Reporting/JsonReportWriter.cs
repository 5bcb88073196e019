using System.Text.Encodings.Web;
using System.Text.Json;
using Directions.Runtime.Evaluation;
using NodaTime;

namespace Directions.Cli.Reporting;

/// <summary>
/// Writes a report as JSON: the format <c>directions-findings</c>, version 1, described by
/// runtime/schema/findings.schema.json. Every property is always written (null when it has no value),
/// properties in a fixed order, so the same findings give the same bytes.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>The value of the <c>format</c> property.</summary>
    public const string Format = "directions-findings";

    /// <summary>The value of the <c>version</c> property.</summary>
    public const int Version = 1;

    /// <summary>Writes the report to a stream as UTF-8 JSON.</summary>
    public static void Write(ComplianceReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Write(report, json);
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The report as JSON text.</summary>
    public static string ToText(ComplianceReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(ComplianceReport report, Utf8JsonWriter json)
    {
        var context = report.Context;
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteNumber("version", Version);
        json.WriteString("as_of", ReportText.Date(context.AsOf));
        json.WriteString("rules_from", context.RulesFrom);

        json.WriteStartObject("cases");
        json.WriteString("source", context.Cases);
        WriteDate(json, "extracted", context.Extracted);
        json.WriteNumber("children", report.Children);
        json.WriteEndObject();

        json.WriteStartArray("directions");
        foreach (var direction in report.Directions)
        {
            var m = direction.Manifest;
            json.WriteStartObject();
            json.WriteString("id", m.Id);
            json.WriteString("title", m.Title);
            json.WriteString("issued_by", m.IssuedBy);
            json.WriteString("version", m.Version);
            json.WriteString("effective_from", ReportText.Date(m.EffectiveFrom));
            WriteDate(json, "effective_until", m.EffectiveUntil);
            json.WriteString("source_file", m.SourceFile);
            json.WriteStartArray("rules");
            foreach (var (name, line) in direction.Rules)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteNumber("line", line);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartObject("summary");
        json.WriteNumber("findings", report.Findings.Length);
        WriteCounts(json, "counts", report.Totals);
        json.WriteString("worklist_until", ReportText.Date(report.WorklistUntil));
        json.WriteNumber("worklist", report.Worklist.Length);
        json.WriteNumber("overdue", report.Overdue.Length);
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            json.WriteStartObject();
            json.WriteString("direction_id", rule.DirectionId);
            json.WriteString("version", rule.Version);
            json.WriteString("rule", rule.Rule);
            json.WriteNumber("line", rule.Line);
            WriteCounts(json, "counts", rule.Counts);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("teams");
        foreach (var team in report.Teams)
        {
            json.WriteStartObject();
            json.WriteString("team", team.Team);
            json.WriteString("service_area", team.ServiceArea);
            json.WriteNumber("children", team.Children);
            json.WriteNumber("children_with_overdue", team.ChildrenWithOverdue);
            WriteCounts(json, "counts", team.Counts);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartArray("findings");
        foreach (var reported in report.Findings)
            WriteFinding(json, reported);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, StatusCounts counts)
    {
        json.WriteStartObject(name);
        json.WriteNumber("checked", counts.Total);
        foreach (var status in StatusNames.InColumnOrder)
            json.WriteNumber(StatusNames.Code(status), counts[status]);
        json.WriteNumber("applicable", counts.Applicable);
        json.WriteNumber("compliant", counts.Compliant);
        if (counts.PercentCompliant is { } percent)
            json.WriteNumber("percent_compliant", Math.Round(percent, 1));
        else
            json.WriteNull("percent_compliant");
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, ReportedFinding reported)
    {
        var finding = reported.Finding;
        var citation = finding.Citation;
        json.WriteStartObject();
        json.WriteString("child_id", finding.ChildId);
        json.WriteString("team", reported.Team);
        json.WriteString("service_area", reported.ServiceArea);
        json.WriteString("direction_id", citation.DirectionId);
        json.WriteString("version", citation.Version);
        json.WriteString("rule", citation.RuleName);
        json.WriteString("status", StatusNames.Code(finding.Status));
        json.WriteString("as_of", ReportText.Date(finding.AsOf));
        WriteDate(json, "overdue_since", finding.OverdueSince);
        if (finding.DaysOverdue is { } days)
            json.WriteNumber("days_overdue", days);
        else
            json.WriteNull("days_overdue");
        WriteDate(json, "next_due", finding.NextDue);
        json.WriteStartArray("breaches");
        foreach (var breach in finding.Breaches)
            WriteBreach(json, breach);
        json.WriteEndArray();
        json.WriteStartArray("evidence");
        foreach (var evidence in finding.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("record_id", evidence.RecordId);
            json.WriteString("what", evidence.What);
            json.WriteString("date", ReportText.Date(evidence.Date));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("missing_data", finding.MissingData);
        json.WriteString("explanation", finding.Explanation);
        json.WriteStartObject("citation");
        json.WriteString("direction_id", citation.DirectionId);
        json.WriteString("direction_title", citation.DirectionTitle);
        json.WriteString("issued_by", citation.IssuedBy);
        json.WriteString("version", citation.Version);
        json.WriteString("effective_from", ReportText.Date(citation.EffectiveFrom));
        json.WriteString("rule", citation.RuleName);
        json.WriteString("source_file", citation.SourceFile);
        json.WriteNumber("line", citation.SourceLine);
        json.WriteStartArray("paragraphs");
        foreach (var paragraph in citation.Paragraphs)
            json.WriteStringValue(paragraph);
        json.WriteEndArray();
        json.WriteString("text", citation.ToString());
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteBreach(Utf8JsonWriter json, Breach breach)
    {
        json.WriteStartObject();
        json.WriteString("from", ReportText.Date(breach.From));
        json.WriteString("to", ReportText.Date(breach.To));
        json.WriteNumber("days", breach.Days);
        json.WriteNumber("allowed_days", breach.AllowedDays);
        json.WriteString("explanation", breach.Explanation);
        json.WriteStartArray("record_ids");
        foreach (var id in breach.RecordIds)
            json.WriteStringValue(id);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, LocalDate? date)
    {
        if (date is { } d)
            json.WriteString(name, ReportText.Date(d));
        else
            json.WriteNull(name);
    }
}
