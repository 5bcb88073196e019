namespace Directions.Tests.LanguageServer;

/// <summary>Directions the language-server tests open: small, with the line numbers the tests name.</summary>
internal static class Sources
{
    /// <summary>Lines 0-13: header (0-4), rule "CIN visits" (6-9), rule "CIN reviews" (11-13).</summary>
    public const string Visits = """
        direction "Visiting children in need"
          id "lsp-visits"
          issued by "Test Council"
          version 2021.1, effective from 2021-09-01
          source "test"

        rule "CIN visits"
          cites "S000-07", "paragraph 4"
          CIN visit every 4 weeks unless recorded rationale, max 6 weeks
          except long-term DCSS: max 8 weeks

        rule "CIN reviews"
          cites "4.2"
          CIN review within 1 month of CIN plan start, then quarterly

        """;

    /// <summary>A later version of <see cref="Visits"/> that supersedes it and uses "CIN visit" once more.</summary>
    public const string VisitsLater = """
        direction "Visiting children in need"
          id "lsp-visits-2024"
          issued by "Test Council"
          version 2024.1, effective from 2024-04-01
          source "test"
          supersedes "lsp-visits" version 2021.1

        rule "CIN visits"
          cites "S000-07"
          CIN visit every 3 weeks

        """;
}
