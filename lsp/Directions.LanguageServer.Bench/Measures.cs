using System.Diagnostics;

namespace Directions.LanguageServer.Bench;

/// <summary>The latencies measured, each from the moment the client sends to the moment it has the answer.</summary>
internal static class Measures
{
    public static async Task<List<Result>> RunAsync(BenchClient client, BigWorkspace workspace, int rounds)
    {
        var random = new Random(2025);
        var lines = workspace.Text.Split('\n');
        var version = 1;
        var results = new List<Result>();

        // Warm up every request once (JIT), as an editor does in its first seconds.
        for (var i = 0; i < 5; i++)
        {
            await client.AskAsync("textDocument/hover", workspace.RequirementLines[i], 4);
            await client.AskAsync("textDocument/completion", workspace.RequirementLines[i], 5);
        }

        // 1. One edit, then wait for its diagnostics: a misspelling, then its fix (so diagnostics change each time).
        var cpu = client.ServerCpu();
        var edits = new Result("didChange -> publishDiagnostics (one edit)");
        for (var i = 0; i < rounds; i++)
        {
            var line = workspace.RequirementLines[random.Next(workspace.RequirementLines.Count)];
            var text = i % 2 == 0 ? Edit(lines, line, lines[line].Insert(5, "x")) : workspace.Text;
            var published = client.Expect(++version);
            var sent = Stopwatch.GetTimestamp();
            await client.ChangeAsync(text, version);
            edits.Add(Stopwatch.GetElapsedTime(sent, await published).TotalMilliseconds);
        }

        Close(edits, ref cpu);
        results.Add(edits);

        // 2. Typing: ten keystrokes 30 ms apart; the time from the last one to its diagnostics.
        var typing = new Result("didChange -> publishDiagnostics (typing burst)");
        for (var i = 0; i < Math.Max(5, rounds / 5); i++)
        {
            var line = workspace.RequirementLines[random.Next(workspace.RequirementLines.Count)];
            var typed = lines[line];
            Task<long> last = Task.FromResult(0L);
            long sent = 0;
            for (var key = 0; key < 10; key++)
            {
                typed = typed.Insert(2, "a");
                last = client.Expect(++version);
                sent = Stopwatch.GetTimestamp();
                await client.ChangeAsync(Edit(lines, line, typed), version);
                await Task.Delay(30);
            }

            typing.Add(Stopwatch.GetElapsedTime(sent, await last).TotalMilliseconds);
            var restored = client.Expect(++version);
            await client.ChangeAsync(workspace.Text, version);
            await restored;
        }

        Close(typing, ref cpu);
        results.Add(typing);
        results.Add(Close(await TimeAsync("hover (warm)", rounds, () =>
        {
            var line = workspace.RequirementLines[random.Next(workspace.RequirementLines.Count)];
            return client.AskAsync("textDocument/hover", line, random.Next(2, Math.Max(3, lines[line].Length)));
        }), ref cpu));
        results.Add(Close(await TimeAsync("completion (warm)", rounds, () =>
            client.AskAsync("textDocument/completion", workspace.RequirementLines[random.Next(workspace.RequirementLines.Count)], 5)), ref cpu));

        // 3. A request right after an edit pays for the new compilation.
        var afterEdit = new Result("hover right after an edit (compiles first)");
        for (var i = 0; i < Math.Max(5, rounds / 5); i++)
        {
            var line = workspace.RequirementLines[random.Next(workspace.RequirementLines.Count)];
            var published = client.Expect(++version);
            await client.ChangeAsync(i % 2 == 0 ? Edit(lines, line, lines[line] + " ") : workspace.Text, version);
            var sent = Stopwatch.GetTimestamp();
            await client.AskAsync("textDocument/hover", line, 4);
            afterEdit.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            await published;
        }

        Close(afterEdit, ref cpu);
        results.Add(afterEdit);
        return results;

        Result Close(Result result, ref TimeSpan since)
        {
            var now = client.ServerCpu();
            result.ServerCpuPerSample = (now - since).TotalMilliseconds / result.Samples.Count;
            since = now;
            return result;
        }
    }

    private static async Task<Result> TimeAsync(string name, int rounds, Func<Task> request)
    {
        var result = new Result(name);
        for (var i = 0; i < rounds; i++)
        {
            var sent = Stopwatch.GetTimestamp();
            await request();
            result.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }

        return result;
    }

    private static string Edit(string[] lines, int line, string newLine)
    {
        var copy = (string[])lines.Clone();
        copy[line] = newLine;
        return string.Join('\n', copy);
    }
}
