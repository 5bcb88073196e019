using Directions.Compiler.Emit;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Emit;

/// <summary>
/// The generated C# of two directions, kept under review in Emit/Golden/: the Bristol direction and the
/// every-construct sample (with directions/vocabulary.pd). A change to the emitter, the lowering, a
/// direction or the vocabulary shows up here as a diff. Run with UPDATE_GOLDEN=1 to rewrite the files
/// after checking the change is intended.
/// </summary>
[Collection(EmitCollection.Name)]
public sealed class GoldenTests(EmitFixture fixture)
{
    [Fact]
    public void Bristol_generated_csharp_matches_the_golden_file() => Verify(fixture.BristolSource, "bristol-cin-2021.g.cs");

    [Fact]
    public void Every_construct_generated_csharp_matches_the_golden_file() => Verify(fixture.EveryConstructSource, "every-construct.g.cs");

    private static void Verify(GeneratedDirection generated, string name)
    {
        var path = Repository.PathOf("tests", "Directions.Tests", "Emit", "Golden", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, generated.Text);
            return;
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with UPDATE_GOLDEN=1 to write it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == generated.Text)
            return;
        var expectedLines = expected.Split('\n');
        var actualLines = generated.Text.Split('\n');
        var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
        Assert.Fail($"The generated C# differs from {name} at line {first + 1}:\n" +
                    $"golden:    {(first < expectedLines.Length ? expectedLines[first] : "<end>")}\n" +
                    $"generated: {(first < actualLines.Length ? actualLines[first] : "<end>")}\n" +
                    "If the change is intended, run the tests with UPDATE_GOLDEN=1 and review the diff of the golden file.");
    }
}
