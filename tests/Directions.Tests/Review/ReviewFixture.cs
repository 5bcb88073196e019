using Directions.Compiler;
using Directions.Compiler.Syntax;
using Directions.Tests.TestSupport;

namespace Directions.Tests.Review;

/// <summary>A small direction to change, compiled with the real vocabulary.</summary>
internal static class ReviewFixture
{
    public const string Direction = """
        direction "Visiting children in need"
          id "visits-test"
          issued by "Test Council", source "visits.txt"
          version 2024.1, effective from 2024-01-01
          service areas "DCSS", "Area Social Work Units"

        rule "CIN visits"
          cites "T-01", "T-02"
          quote "Children in need should be visited at least 4 weekly."
          CIN visit every 4 weeks unless recorded rationale, max 6
          except long-term DCSS: max 8 weeks

        rule "Family network meeting"
          cites "T-03"
          family network meeting within 12 weeks of involvement start

        rule "CIN reviews chaired by a qualified social worker"
          cites "T-04"
          CIN review chaired by qualified social worker

        rule "Genogram"
          cites "T-05"
          genogram recorded

        """;

    public static SyntaxTree Vocabulary { get; } = SyntaxTree.Load(Repository.PathOf("directions", "vocabulary.pd"));

    /// <summary>The direction's text with replacements made (each must match).</summary>
    public static string Edit(params (string Old, string New)[] replacements)
    {
        var text = Direction.ReplaceLineEndings("\n");
        foreach (var (old, @new) in replacements)
        {
            Assert.Contains(old, text, StringComparison.Ordinal);
            text = text.Replace(old, @new, StringComparison.Ordinal);
        }

        return text;
    }

    public static DirectionCompilation Compile(string text, string path = "visits.pd") =>
        DirectionCompilation.Create([SyntaxTree.Parse(text, path), Vocabulary]);
}
