using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Directions.Runtime.Time;

/// <summary>
/// Bank holidays, as data, plus any local closure days, over a fixed range of whole years.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="EnglandAndWales"/> is the gov.uk England and Wales list, shipped inside this
/// assembly as <c>Time/Data/england-and-wales-bank-holidays.txt</c>: one ISO date
/// (<c>yyyy-MM-dd</c>) per line, <c>#</c> starting a comment to the end of the line, blank
/// lines ignored.
/// </para>
/// <para>
/// <b>Covered range.</b> The calendar covers every year from the first to the last year of
/// its bank-holiday data (<see cref="FirstYear"/> to <see cref="LastYear"/>). Outside that
/// range it does not know the bank holidays, so <see cref="IsBankHoliday"/>,
/// <see cref="IsHolidayOrClosure"/> and all working-day arithmetic throw
/// <see cref="CalendarRangeException"/> naming the date and the range, rather than treat the
/// date as having no holidays. Calendar-day, week, month and year arithmetic does not use
/// this calendar and works on any date.
/// </para>
/// <para>
/// <b>Local closure days.</b> An authority whose offices close on other days (a Christmas
/// shutdown, say) adds them so that they are not working days either:
/// <code>
/// var holidays = BankHolidayCalendar.EnglandAndWales
///     .WithClosures([new LocalDate(2025, 12, 29), new LocalDate(2025, 12, 30), new LocalDate(2025, 12, 31)]);
/// // or, from a file in the same format as the bank-holiday data:
/// var fromFile = BankHolidayCalendar.EnglandAndWales.LoadClosures("closures.txt");
/// var calendar = new WorkingDayCalendar(holidays);
/// </code>
/// A calendar is immutable: both methods return a new calendar with the closures added to any
/// it already had. Closure days do not extend the covered range; a closure outside it is kept
/// but the years around it are still not covered. A closure that falls on a weekend or a bank
/// holiday changes nothing.
/// </para>
/// </remarks>
public sealed class BankHolidayCalendar
{
    /// <summary>The manifest name of the embedded England and Wales data file.</summary>
    internal const string EnglandAndWalesResourceName = "Directions.Runtime.Time.Data.england-and-wales-bank-holidays.txt";

    private static readonly Lazy<BankHolidayCalendar> EnglandAndWalesCalendar = new(LoadEnglandAndWales);

    private readonly HashSet<LocalDate> bankHolidaySet;
    private readonly HashSet<LocalDate> closureSet;

