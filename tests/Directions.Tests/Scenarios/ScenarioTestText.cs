using Directions.Compiler.Scenarios;

namespace Directions.Tests.Scenarios;

/// <summary>Helpers for scenario tests: where a snippet is in a text, and assertions on scenario diagnostics.</summary>
internal static class ScenarioTestText
{
    /// <summary>The one-based column of <paramref name="snippet"/> in line <paramref name="line"/> (one-based) of the text.</summary>
    public static int ColumnOf(string text, int line, string snippet)
    {
        var lines = text.Split('\n');
        var index = lines[line - 1].IndexOf(snippet, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{snippet}' is not on line {line}: '{lines[line - 1]}'");
        return index + 1;
    }

    /// <summary>The one-based number of the first line holding the snippet.</summary>
    public static int LineOf(string text, string snippet)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(snippet, StringComparison.Ordinal))
                return i + 1;
        }

        throw new ArgumentException($"'{snippet}' is not in the text.", nameof(snippet));
    }

    /// <summary>Asserts there is exactly one diagnostic, at the snippet's line and column, whose message contains each of the parts.</summary>
    public static ScenarioDiagnostic Single(IEnumerable<ScenarioDiagnostic> diagnostics, string text, string path, string snippet, params string[] message)
    {
        var diagnostic = Assert.Single(diagnostics);
        var line = LineOf(text, snippet);
        Assert.Equal(path, diagnostic.Path);
        Assert.Equal((line, ColumnOf(text, line, snippet)), (diagnostic.Line, diagnostic.Column));
        foreach (var part in message)
            Assert.Contains(part, diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}({diagnostic.Line},{diagnostic.Column}): error: ", diagnostic.ToString(), StringComparison.Ordinal);
        return diagnostic;
    }
}
