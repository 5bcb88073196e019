using Directions.Runtime.Time;
using NodaTime;

namespace Directions.Tests.Runtime.Time;

public sealed class PolicyTimeTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static PolicyDuration Days(int n) => new(n, PolicyUnit.Days);

    private static PolicyDuration Weeks(int n) => new(n, PolicyUnit.Weeks);

    private static PolicyDuration Months(int n) => new(n, PolicyUnit.Months);

    private static PolicyDuration Years(int n) => new(n, PolicyUnit.Years);

    private static PolicyDuration WorkingDays(int n) => new(n, PolicyUnit.WorkingDays);

    private static PolicyDuration Hours(int n) => new(n, PolicyUnit.Hours);

    [Theory]
    [InlineData(2023, 1, 31, 1, 2023, 2, 28)] // too short: the month's last day
    [InlineData(2024, 1, 31, 1, 2024, 2, 29)] // leap year
    [InlineData(2023, 1, 30, 1, 2023, 2, 28)]
    [InlineData(2024, 1, 30, 1, 2024, 2, 29)]
    [InlineData(2025, 1, 31, 1, 2025, 2, 28)]
    [InlineData(2024, 2, 29, 12, 2025, 2, 28)] // leap day + 12 months
    [InlineData(2024, 11, 30, 3, 2025, 2, 28)]
    [InlineData(2025, 8, 31, 1, 2025, 9, 30)]
    [InlineData(2025, 3, 15, 3, 2025, 6, 15)]
    [InlineData(2025, 11, 30, 2, 2026, 1, 30)] // across a year end
    public void Months_keep_the_day_of_the_month_or_clip_to_the_months_end(int y, int m, int d, int months, int ey, int em, int ed) =>
        Assert.Equal(D(ey, em, ed), PolicyTime.Add(D(y, m, d), Months(months), Calendar));

    [Fact]
    public void A_month_is_not_applied_twice_from_a_clipped_date()
    {
        // 31 January + 2 months is 31 March, not 31 January + 1 month (28 February) + 1 month.
        Assert.Equal(D(2025, 3, 31), PolicyTime.Add(D(2025, 1, 31), Months(2), Calendar));
    }

    [Fact]
    public void Years_are_twelve_months()
    {
        Assert.Equal(D(2025, 2, 28), PolicyTime.Add(D(2024, 2, 29), Years(1), Calendar));
        Assert.Equal(D(2028, 2, 29), PolicyTime.Add(D(2024, 2, 29), Years(4), Calendar));
        Assert.Equal(D(2026, 6, 15), PolicyTime.Add(D(2025, 6, 15), Years(1), Calendar));
    }

    [Fact]
    public void Weeks_are_seven_days_and_cross_a_year_end()
    {
        Assert.Equal(D(2026, 1, 12), PolicyTime.Add(D(2025, 12, 15), Weeks(4), Calendar));
        Assert.Equal(D(2025, 1, 3), PolicyTime.Add(D(2024, 12, 20), Weeks(2), Calendar));
        Assert.Equal(PolicyTime.Add(D(2025, 12, 29), Days(42), Calendar), PolicyTime.Add(D(2025, 12, 29), Weeks(6), Calendar));
    }

    [Fact]
    public void Calendar_days_and_weeks_do_not_move_off_a_bank_holiday()
    {
        // grammar/README.md: Monday 3 March 2025 + 12 weeks = Monday 26 May 2025, a bank holiday.
        Assert.Equal(D(2025, 5, 26), PolicyTime.Add(D(2025, 3, 3), Weeks(12), Calendar));
        Assert.Equal(D(2025, 4, 21), PolicyTime.Add(D(2025, 3, 24), Days(28), Calendar));
    }

    [Fact]
    public void Working_days_use_the_calendar()
    {
        Assert.Equal(D(2025, 5, 27), PolicyTime.Add(D(2025, 5, 23), WorkingDays(1), Calendar));
        Assert.Equal(D(2025, 6, 2), PolicyTime.Add(D(2025, 5, 23), WorkingDays(5), Calendar));
    }

    [Fact]
    public void Zero_of_any_date_unit_is_the_anchor_itself()
    {
        foreach (var unit in new[] { PolicyUnit.Days, PolicyUnit.WorkingDays, PolicyUnit.Weeks, PolicyUnit.Months, PolicyUnit.Years })
        {
            Assert.Equal(D(2025, 6, 7), PolicyTime.Add(D(2025, 6, 7), new PolicyDuration(0, unit), Calendar));
        }
    }

    [Fact]
    public void Hours_on_a_date_alone_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PolicyTime.Add(D(2025, 6, 2), Hours(24), Calendar));

        Assert.Contains("24 hours", error.Message);
    }

    [Fact]
    public void Hours_on_a_date_time_are_added_on_the_clock()
    {
        // grammar/README.md: a referral at 14:30 on Monday is due by 14:30 on Tuesday.
        Assert.Equal(new LocalDateTime(2025, 6, 3, 14, 30), PolicyTime.Add(new LocalDateTime(2025, 6, 2, 14, 30), Hours(24), Calendar));
        Assert.Equal(new LocalDateTime(2026, 1, 1, 2, 0), PolicyTime.Add(new LocalDateTime(2025, 12, 31, 22, 0), Hours(4), Calendar));
        // Local clock time: the spring clock change (30 March 2025) does not shift the due time.
        Assert.Equal(new LocalDateTime(2025, 3, 30, 14, 30), PolicyTime.Add(new LocalDateTime(2025, 3, 29, 14, 30), Hours(24), Calendar));
    }

    [Fact]
    public void Other_units_on_a_date_time_move_the_date_and_keep_the_time()
    {
        Assert.Equal(new LocalDateTime(2025, 5, 27, 16, 45), PolicyTime.Add(new LocalDateTime(2025, 5, 23, 16, 45), WorkingDays(1), Calendar));
        Assert.Equal(new LocalDateTime(2024, 2, 29, 9, 0), PolicyTime.Add(new LocalDateTime(2024, 1, 31, 9, 0), Months(1), Calendar));
    }

    [Fact]
    public void The_due_date_is_on_time_and_the_next_day_is_not()
    {
        var anchor = D(2025, 3, 3);

        Assert.True(PolicyTime.IsWithin(anchor, D(2025, 5, 26), Weeks(12), Calendar));
        Assert.False(PolicyTime.IsWithin(anchor, D(2025, 5, 27), Weeks(12), Calendar));
        Assert.True(PolicyTime.IsWithin(anchor, anchor, Weeks(12), Calendar));
        Assert.False(PolicyTime.IsWithin(anchor, D(2025, 3, 2), Weeks(12), Calendar)); // before the anchor
    }

    [Fact]
    public void Within_is_inclusive_for_working_days_and_months()
    {
        Assert.True(PolicyTime.IsWithin(D(2025, 5, 23), D(2025, 6, 2), WorkingDays(5), Calendar));
        Assert.False(PolicyTime.IsWithin(D(2025, 5, 23), D(2025, 6, 3), WorkingDays(5), Calendar));

        Assert.True(PolicyTime.IsWithin(D(2025, 1, 31), D(2025, 2, 28), Months(1), Calendar));
        Assert.False(PolicyTime.IsWithin(D(2025, 1, 31), D(2025, 3, 1), Months(1), Calendar));
    }

    [Fact]
    public void By_the_same_day_is_within_zero_days()
    {
        Assert.True(PolicyTime.IsWithin(D(2025, 6, 2), D(2025, 6, 2), Days(0), Calendar));
        Assert.False(PolicyTime.IsWithin(D(2025, 6, 2), D(2025, 6, 3), Days(0), Calendar));
    }

    [Fact]
    public void Within_hours_is_inclusive_to_the_minute()
    {
        var referral = new LocalDateTime(2025, 6, 2, 14, 30);

        Assert.True(PolicyTime.IsWithin(referral, new LocalDateTime(2025, 6, 3, 14, 30), Hours(24), Calendar));
        Assert.False(PolicyTime.IsWithin(referral, new LocalDateTime(2025, 6, 3, 14, 31), Hours(24), Calendar));
    }

    [Fact]
    public void Calendar_arithmetic_works_outside_the_bank_holiday_years_but_working_days_do_not()
    {
        Assert.Equal(D(2031, 2, 28), PolicyTime.Add(D(2031, 1, 31), Months(1), Calendar));
        Assert.Equal(D(2010, 1, 8), PolicyTime.Add(D(2010, 1, 1), Days(7), Calendar));

        Assert.Throws<CalendarRangeException>(() => PolicyTime.Add(D(2031, 1, 31), WorkingDays(1), Calendar));
        Assert.Throws<CalendarRangeException>(() => PolicyTime.IsWithin(D(2031, 1, 31), D(2031, 2, 3), WorkingDays(1), Calendar));
    }

    [Theory]
    [InlineData(2025, 5, 23, 2025, 5, 23, 0)]
    [InlineData(2025, 5, 23, 2025, 5, 24, 1)]
    [InlineData(2025, 12, 15, 2026, 1, 12, 28)]
    [InlineData(2024, 2, 28, 2024, 3, 1, 2)] // leap day counted
    [InlineData(2025, 6, 2, 2025, 5, 23, -10)]
    public void Days_between_counts_calendar_days(int y1, int m1, int d1, int y2, int m2, int d2, int expected) =>
        Assert.Equal(expected, PolicyTime.DaysBetween(D(y1, m1, d1), D(y2, m2, d2)));
}
