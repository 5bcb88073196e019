using Directions.Compiler.Diagnostics;

namespace Directions.Tests.Diagnostics;

/// <summary>The diagnostic catalogues: stable, unique IDs in the right ranges, each documented.</summary>
public sealed class DiagnosticCatalogueTests
{
    private static IEnumerable<DiagnosticDescriptor> All => SyntaxDiagnostics.All.Concat(BindingDiagnostics.All).Concat(EmitDiagnostics.All);

    [Fact]
    public void Ids_are_unique()
    {
        var duplicates = All.GroupBy(d => d.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Ids_are_in_their_phase_range()
    {
        Assert.All(SyntaxDiagnostics.All, d => Assert.Matches("^DIR1[0-9]{3}$", d.Id));
        Assert.All(BindingDiagnostics.All, d => Assert.Matches("^DIR[23][0-9]{3}$", d.Id));
        Assert.All(EmitDiagnostics.All, d => Assert.Matches("^DIR9[0-9]{3}$", d.Id));
    }

    [Fact]
    public void Every_catalogue_field_is_listed_in_All()
    {
        foreach (var (type, listed) in new[] { (typeof(SyntaxDiagnostics), SyntaxDiagnostics.All), (typeof(BindingDiagnostics), BindingDiagnostics.All), (typeof(EmitDiagnostics), EmitDiagnostics.All) })
        {
            var fields = type.GetFields().Where(f => f.FieldType == typeof(DiagnosticDescriptor)).Select(f => (DiagnosticDescriptor)f.GetValue(null)!);
            Assert.Equal(fields.Select(d => d.Id).Order(), listed.Select(d => d.Id).Order());
        }
    }

    [Fact]
    public void Every_id_is_documented_in_grammar_diagnostics_md()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "grammar", "diagnostics.md"));
        var missing = All.Where(d => !text.Contains($"| {d.Id} |", StringComparison.Ordinal)).Select(d => d.Id).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Messages_avoid_parser_jargon()
    {
        string[] jargon = ["mismatched", "extraneous", "expecting", "viable", "token", "EOF"];
        Assert.All(All, d => Assert.DoesNotContain(jargon, j => d.MessageFormat.Contains(j, StringComparison.OrdinalIgnoreCase)));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directions.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("Directions.sln not found above the test assembly.");
    }
}
