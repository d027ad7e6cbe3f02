namespace ServiceStandard.Assessing.Sampling;

/// <summary>
/// A shuffle that gives the same order for the same seed on every machine and .NET version
/// (SplitMix64 and Fisher–Yates, written out here rather than System.Random, whose seeded
/// sequence is not promised to stay the same).
/// </summary>
public static class SeededShuffle
{
    public static IReadOnlyList<T> Shuffle<T>(IReadOnlyList<T> items, long seed)
    {
        ArgumentNullException.ThrowIfNull(items);
        var result = items.ToArray();
        var state = unchecked((ulong)seed);
        for (var i = result.Length - 1; i > 0; i--)
        {
            var j = (int)(Next(ref state) % (ulong)(i + 1));
            (result[i], result[j]) = (result[j], result[i]);
        }

        return result;
    }

    private static ulong Next(ref ulong state)
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