    private BankHolidayCalendar(string name, IReadOnlyList<LocalDate> bankHolidays, IReadOnlyList<LocalDate> closures, int firstYear, int lastYear)
    {
        Name = name;
        BankHolidays = bankHolidays;
        Closures = closures;
        bankHolidaySet = [.. bankHolidays];
        closureSet = [.. closures];
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    /// <summary>
    /// The England and Wales bank holidays shipped with the runtime (2012 to 2028 inclusive),
    /// with no local closures. Loaded once, on first use.
    /// </summary>
    public static BankHolidayCalendar EnglandAndWales => EnglandAndWalesCalendar.Value;

    /// <summary>What the calendar is called in messages ("England and Wales").</summary>
    public string Name { get; }

    /// <summary>The first year the calendar covers.</summary>
    public int FirstYear { get; }

    /// <summary>The last year the calendar covers (inclusive).</summary>
    public int LastYear { get; }

    /// <summary>The first date the calendar covers: 1 January of <see cref="FirstYear"/>.</summary>
    public LocalDate FirstDate => new(FirstYear, 1, 1);

    /// <summary>The last date the calendar covers: 31 December of <see cref="LastYear"/>.</summary>
    public LocalDate LastDate => new(LastYear, 12, 31);

    /// <summary>Every bank holiday in the data, in date order.</summary>
    public IReadOnlyList<LocalDate> BankHolidays { get; }

    /// <summary>Every local closure day added with <see cref="WithClosures"/> or <see cref="LoadClosures"/>, in date order.</summary>
    public IReadOnlyList<LocalDate> Closures { get; }

    /// <summary>
    /// Makes a calendar from a list of bank holidays. The covered range is the first to the
    /// last year in the list; every year between must have at least one date, since a year with
    /// none is missing data, not a year without holidays.
    /// </summary>
    /// <param name="bankHolidays">The bank holidays; at least one, no repeats.</param>
    /// <param name="name">What the calendar is called in messages.</param>
    /// <exception cref="ArgumentException">The list is empty, repeats a date, or skips a year.</exception>
    public static BankHolidayCalendar FromBankHolidays(IEnumerable<LocalDate> bankHolidays, string name)
    {
        ArgumentNullException.ThrowIfNull(bankHolidays);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        var sorted = bankHolidays.Order().ToList();
        if (sorted.Count == 0)
        {
            throw new ArgumentException($"The {name} bank-holiday list is empty.", nameof(bankHolidays));
        }

        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i] == sorted[i - 1])
            {
                throw new ArgumentException($"The {name} bank-holiday list has {Iso(sorted[i])} twice.", nameof(bankHolidays));
            }
        }

        var firstYear = sorted[0].Year;
        var lastYear = sorted[^1].Year;
        var years = sorted.Select(date => date.Year).ToHashSet();
        for (var year = firstYear; year <= lastYear; year++)
        {
            if (!years.Contains(year))
            {
                throw new ArgumentException(
                    $"The {name} bank-holiday list has no dates for {year}, between {firstYear} and {lastYear}: a year cannot be left out.",
                    nameof(bankHolidays));
            }
        }

        return new BankHolidayCalendar(name, sorted.AsReadOnly(), [], firstYear, lastYear);
    }

    /// <summary>
    /// Reads dates in the calendar file format: one ISO date (<c>yyyy-MM-dd</c>) per line,
    /// <c>#</c> starting a comment to the end of the line, blank lines ignored.
    /// </summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="sourceName">The file name or other description, for error messages.</param>
    /// <returns>The dates, in the order read.</returns>
    /// <exception cref="FormatException">A line holds something other than one valid date; the message names the source and line.</exception>
    public static IReadOnlyList<LocalDate> ReadDates(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var dates = new List<LocalDate>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            var result = LocalDatePattern.Iso.Parse(content);
            if (!result.Success)
            {
                throw new FormatException(
                    string.Create(CultureInfo.InvariantCulture, $"{sourceName}, line {lineNumber}: \"{content}\" is not a date in the form yyyy-MM-dd."));
            }

            dates.Add(result.Value);
        }

        return dates;
    }

    /// <summary>
    /// Returns a new calendar with <paramref name="closures"/> added as local closure days (not
    /// working days), keeping any closures this calendar already has. Repeats, and closures on
    /// weekends or bank holidays, are harmless. The covered range does not change.
    /// </summary>
    /// <param name="closures">The closure dates, such as a council's Christmas shutdown.</param>
    public BankHolidayCalendar WithClosures(IEnumerable<LocalDate> closures)
    {
        ArgumentNullException.ThrowIfNull(closures);
        var merged = Closures.Concat(closures).Distinct().Order().ToList().AsReadOnly();
        return new BankHolidayCalendar(Name, BankHolidays, merged, FirstYear, LastYear);
    }

    /// <summary>
    /// Returns a new calendar with the closure days listed in the file at <paramref name="path"/>
    /// added, as <see cref="WithClosures"/> does. The file has the same format as the
    /// bank-holiday data: one ISO date per line, <c>#</c> comments, blank lines ignored.
    /// </summary>
    /// <param name="path">The closure file.</param>
    /// <exception cref="FormatException">A line is not a valid date; the message names the file and line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public BankHolidayCalendar LoadClosures(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        return WithClosures(ReadDates(reader, path));
    }

    /// <summary>True when <paramref name="date"/> is within the covered years.</summary>
    public bool Covers(LocalDate date) => date.Year >= FirstYear && date.Year <= LastYear;

    /// <summary>True when <paramref name="date"/> is a bank holiday.</summary>
    /// <exception cref="CalendarRangeException">The date is outside the covered years.</exception>
    public bool IsBankHoliday(LocalDate date)
    {
        EnsureCovered(date);
        return bankHolidaySet.Contains(date);
    }

    /// <summary>True when <paramref name="date"/> is a local closure day. Closures are known wherever they fall, so this never throws.</summary>
    public bool IsClosure(LocalDate date) => closureSet.Contains(date);

    /// <summary>True when <paramref name="date"/> is a bank holiday or a local closure day.</summary>
    /// <exception cref="CalendarRangeException">The date is outside the covered years.</exception>
    public bool IsHolidayOrClosure(LocalDate date) => IsBankHoliday(date) || IsClosure(date);

    /// <summary>The bank holidays in <paramref name="year"/>, in date order (closures not included).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the covered years.</exception>
    public IReadOnlyList<LocalDate> BankHolidaysIn(int year)
    {
        if (year < FirstYear || year > LastYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year), year, $"The {Name} bank-holiday calendar covers {FirstYear} to {LastYear} only.");
        }

        return BankHolidays.Where(date => date.Year == year).ToList().AsReadOnly();
    }

    /// <summary>Throws <see cref="CalendarRangeException"/> unless <paramref name="date"/> is within the covered years.</summary>
    /// <param name="date">The date to check.</param>
    /// <param name="context">What was being worked out, for the message; null for none.</param>
    public void EnsureCovered(LocalDate date, string? context = null)
    {
        if (!Covers(date))
        {
            throw new CalendarRangeException(date, FirstDate, LastDate, Name, context);
        }
    }

    private static BankHolidayCalendar LoadEnglandAndWales()
    {
        var assembly = typeof(BankHolidayCalendar).Assembly;
        using var stream = assembly.GetManifestResourceStream(EnglandAndWalesResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {EnglandAndWalesResourceName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return FromBankHolidays(ReadDates(reader, "england-and-wales-bank-holidays.txt"), "England and Wales");
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
