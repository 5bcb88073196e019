using System.Collections.Immutable;
using System.Text;
using Directions.Compiler.Diagnostics;
using Directions.Compiler.Syntax;
using Directions.Compiler.Text;
using Xunit.Sdk;

namespace Directions.Tests.TestSupport;

/// <summary>How an expected message is compared with the actual one.</summary>
public enum MessageMatch
{
    /// <summary>The whole message, character for character.</summary>
    Exact,

    /// <summary>The expected text occurs somewhere in the message.</summary>
    Contains,
}

/// <summary>A diagnostic a test expects: its ID and its message (or part of it). Its span comes from the annotated text.</summary>
public sealed record ExpectedDiagnostic(string Id, string Message, MessageMatch Match = MessageMatch.Exact)
{
    /// <summary>Expects a diagnostic with exactly this message.</summary>
    public static ExpectedDiagnostic Exactly(string id, string message) => new(id, message);

    /// <summary>Expects a diagnostic whose message contains <paramref name="fragment"/>.</summary>
    public static ExpectedDiagnostic Containing(string id, string fragment) => new(id, fragment, MessageMatch.Contains);

    /// <summary>("DIR1003", "full message") expects exactly that message.</summary>
    public static implicit operator ExpectedDiagnostic((string Id, string Message) expected) => new(expected.Id, expected.Message);

    /// <summary>True when the actual message is the one expected.</summary>
    public bool MessageMatches(string actual) => Match switch
    {
        MessageMatch.Exact => string.Equals(actual, Message, StringComparison.Ordinal),
        _ => actual.Contains(Message, StringComparison.Ordinal),
    };

    /// <inheritdoc />
    public override string ToString() => Match == MessageMatch.Exact ? $"{Id}: {Message}" : $"{Id}: ...{Message}...";
}

/// <summary>
/// Checks diagnostics against an annotated text (see <see cref="AnnotatedText"/>): the i-th marked
/// span belongs to the i-th expected diagnostic, and the diagnostics (ordered by position) must
/// match them one for one in ID, span and message. Failures print both lists with line and column
/// numbers, and the source with the actual spans marked.
/// </summary>
/// <example>
/// Syntax diagnostics:
/// <code>
/// DiagnosticAssert.Parse("""
///     direction "D"
///     rule "R"
///       CIN visit every [weeks]
///     """, ("DIR1003", "I expected a number after 'every', as in 'every 4 weeks'."));
/// </code>
/// Diagnostics of any other phase (for instance a compilation's), for one file:
/// <code>
/// var source = AnnotatedText.Parse(annotated);
/// var compilation = DirectionCompilation.Create([SyntaxTree.Parse(source.Text, "d.pd"), vocabulary]);
/// DiagnosticAssert.Verify(source, compilation.GetDiagnostics().Where(d => d.Location.Path == "d.pd"), expected);
/// </code>
/// </example>
public static class DiagnosticAssert
{
    /// <summary>Parses the annotated source with <see cref="SyntaxTree.Parse(string, string)"/> and checks its diagnostics.</summary>
    /// <returns>The syntax tree, for further checks.</returns>
    public static SyntaxTree Parse(string annotatedSource, params ExpectedDiagnostic[] expected)
    {
        var source = AnnotatedText.Parse(annotatedSource);
        var tree = SyntaxTree.Parse(source.Text);
        Verify(source, tree.Diagnostics, expected);
        return tree;
    }

    /// <summary>Checks diagnostics (of any phase) against an annotated text.</summary>
    public static void Verify(string annotatedSource, ImmutableArray<Diagnostic> actual, params ExpectedDiagnostic[] expected) =>
        Verify(AnnotatedText.Parse(annotatedSource), actual, expected);

    /// <summary>Checks diagnostics (of any phase) against an annotated text.</summary>
    public static void Verify(AnnotatedText source, ImmutableArray<Diagnostic> actual, params ExpectedDiagnostic[] expected) =>
        Verify(source, (IEnumerable<Diagnostic>)actual, expected);

