using System.Text;

namespace Directions.Tests.TestSupport;

/// <summary>
/// Deterministic random source texts for robustness tests: the same seed always gives the same
/// text. Each text is a run of lines; a line is either a real line of the language, often damaged
/// (a piece left out, doubled, swapped, replaced or added, quotes dropped, capitals changed), or a
/// soup of fragments: keywords, words, numbers, dates, quoted texts, punctuation, spaces, comments
/// and random characters. Lines end in "\n", "\r\n" or a lone "\r", and the last may have no end.
/// </summary>
public static class GeneratedSource
{
    /// <summary>How many seeds the tests use.</summary>
    public const int CaseCount = 300;

    /// <summary>The seeds 0 .. CaseCount-1, as xunit member data.</summary>
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 0; seed < CaseCount; seed++)
            data.Add(seed);
        return data;
    }

    private static readonly string[] Templates =
    [
        "direction \"Practice Direction regarding working with Children in Need\"",
        "vocabulary \"Children's social care: shared vocabulary\"",
        "rule \"CIN visits\"",
        "id \"bristol-cin\"",
        "issued by \"Bristol City Council\"",
        "version 2021.1, effective from 2021-09-01",
        "effective from 2021-09-01 until 2022-08-31",
        "source \"000_fd5d4ed691908962.txt\"",
        "supersedes \"bristol-cin\" version 2020.2",
        "service areas \"Area Social Work Units\", \"DCSS\"",
        "cites \"S000-07\", \"Agreed actions, bullet 4\"",
        "quote \"In most circumstances children in need should be visited at least 4 weekly.\"",
        "quote \u201CCurly quotes pasted from Word\u201D",
        "applies to long-term DCSS, disabled child",
        "except long-term DCSS: max 8 weeks",
        "when CP plan ends: CIN plan by the same day, CIN review within 3 months",
        "CIN review chaired by qualified social worker",
        "by team manager",
        "CIN visit every 4 weeks unless recorded rationale, max 6",
        "CIN review within 1 month of CIN plan start, then every 3 months unless recorded rationale, max 6 months",
        "ICPC within 15 working days of strategy discussion then fortnightly",
        "CIN plan before CP plan end",
        "mapping recorded",
        "CIN visit 4-weekly",
        "CIN visit four weekly",
        "CIN visit at least every six months",
        "\"family network meeting\" within 12 weeks of involvement start",
        "event \"CIN visit\" means visits where kind is \"CIN\" and child_seen",
        "record \"chronology update\" means documents where kind is \"chronology\" dated updated",
        "period \"involvement\" means cin_episodes",
        "subject \"child in need\" means cin_episodes",
        "cohort \"long-term DCSS\" means service_area is \"DCSS\" and open_for at least 12 months",
        "cohort \"child without a disability\" means not disabled or age is not 16",
        "role \"social worker\" means role is \"social worker\" or role is \"senior social worker\"",
        "action \"signed off\" means signed_off_by",
        "also \"CIN visits\", \"child in need visit\"",
    ];

    private static readonly string[] Fragments =
    [
        // keywords, in several cases
        "direction", "vocabulary", "rule", "id", "issued", "by", "version", "effective", "from", "until", "source",
        "supersedes", "service", "areas", "cites", "quote", "applies", "to", "except", "when", "recorded", "then",
        "at", "least", "every", "within", "of", "the", "same", "before", "unless", "max", "maximum", "working",
        "calendar", "hour", "days", "week", "months", "years", "event", "record", "period", "cohort", "subject",
        "role", "action", "means", "also", "where", "is", "not", "and", "or", "dated", "starts", "ends", "yes", "no",
        "Rule", "EVERY", "Within", "MAX",
        // number words, idioms, words
        "four", "twelve", "fortnightly", "4-weekly", "six-monthly", "bi-weekly", "quarterly",
        "CIN", "visit", "long-term", "DCSS", "child's", "child\u2019s", "S000-07", "child_seen", "S47", "a.b",
        "caf\u00E9", "na\u00EFve",
        // numbers and dates, good and bad
        "0", "4", "12", "2021", "2021.1", "1.2.3", "2021-09-01", "21/09/2021", "21-09-2021", "2021-9-1", "4.5",
        // quoted texts, good and bad
        "\"CIN visits\"", "\"\"", "\"a \\\" b\"", "\"back\\\\slash\"", "\"unterminated", "\"", "\u201Ccurly\u201D",
        "\u201Cunterminated", "\u201D",
        // punctuation and characters the language has no use for
        ",", ":", ".", "..", "-", "'", "\\", "[", "]", "{", "}", "@", "!", "?", ";", "/", "*", "&", "%", "$", "\u00A3",
        // spaces, line breaks, comments
        " ", "  ", "\t", "\u00A0", "\n", "\r\n", "\r", "\n\r", "# a comment", "#", "#\"", "# \u201Cquote",
        // unicode
        "\uD83D\uDE00", "\u0301", "\uFEFF", "\u2028", "\u200B", "\u00AC", "\u4E2D\u6587", "\uD835\uDC00", "\0",
    ];

    /// <summary>The text for one seed.</summary>
    public static string Create(int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        var lines = random.Next(0, 25);
        for (var i = 0; i < lines; i++)
        {
            if (random.Next(4) == 0)
                builder.Append(Pick(random, "", " ", "  ", "    ", "\t", " \t "));
            builder.Append(random.Next(3) == 0 ? Soup(random) : DamagedLine(random));
            if (random.Next(5) == 0)
                builder.Append(Pick(random, " ", "  ", "\t", " # note", "# note", ".", " ."));
            if (i < lines - 1 || random.Next(2) == 0)
                builder.Append(Pick(random, "\n", "\n", "\n", "\r\n", "\r\n", "\r", "\n\n", "\r\n  \r\n"));
        }

        return builder.ToString();
    }

    private static string Soup(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(0, 20);
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(10))
            {
                case 0:
                    builder.Append((char)random.Next(0, 0x10000));
                    break;
                case 1:
                case 2:
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(Fragments[random.Next(Fragments.Length)]);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string DamagedLine(Random random)
    {
        var pieces = Templates[random.Next(Templates.Length)].Split(' ').ToList();
        var damage = random.Next(4) == 0 ? 0 : random.Next(1, 4);
        for (var d = 0; d < damage && pieces.Count > 0; d++)
        {
            var at = random.Next(pieces.Count);
            switch (random.Next(8))
            {
                case 0:
                    pieces.RemoveAt(at);
                    break;
                case 1:
                    pieces.Insert(at, pieces[at]);
                    break;
                case 2 when at + 1 < pieces.Count:
                    (pieces[at], pieces[at + 1]) = (pieces[at + 1], pieces[at]);
                    break;
                case 3:
                    pieces[at] = Fragments[random.Next(Fragments.Length)];
                    break;
                case 4:
                    pieces.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 5:
                    pieces[at] = pieces[at].Replace("\"", string.Empty);
                    break;
                case 6:
                    pieces[at] = random.Next(2) == 0 ? pieces[at].ToUpperInvariant() : pieces[at].ToLowerInvariant();
                    break;
                default:
                    pieces.RemoveRange(at, pieces.Count - at);
                    break;
            }
        }

        return string.Join(Pick(random, " ", " ", " ", "  ", "\t"), pieces);
    }

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];
}
