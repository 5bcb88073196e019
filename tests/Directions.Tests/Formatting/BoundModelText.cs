using System.Text;
using Directions.Compiler;

namespace Directions.Tests.Formatting;

/// <summary>
/// What a compilation means, written out without positions: every direction's header, rules,
/// requirements, exceptions and roles, every vocabulary term, and the diagnostics by ID and
/// message. Two compilations that mean the same write the same text.
/// </summary>
internal static class BoundModelText
{
    public static string Of(DirectionCompilation compilation)
    {
        var text = new StringBuilder();
        foreach (var direction in compilation.Directions)
        {
            text.AppendLine($"direction {direction.Id} '{direction.Title}' by '{direction.IssuedBy}' version {direction.Version} {direction.EffectiveFrom}..{direction.EffectiveUntil} source '{direction.Source}' supersedes {direction.SupersedesId} {direction.SupersedesVersion} areas [{string.Join("|", direction.ServiceAreas)}]");
            foreach (var rule in direction.Rules)
            {
                text.AppendLine($"  rule '{rule.Name}' cites [{string.Join("|", rule.Citations)}] quote '{rule.Quote}' applies to [{string.Join("|", rule.AppliesTo)}]");
                foreach (var requirement in rule.Requirements)
                {
                    text.AppendLine($"    {requirement.Subject} recorded={requirement.MustBeRecorded} timing={requirement.Timing} unless={requirement.Rationale} max={requirement.Maximum} when={requirement.Trigger}");
                    foreach (var exception in requirement.CohortExceptions)
                        text.AppendLine($"      except {exception}");
                    foreach (var role in requirement.RoleConstraints)
                        text.AppendLine($"      role {role}");
                }
            }
        }

        foreach (var term in compilation.Vocabulary.Terms)
            text.AppendLine($"term {term.Name} {term.Kind} [{string.Join("|", term.Synonyms)}] {term.Describe()}");
        foreach (var diagnostic in compilation.GetDiagnostics())
            text.AppendLine($"{diagnostic.Id} {diagnostic.Message}");
        return text.ToString();
    }
}
