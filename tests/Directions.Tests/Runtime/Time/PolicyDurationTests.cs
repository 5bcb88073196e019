using Directions.Compiler.Binding;
using Directions.Runtime.Time;

namespace Directions.Tests.Runtime.Time;

public sealed class PolicyDurationTests
{
    [Theory]
    [InlineData(4, PolicyUnit.Weeks, "4 weeks")]
    [InlineData(1, PolicyUnit.Months, "1 month")]
    [InlineData(20, PolicyUnit.WorkingDays, "20 working days")]
    [InlineData(1, PolicyUnit.WorkingDays, "1 working day")]
    [InlineData(0, PolicyUnit.Days, "0 days")]
    [InlineData(24, PolicyUnit.Hours, "24 hours")]
    [InlineData(1, PolicyUnit.Years, "1 year")]
    public void ToString_is_plain_english(int count, PolicyUnit unit, string expected) =>
        Assert.Equal(expected, new PolicyDuration(count, unit).ToString());

    [Fact]
    public void A_negative_count_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PolicyDuration(-1, PolicyUnit.Days));

    [Fact]
    public void An_undefined_unit_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PolicyDuration(1, (PolicyUnit)99));

    [Fact]
    public void Durations_with_the_same_count_and_unit_are_equal()
    {
        Assert.Equal(new PolicyDuration(4, PolicyUnit.Weeks), new PolicyDuration(4, PolicyUnit.Weeks));
        Assert.NotEqual(new PolicyDuration(4, PolicyUnit.Weeks), new PolicyDuration(28, PolicyUnit.Days));
    }

    [Fact]
    public void The_units_mirror_the_compilers_time_units()
    {
        // The runtime cannot reference the compiler, so the two enums are kept in step by hand.
        Assert.Equal(Enum.GetNames<TimeUnit>(), Enum.GetNames<PolicyUnit>());
        foreach (var name in Enum.GetNames<PolicyUnit>())
        {
            Assert.Equal((int)Enum.Parse<TimeUnit>(name), (int)Enum.Parse<PolicyUnit>(name));
        }
    }

    [Fact]
    public void ToString_matches_the_compilers_wording()
    {
        foreach (var unit in Enum.GetValues<PolicyUnit>())
        {
            foreach (var count in new[] { 0, 1, 2, 20 })
            {
                var compiled = new Duration(count, Enum.Parse<TimeUnit>(unit.ToString()));
                Assert.Equal(compiled.ToString(), new PolicyDuration(count, unit).ToString());
            }
        }
    }
}
