using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Directions.Runtime.CaseData;
using Directions.Runtime.Loading;
using Directions.Runtime.Rules;
using NodaTime;

namespace Directions.Tests.Emit;

/// <summary>
/// #line mapping: the PDB's sequence points of a rule's selectors point into the .pd file at the
/// requirement's line (or the rule's, for the periods it watches), the PDB embeds the .pd texts, and a
/// selector that throws has the direction's file and line in its stack trace.
/// </summary>
[Collection(EmitCollection.Name)]
public sealed class LineMappingTests(EmitFixture fixture)
{
    [Fact]
    public void Selector_sequence_points_map_to_the_requirement_line_in_the_pd_file()
    {
        var rule = fixture.Bristol.Rules.Single(r => r.Name == "CIN visits");
        var requirementLine = rule.Requirements.Single().Line;
        var points = SequencePointsOfLambdasIn("Rule_CIN_visits");

        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.Equal(EmitFixture.BristolPath, p.Document));
        Assert.All(points, p => Assert.Contains(p.Line, new[] { rule.Line, requirementLine }));
        Assert.Contains(points, p => p.Line == requirementLine);
        Assert.Equal("CIN visit every 4 weeks unless recorded rationale, max 6", File.ReadLines(TestSupport.Repository.PathOf("directions", "bristol-cin-2021.pd")).ElementAt(requirementLine - 1).Trim());
    }

    [Fact]
    public void Every_requirement_line_has_sequence_points()
    {
        var lines = SequencePointsOfLambdasIn("Rule_").Select(p => p.Line).ToHashSet();

        Assert.All(fixture.Bristol.Rules.SelectMany(r => r.Requirements), requirement => Assert.Contains(requirement.Line, lines));
    }

    [Fact]
    public void The_pdb_embeds_the_pd_sources_and_the_generated_csharp()
    {
        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(fixture.BristolAssembly.Pdb!));
        var reader = provider.GetMetadataReader();
        var embedded = new Dictionary<string, bool>();
        foreach (var handle in reader.Documents)
        {
            var document = reader.GetDocument(handle);
            var hasText = reader.GetCustomDebugInformation(handle)
                .Any(h => reader.GetGuid(reader.GetCustomDebugInformation(h).Kind) == new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE"));
            embedded[reader.GetString(document.Name)] = hasText;
        }

        Assert.True(embedded[EmitFixture.BristolPath]);
        Assert.True(embedded[EmitFixture.VocabularyPath]);
        Assert.True(embedded["Directions.Generated/" + fixture.BristolSource.FileName]);
        Assert.All(embedded.Keys, name => Assert.False(Path.IsPathRooted(name), name));
    }

    [Fact]
    public void A_selector_that_throws_has_the_direction_line_in_its_stack_trace()
    {
        var spec = RuleAssemblyLoader.Load(fixture.BristolAssembly.Assembly!, fixture.BristolAssembly.Pdb).Build();
        var rule = spec.Rules.Single(r => r.Name == "CIN visits");
        var broken = new CaseContext(null!, new Caseload(), new LocalDate(2025, 3, 31)); // no child: the selector fails on its first read

        var exception = Assert.Throws<NullReferenceException>(() => rule.Requirements[0].Subject(broken));

        Assert.Contains($"{EmitFixture.BristolPath}:line {rule.Requirements[0].Line}", exception.StackTrace, StringComparison.Ordinal);
    }

    private sealed record Point(string Method, string Document, int Line);

    /// <summary>The visible sequence points of the lambdas (closure methods) of generated rule methods whose name starts with <paramref name="method"/>.</summary>
    private List<Point> SequencePointsOfLambdasIn(string method)
    {
        using var pe = new PEReader(new MemoryStream(fixture.BristolAssembly.Assembly!));
        var metadata = pe.GetMetadataReader();
        using var provider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(fixture.BristolAssembly.Pdb!));
        var pdb = provider.GetMetadataReader();
        var points = new List<Point>();
        foreach (var handle in metadata.MethodDefinitions)
        {
            var name = metadata.GetString(metadata.GetMethodDefinition(handle).Name);
            if (!name.StartsWith("<" + method, StringComparison.Ordinal))
                continue;
            foreach (var point in pdb.GetMethodDebugInformation(handle.ToDebugInformationHandle()).GetSequencePoints())
            {
                if (!point.IsHidden)
                    points.Add(new Point(name, pdb.GetString(pdb.GetDocument(point.Document).Name), point.StartLine));
            }
        }

        return points;
    }
}
