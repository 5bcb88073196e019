using Directions.Runtime.Time;
using NodaTime;

namespace Directions.Tests.Runtime.Time;

public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Weekdays_are_working_days_and_weekends_are_not()
    {
        Assert.True(Calendar.IsWorkingDay(D(2025, 6, 6))); // Friday
        Assert.False(Calendar.IsWorkingDay(D(2025, 6, 7))); // Saturday
        Assert.False(Calendar.IsWorkingDay(D(2025, 6, 8))); // Sunday
        Assert.True(Calendar.IsWorkingDay(D(2025, 6, 9))); // Monday
    }

    [Fact]
    public void Day_one_after_a_friday_before_a_bank_holiday_monday_is_the_tuesday()
    {
        Assert.Equal(IsoDayOfWeek.Friday, D(2025, 5, 23).DayOfWeek);
        Assert.False(Calendar.IsWorkingDay(D(2025, 5, 26)));

        Assert.Equal(D(2025, 5, 27), Calendar.AddWorkingDays(D(2025, 5, 23), 1));
    }

    [Fact]
    public void The_language_references_working_day_examples_hold()
    {
        // grammar/README.md, "How time is counted".
        Assert.Equal(D(2025, 6, 2), Calendar.AddWorkingDays(D(2025, 5, 23), 5));
        Assert.Equal(D(2026, 1, 8), Calendar.AddWorkingDays(D(2025, 12, 15), 15));
    }

    [Fact]
    public void Good_friday_and_easter_monday_2025_are_skipped()
    {
        Assert.False(Calendar.IsWorkingDay(D(2025, 4, 18)));
        Assert.False(Calendar.IsWorkingDay(D(2025, 4, 21)));

        Assert.Equal(D(2025, 4, 22), Calendar.AddWorkingDays(D(2025, 4, 17), 1));
        Assert.Equal(D(2025, 4, 22), Calendar.AddWorkingDays(D(2025, 4, 18), 1));
    }

    [Fact]
    public void Christmas_2020_skips_the_substitute_boxing_day()
    {
        Assert.False(Calendar.IsWorkingDay(D(2020, 12, 25))); // Friday
        Assert.False(Calendar.IsWorkingDay(D(2020, 12, 28))); // Monday, for Boxing Day on the Saturday
        Assert.True(Calendar.IsWorkingDay(D(2020, 12, 29)));

        Assert.Equal(D(2020, 12, 29), Calendar.AddWorkingDays(D(2020, 12, 24), 1));
    }

    [Fact]
    public void The_2022_jubilee_and_funeral_days_are_skipped()
    {
        Assert.Equal(D(2022, 6, 6), Calendar.AddWorkingDays(D(2022, 6, 1), 1)); // Thursday 2 and Friday 3 June
        Assert.Equal(D(2022, 9, 20), Calendar.AddWorkingDays(D(2022, 9, 16), 1)); // Monday 19 September
        Assert.True(Calendar.IsWorkingDay(D(2022, 5, 30))); // the spring holiday moved to 2 June
    }

    [Fact]
    public void The_2012_diamond_jubilee_and_2023_coronation_are_skipped()
    {
        Assert.Equal(D(2012, 6, 6), Calendar.AddWorkingDays(D(2012, 6, 1), 1));
        Assert.True(Calendar.IsWorkingDay(D(2012, 5, 28)));
        Assert.Equal(D(2023, 5, 9), Calendar.AddWorkingDays(D(2023, 5, 5), 1));
    }

    [Fact]
    public void Day_zero_is_the_start_even_on_a_saturday()
    {
        var saturday = D(2025, 6, 7);

        Assert.Equal(saturday, Calendar.AddWorkingDays(saturday, 0));
        Assert.Equal(D(2025, 6, 9), Calendar.AddWorkingDays(saturday, 1));
        Assert.Equal(D(2025, 6, 13), Calendar.AddWorkingDays(saturday, 5));
        Assert.Equal(D(2025, 6, 9), Calendar.AddWorkingDays(D(2025, 6, 8), 1)); // from a Sunday
    }

    [Fact]
    public void Day_zero_is_the_start_even_on_a_bank_holiday()
    {
        Assert.Equal(D(2025, 5, 26), Calendar.AddWorkingDays(D(2025, 5, 26), 0));
        Assert.Equal(D(2025, 5, 27), Calendar.AddWorkingDays(D(2025, 5, 26), 1));
    }

    [Fact]
    public void A_negative_count_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D(2025, 6, 2), -1));

    [Fact]
    public void Working_days_between_counts_after_the_start_up_to_and_including_the_end()
    {
        Assert.Equal(5, Calendar.WorkingDaysBetween(D(2025, 5, 23), D(2025, 6, 2)));
        Assert.Equal(-5, Calendar.WorkingDaysBetween(D(2025, 6, 2), D(2025, 5, 23)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(D(2025, 5, 23), D(2025, 5, 23)));
        Assert.Equal(0, Calendar.WorkingDaysBetween(D(2025, 5, 23), D(2025, 5, 26))); // only the weekend and a bank holiday
        Assert.Equal(1, Calendar.WorkingDaysBetween(D(2025, 5, 23), D(2025, 5, 27)));
    }

    [Fact]
    public void Working_days_between_undoes_add_working_days()
    {
        for (var start = D(2025, 12, 1); start <= D(2026, 1, 10); start = start.PlusDays(1))
        {
            for (var n = 0; n <= 25; n++)
            {
                var due = Calendar.AddWorkingDays(start, n);
                Assert.Equal(n, Calendar.WorkingDaysBetween(start, due));
                Assert.True(n == 0 || Calendar.IsWorkingDay(due), $"{start} + {n} working days = {due}, not a working day");
            }
        }
    }

    [Fact]
    public void Local_closures_are_not_working_days()
    {
        var shutdown = new WorkingDayCalendar(
            BankHolidayCalendar.EnglandAndWales.WithClosures([D(2025, 12, 29), D(2025, 12, 30), D(2025, 12, 31)]));

        Assert.False(shutdown.IsWorkingDay(D(2025, 12, 30)));
        Assert.True(Calendar.IsWorkingDay(D(2025, 12, 30)));

        // From Wednesday 24 December: 25-26 bank holidays, 27-28 weekend, 29-31 closed, 1 January a bank holiday.
        Assert.Equal(D(2026, 1, 2), shutdown.AddWorkingDays(D(2025, 12, 24), 1));
        Assert.Equal(D(2025, 12, 29), Calendar.AddWorkingDays(D(2025, 12, 24), 1));
        Assert.Equal(1, shutdown.WorkingDaysBetween(D(2025, 12, 24), D(2026, 1, 2)));
    }

    [Fact]
    public void A_date_outside_the_covered_years_is_refused()
    {
        var error = Assert.Throws<CalendarRangeException>(() => Calendar.IsWorkingDay(D(2029, 1, 2)));

        Assert.Equal(D(2029, 1, 2), error.Date);
        Assert.Contains("2029-01-02", error.Message);
        Assert.Contains("2012-01-01 to 2028-12-31", error.Message);
    }

    [Fact]
    public void Counting_from_outside_the_covered_years_is_refused()
    {
        var error = Assert.Throws<CalendarRangeException>(() => Calendar.AddWorkingDays(D(2011, 12, 30), 1));

        Assert.Equal(D(2011, 12, 30), error.Date);
        Assert.Contains("counting 1 working day from 2011-12-30", error.Message);

        Assert.Throws<CalendarRangeException>(() => Calendar.AddWorkingDays(D(2029, 3, 1), 0));
    }

    [Fact]
    public void Counting_past_the_end_of_the_covered_years_is_refused()
    {
        // Friday 29 December 2028 is day 1; day 2 would be in 2029, which has no data.
        Assert.Equal(D(2028, 12, 29), Calendar.AddWorkingDays(D(2028, 12, 28), 1));

        var error = Assert.Throws<CalendarRangeException>(() => Calendar.AddWorkingDays(D(2028, 12, 28), 2));

        Assert.Equal(D(2029, 1, 1), error.Date);
        Assert.Contains("counting 2 working days from 2028-12-28", error.Message);
        Assert.Contains("2029-01-01", error.Message);
    }

    [Fact]
    public void Working_days_between_a_covered_and_an_uncovered_date_is_refused() =>
        Assert.Throws<CalendarRangeException>(() => Calendar.WorkingDaysBetween(D(2028, 12, 1), D(2029, 1, 31)));
}