    /// <summary>Checks diagnostics (of any phase) against an annotated text.</summary>
    public static void Verify(AnnotatedText source, IEnumerable<Diagnostic> actual, params ExpectedDiagnostic[] expected)
    {
        if (source.Spans.Length != expected.Length)
        {
            throw new ArgumentException(
                $"The test is wrong: the annotated text marks {source.Spans.Length} span(s) but {expected.Length} diagnostic(s) are expected.",
                nameof(expected));
        }

        var text = SourceText.From(source.Text);
        var diagnostics = actual
            .Select((diagnostic, index) => (diagnostic, index))
            .OrderBy(d => d.diagnostic.Location.Span.Start)
            .ThenBy(d => d.diagnostic.Location.Span.End)
            .ThenBy(d => d.index)
            .Select(d => d.diagnostic)
            .ToList();

        var problems = new List<string>();
        if (diagnostics.Count != expected.Length)
            problems.Add($"expected {expected.Length} diagnostic(s) but found {diagnostics.Count}");

        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Location.Text.ToString() != source.Text)
                problems.Add($"{diagnostic.Id} at {diagnostic.Location.Path} is about another text than the one annotated (filter the diagnostics by file first)");
        }

        for (var i = 0; i < Math.Min(diagnostics.Count, expected.Length); i++)
        {
            var want = expected[i];
            var got = diagnostics[i];
            var wantSpan = source.Spans[i];
            if (got.Id != want.Id)
                problems.Add($"#{i + 1}: ID expected {want.Id} but was {got.Id}");
            if (got.Location.Span != wantSpan)
                problems.Add($"#{i + 1}: span expected {Describe(text, wantSpan)} but was {Describe(got.Location.Text, got.Location.Span)}");
            if (!want.MessageMatches(got.Message))
            {
                var how = want.Match == MessageMatch.Exact ? "message expected" : "message expected to contain";
                problems.Add($"#{i + 1}: {how}\n      {want.Message}\n    but was\n      {got.Message}");
            }
        }

        if (problems.Count == 0)
            return;

        var report = new StringBuilder();
        report.AppendLine("The diagnostics are not the ones expected:");
        foreach (var problem in problems)
            report.Append("  - ").AppendLine(problem);
        report.AppendLine();
        report.AppendLine($"Expected {expected.Length}:");
        for (var i = 0; i < expected.Length; i++)
            report.AppendLine($"  #{i + 1} {Describe(text, source.Spans[i])} {expected[i]}");
        report.AppendLine($"Actual {diagnostics.Count}:");
        for (var i = 0; i < diagnostics.Count; i++)
            report.AppendLine($"  #{i + 1} {Describe(diagnostics[i].Location.Text, diagnostics[i].Location.Span)} {diagnostics[i].Id}: {diagnostics[i].Message}");
        report.AppendLine();
        report.AppendLine("Source as expected:");
        report.AppendLine(Numbered(AnnotatedText.Annotate(source.Text, source.Spans)));
        report.AppendLine("Source as found:");
        report.AppendLine(Numbered(AnnotatedText.Annotate(source.Text, diagnostics.Select(d => d.Location.Span))));
        throw new XunitException(report.ToString());
    }

    /// <summary>Checks that there are no diagnostics at all, printing any that there are.</summary>
    public static void None(IEnumerable<Diagnostic> actual)
    {
        var diagnostics = actual.ToList();
        if (diagnostics.Count == 0)
            return;

        var report = new StringBuilder();
        report.AppendLine($"Expected no diagnostics but found {diagnostics.Count}:");
        foreach (var diagnostic in diagnostics)
            report.AppendLine($"  {Describe(diagnostic.Location.Text, diagnostic.Location.Span)} {diagnostic.Id}: {diagnostic.Message}");
        throw new XunitException(report.ToString());
    }

    /// <summary>A span as (line,column)-(line,column) with its text, one-based as editors show it.</summary>
    public static string Describe(SourceText text, TextSpan span)
    {
        var start = text.GetLinePosition(span.Start);
        var end = text.GetLinePosition(span.End);
        var content = span.End <= text.Length ? text.ToString(span) : "?";
        return $"{start}-{end} '{Escape(content)}'";
    }

    private static string Numbered(string text)
    {
        var lines = text.Split('\n');
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
            builder.Append($"  {i + 1,3} | ").AppendLine(Escape(lines[i].TrimEnd('\r')));
        return builder.ToString().TrimEnd();
    }

    private static string Escape(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
}
