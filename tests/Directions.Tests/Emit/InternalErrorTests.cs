using Directions.Compiler.Diagnostics;
using Directions.Compiler.Emit;

namespace Directions.Tests.Emit;

/// <summary>Roslyn errors in generated code are DIR9001 internal errors at the direction's line, never exceptions.</summary>
[Collection(EmitCollection.Name)]
public sealed class InternalErrorTests(EmitFixture fixture)
{
    [Fact]
    public void An_error_in_a_mapped_lambda_is_reported_at_the_requirement_line()
    {
        var requirement = fixture.Bristol.Rules.Single(r => r.Name == "CIN visits").Requirements.Single();
        var broken = fixture.BristolSource with
        {
            Text = fixture.BristolSource.Text.Replace("row.ChildSeen", "row.ChildWasSeen", StringComparison.Ordinal),
        };

        var result = RuleAssemblyCompiler.Compile(broken);

        Assert.False(result.Success);
        Assert.Null(result.Assembly);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DIR9001", diagnostic.Id);
        Assert.Equal(EmitFixture.BristolPath, diagnostic.Location.Path);
        Assert.Equal(requirement.Line - 1, diagnostic.Location.Start.Line);
        Assert.Equal("CIN visit every 4 weeks unless recorded rationale, max 6", diagnostic.Location.Text.ToString(diagnostic.Location.Span).Trim());
        Assert.Contains("CS1061", diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith("Internal error:", diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith($"directions/bristol-cin-2021.pd({requirement.Line},", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_in_hidden_plumbing_is_reported_at_the_nearest_mapped_line_above_it()
    {
        var rule = fixture.Bristol.Rules.Single(r => r.Name == "Genogram");
        var broken = fixture.BristolSource with
        {
            Text = fixture.BristolSource.Text.Replace("var r1 = new RequirementSpec(\"genogram recorded\"", "var r1 = new RequirementSpecification(\"genogram recorded\"", StringComparison.Ordinal),
        };

        var result = RuleAssemblyCompiler.Compile(broken);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(EmitDiagnostics.GeneratedCodeDoesNotCompile, diagnostic.Descriptor);
        Assert.Equal(rule.Requirements.Single().Line - 1, diagnostic.Location.Start.Line);
    }

    [Fact]
    public void Code_that_is_not_csharp_at_all_is_reported_not_thrown()
    {
        var result = RuleAssemblyCompiler.Compile(fixture.BristolSource with { Text = "\"; System.IO.File.Delete(\"x\"); //" });

        Assert.False(result.Success);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal("DIR9001", d.Id));
        Assert.All(result.Diagnostics, d => Assert.Equal(EmitFixture.BristolPath, d.Location.Path));
    }
}
