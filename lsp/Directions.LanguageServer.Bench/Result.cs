namespace Directions.LanguageServer.Bench;

/// <summary>The samples of one measure, in milliseconds.</summary>
internal sealed class Result(string name)
{
    public string Name { get; } = name;

    public List<double> Samples { get; } = [];

    /// <summary>The server's processor time per sample, in milliseconds (set when the measure ends).</summary>
    public double ServerCpuPerSample { get; set; }

    public void Add(double milliseconds) => Samples.Add(milliseconds);

    /// <summary>The nearest-rank percentile.</summary>
    public double Percentile(int percent)
    {
        var sorted = Samples.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
