namespace Directions.Cli.Generation;

/// <summary>
/// A small pseudo-random generator (SplitMix64) of our own, so that a seed gives the same
/// caseload on every platform and every .NET version (System.Random promises neither).
/// </summary>
internal sealed class Rng(ulong seed)
{
    private ulong state = seed;

    /// <summary>A generator for one stream of a seed, e.g. one child: streams do not depend on each other.</summary>
    public static Rng For(long seed, long stream) => new(Mix((ulong)seed * 0x9E3779B97F4A7C15UL ^ Mix((ulong)stream + 0x632BE59BD9B4E019UL)));

    public ulong NextULong()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>A number in [0, 1), exactly the same on every platform.</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => max <= min ? min : min + (int)(NextULong() % (ulong)(max - min + 1));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
