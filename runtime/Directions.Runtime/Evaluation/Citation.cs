using NodaTime;

namespace Directions.Runtime.Evaluation;

/// <summary>Where a finding's rule comes from: direction, version, rule, source line and the policy paragraphs it encodes.</summary>
public sealed record Citation(
    string DirectionId,
    string DirectionTitle,
    string? IssuedBy,
    string Version,
    LocalDate EffectiveFrom,
    string RuleName,
    string SourceFile,
    int SourceLine,
    IReadOnlyList<string> Paragraphs)
{
    /// <summary>"Bristol City Council, Practice Direction ... version 2021.1, rule 'CIN visits' (bristol-cin-2021.pd line 35; S000-07, Agreed actions, bullet 4)".</summary>
    public override string ToString()
    {
        var issuer = IssuedBy is null ? string.Empty : $"{IssuedBy}, ";
        var paragraphs = Paragraphs.Count == 0 ? string.Empty : "; " + string.Join(", ", Paragraphs);
        return $"{issuer}{DirectionTitle}, version {Version}, rule '{RuleName}' ({Path.GetFileName(SourceFile)} line {SourceLine}{paragraphs})";
    }
}
