using Directions.Runtime.Evaluation;

namespace Directions.Tests.Emit;

/// <summary>Compares two lists of findings field by field, saying which finding differs first.</summary>
internal static class FindingAssert
{
    public static void Same(IReadOnlyList<Finding> expected, IReadOnlyList<Finding> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var a = actual[i];
            var where = $"finding {i}: child {e.ChildId}, rule '{e.Citation.RuleName}'";
            Assert.True(e.ChildId == a.ChildId, $"{where}: child {a.ChildId}");
            Assert.True(e.Citation.ToString() == a.Citation.ToString(), $"{where}: citation {a.Citation}");
            Assert.True(e.Status == a.Status, $"{where}: status {e.Status} vs {a.Status}");
            Assert.True(e.OverdueSince == a.OverdueSince, $"{where}: overdue since {e.OverdueSince} vs {a.OverdueSince}");
            Assert.True(e.DaysOverdue == a.DaysOverdue, $"{where}: days overdue {e.DaysOverdue} vs {a.DaysOverdue}");
            Assert.True(e.NextDue == a.NextDue, $"{where}: next due {e.NextDue} vs {a.NextDue}");
            Assert.True(e.Explanation == a.Explanation, $"{where}:\n{e.Explanation}\nvs\n{a.Explanation}");
            Assert.True(e.MissingData == a.MissingData, $"{where}: missing data {e.MissingData} vs {a.MissingData}");
            Assert.True(e.Evidence.SequenceEqual(a.Evidence), $"{where}: evidence differs");
            Assert.True(e.Breaches.Select(Describe).SequenceEqual(a.Breaches.Select(Describe)), $"{where}: breaches differ");
        }
    }

    private static string Describe(Breach breach) => $"{breach} [{string.Join(",", breach.RecordIds)}]";
}
