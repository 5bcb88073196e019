using Directions.Runtime.Time;
using NodaTime;

namespace Directions.Tests.Runtime.Time;

public sealed class BankHolidayCalendarTests
{
    private static readonly BankHolidayCalendar EnglandAndWales = BankHolidayCalendar.EnglandAndWales;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void The_shipped_data_covers_2012_to_2028()
    {
        Assert.Equal(2012, EnglandAndWales.FirstYear);
        Assert.Equal(2028, EnglandAndWales.LastYear);
        Assert.Equal(D(2012, 1, 1), EnglandAndWales.FirstDate);
        Assert.Equal(D(2028, 12, 31), EnglandAndWales.LastDate);
        Assert.Equal("England and Wales", EnglandAndWales.Name);
        Assert.Empty(EnglandAndWales.Closures);
    }

    // The gov.uk list as given in the project's toolchain notes (MM-DD, * a substitute day).
    [Theory]
    [InlineData(2018, "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26")]
    [InlineData(2019, "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26")]
    [InlineData(2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28*")]
    [InlineData(2021, "01-01 04-02 04-05 05-03 05-31 08-30 12-27* 12-28*")]
    [InlineData(2022, "01-03* 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27*")]
    [InlineData(2023, "01-02* 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26")]
    [InlineData(2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26")]
    [InlineData(2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26")]
    [InlineData(2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28*")]
    [InlineData(2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27* 12-28*")]
    public void Each_year_matches_the_gov_uk_list(int year, string monthDays)
    {
        var expected = monthDays.Split(' ')
            .Select(md => md.TrimEnd('*').Split('-'))
            .Select(parts => D(year, int.Parse(parts[0]), int.Parse(parts[1])))
            .ToList();

        Assert.Equal(expected, EnglandAndWales.BankHolidaysIn(year));
    }

    [Theory]
    [InlineData(2012, 9)] // Diamond Jubilee
    [InlineData(2013, 8)]
    [InlineData(2014, 8)]
    [InlineData(2015, 8)]
    [InlineData(2016, 8)]
    [InlineData(2017, 8)]
    [InlineData(2018, 8)]
    [InlineData(2019, 8)]
    [InlineData(2020, 8)] // the early May holiday moved, not added
    [InlineData(2021, 8)]
    [InlineData(2022, 10)] // Platinum Jubilee and the Queen's funeral
    [InlineData(2023, 9)] // coronation
    [InlineData(2024, 8)]
    [InlineData(2025, 8)]
    [InlineData(2026, 8)]
    [InlineData(2027, 8)]
    [InlineData(2028, 8)]
    public void Ordinary_years_have_eight_bank_holidays(int year, int expected) =>
        Assert.Equal(expected, EnglandAndWales.BankHolidaysIn(year).Count);

    [Fact]
    public void Every_bank_holiday_is_a_weekday_and_the_list_is_in_order()
    {
        Assert.All(EnglandAndWales.BankHolidays, date =>
            Assert.True(date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday), $"{date} is a weekend day"));
        Assert.Equal(EnglandAndWales.BankHolidays.Order(), EnglandAndWales.BankHolidays);
    }

    [Fact]
    public void The_2012_diamond_jubilee_moved_the_spring_bank_holiday()
    {
        Assert.True(EnglandAndWales.IsBankHoliday(D(2012, 6, 4)));
        Assert.True(EnglandAndWales.IsBankHoliday(D(2012, 6, 5)));
        Assert.False(EnglandAndWales.IsBankHoliday(D(2012, 5, 28))); // the usual last Monday in May
    }

    [Fact]
    public void The_2022_special_days_are_bank_holidays()
    {
        Assert.True(EnglandAndWales.IsBankHoliday(D(2022, 6, 2))); // spring bank holiday, moved
        Assert.True(EnglandAndWales.IsBankHoliday(D(2022, 6, 3))); // Platinum Jubilee
        Assert.True(EnglandAndWales.IsBankHoliday(D(2022, 9, 19))); // the Queen's funeral
        Assert.False(EnglandAndWales.IsBankHoliday(D(2022, 5, 30))); // the usual last Monday in May
    }

    [Fact]
    public void The_2023_coronation_is_a_bank_holiday() =>
        Assert.True(EnglandAndWales.IsBankHoliday(D(2023, 5, 8)));

    [Fact]
    public void Substitute_days_before_2018_come_from_the_gov_uk_list()
    {
        Assert.True(EnglandAndWales.IsBankHoliday(D(2015, 12, 28))); // Boxing Day on a Saturday
        Assert.True(EnglandAndWales.IsBankHoliday(D(2016, 12, 27))); // Christmas Day on a Sunday
        Assert.True(EnglandAndWales.IsBankHoliday(D(2017, 1, 2))); // New Year's Day on a Sunday
    }

    [Theory]
    [InlineData(2011, 12, 30)]
    [InlineData(2029, 1, 1)]
    [InlineData(2035, 6, 1)]
    public void A_date_outside_the_covered_years_is_refused_not_assumed_free_of_holidays(int year, int month, int day)
    {
        var date = D(year, month, day);
        Assert.False(EnglandAndWales.Covers(date));

        var error = Assert.Throws<CalendarRangeException>(() => EnglandAndWales.IsBankHoliday(date));

        Assert.Equal(date, error.Date);
        Assert.Equal(D(2012, 1, 1), error.FirstCovered);
        Assert.Equal(D(2028, 12, 31), error.LastCovered);
        Assert.Contains($"{year:D4}-{month:D2}-{day:D2}", error.Message);
        Assert.Contains("2012-01-01 to 2028-12-31", error.Message);
        Assert.Contains("England and Wales", error.Message);
    }

    [Fact]
    public void The_first_and_last_covered_days_are_answered()
    {
        Assert.False(EnglandAndWales.IsBankHoliday(D(2012, 1, 1)));
        Assert.False(EnglandAndWales.IsBankHoliday(D(2028, 12, 31)));
    }

    [Fact]
    public void Asking_for_the_holidays_of_an_uncovered_year_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EnglandAndWales.BankHolidaysIn(2029));

    [Fact]
    public void Closures_added_from_code_are_closures_and_leave_the_original_calendar_alone()
    {
        var withShutdown = EnglandAndWales.WithClosures([D(2025, 12, 29), D(2025, 12, 30), D(2025, 12, 31)]);

        Assert.True(withShutdown.IsClosure(D(2025, 12, 30)));
        Assert.True(withShutdown.IsHolidayOrClosure(D(2025, 12, 30)));
        Assert.False(withShutdown.IsBankHoliday(D(2025, 12, 30)));
        Assert.True(withShutdown.IsHolidayOrClosure(D(2025, 12, 25)));
        Assert.False(EnglandAndWales.IsClosure(D(2025, 12, 30)));
        Assert.Empty(EnglandAndWales.Closures);
        Assert.Equal(EnglandAndWales.BankHolidays, withShutdown.BankHolidays);
    }

    [Fact]
    public void Closures_accumulate_without_repeats()
    {
        var calendar = EnglandAndWales
            .WithClosures([D(2025, 12, 31), D(2025, 12, 29)])
            .WithClosures([D(2025, 12, 29), D(2026, 12, 31)]);

        Assert.Equal([D(2025, 12, 29), D(2025, 12, 31), D(2026, 12, 31)], calendar.Closures);
    }

    [Fact]
    public void Closures_do_not_extend_the_covered_range()
    {
        var calendar = EnglandAndWales.WithClosures([D(2030, 12, 31)]);

        Assert.Equal(2028, calendar.LastYear);
        Assert.True(calendar.IsClosure(D(2030, 12, 31)));
        Assert.Throws<CalendarRangeException>(() => calendar.IsHolidayOrClosure(D(2030, 12, 31)));
    }

    [Fact]
    public void Closures_load_from_a_file_in_the_same_format()
    {
        var path = Path.Combine(Path.GetTempPath(), $"closures-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, """
            # Christmas shutdown, Example Borough Council
            2025-12-29   # Monday

            2025-12-30
              2025-12-31  # Wednesday
            """);
        try
        {
            var calendar = EnglandAndWales.LoadClosures(path);

            Assert.Equal([D(2025, 12, 29), D(2025, 12, 30), D(2025, 12, 31)], calendar.Closures);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_malformed_closure_file_names_the_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"closures-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "# shutdown\n2025-12-29\n2025-12-32\n");
        try
        {
            var error = Assert.Throws<FormatException>(() => EnglandAndWales.LoadClosures(path));

            Assert.Contains(path, error.Message);
            Assert.Contains("line 3", error.Message);
            Assert.Contains("2025-12-32", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("29/12/2025")]
    [InlineData("2025-12-29 2025-12-30")]
    [InlineData("Christmas")]
    public void Only_one_iso_date_per_line_is_accepted(string line) =>
        Assert.Throws<FormatException>(() => BankHolidayCalendar.ReadDates(new StringReader(line), "test"));

    [Fact]
    public void A_bank_holiday_list_that_skips_a_year_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            BankHolidayCalendar.FromBankHolidays([D(2024, 12, 25), D(2026, 12, 25)], "Test"));

        Assert.Contains("2025", error.Message);
    }

    [Fact]
    public void A_bank_holiday_list_with_a_repeat_or_no_dates_is_refused()
    {
        Assert.Throws<ArgumentException>(() => BankHolidayCalendar.FromBankHolidays([D(2025, 12, 25), D(2025, 12, 25)], "Test"));
        Assert.Throws<ArgumentException>(() => BankHolidayCalendar.FromBankHolidays([], "Test"));
    }

    [Fact]
    public void A_calendar_made_from_code_covers_the_years_of_its_dates()
    {
        var calendar = BankHolidayCalendar.FromBankHolidays([D(2026, 12, 25), D(2025, 1, 1)], "Test");

        Assert.Equal(2025, calendar.FirstYear);
        Assert.Equal(2026, calendar.LastYear);
        Assert.Equal([D(2025, 1, 1), D(2026, 12, 25)], calendar.BankHolidays);
    }

    [Fact]
    public void The_embedded_data_is_the_file_in_the_repository()
    {
        var path = Path.Combine(RepositoryRoot(), "runtime", "Directions.Runtime", "Time", "Data", "england-and-wales-bank-holidays.txt");
        using var reader = new StreamReader(path);

        Assert.Equal(BankHolidayCalendar.ReadDates(reader, path), EnglandAndWales.BankHolidays);
    }

    // A small copy of the lookup, so these tests need nothing from TestSupport.
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Directions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Directions.sln above {AppContext.BaseDirectory}.");
    }
}
