using CsCheck;

namespace ServiceStandard.Testing.Properties;

/// <summary>
/// Runs a property over generated inputs the same way every time: a fixed seed and a bounded count,
/// so <c>./build.sh test</c> is repeatable. CsCheck's own <c>Sample</c> draws fresh random seeds on
/// each run; here the inputs come from one seeded stream, and only a failure is handed to CsCheck,
/// which replays it from its seed and shrinks it to a smaller failing input. The failure names the
/// seed to replay (<c>PropertyRun.Replay</c>) and the shrunk input.
/// </summary>
public static class PropertyRun
{
    /// <summary>The stream every property draws from (issue 14); <c>SERVICESTANDARD_PROPERTY_SEED</c> overrides it to explore.</summary>
    public const ulong DefaultSeed = 14;

    /// <summary>Inputs per property unless <c>SERVICESTANDARD_PROPERTY_COUNT</c> says otherwise.</summary>
    public static int Count(int count) =>
        int.TryParse(Environment.GetEnvironmentVariable("SERVICESTANDARD_PROPERTY_COUNT"), out var overridden) && overridden > 0 ? overridden : count;

    public static void Holds<T>(Gen<T> gen, Action<T> property, int count, Func<T, string>? print = null)
    {
        ArgumentNullException.ThrowIfNull(gen);
        ArgumentNullException.ThrowIfNull(property);
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("SERVICESTANDARD_PROPERTY_SEED"), out var chosen) ? chosen : DefaultSeed;
        var pcg = new PCG(14, seed);
        var total = Count(count);
        for (var i = 0; i < total; i++)
        {
            var state = pcg.State;
            var input = gen.Generate(pcg, null, out _);
            try
            {
                property(input);
            }
            catch (Exception failure)
            {
                var replay = pcg.ToString(state);
                throw new PropertyFailedException(
                    $"the property failed on input {i + 1} of {total} (seed {seed}); replay it with PropertyRun.Replay(gen, property, \"{replay}\").{Environment.NewLine}{Shrink(gen, property, replay, print) ?? failure.ToString()}",
                    failure);
            }
        }
    }

    /// <summary>As above, for a property of two inputs.</summary>
    public static void Holds<T1, T2>(Gen<(T1, T2)> gen, Action<T1, T2> property, int count) =>
        Holds(gen, pair => property(pair.Item1, pair.Item2), count);

    /// <summary>Runs the property on the one input a failure's seed string names, as the failure message suggests.</summary>
    public static void Replay<T>(Gen<T> gen, Action<T> property, string seed)
    {
        ArgumentNullException.ThrowIfNull(gen);
        ArgumentNullException.ThrowIfNull(property);
        property(gen.Generate(PCG.Parse(seed), null, out _));
    }

    /// <summary>CsCheck's report of the smallest failing input it finds starting from the failing seed.</summary>
    private static string? Shrink<T>(Gen<T> gen, Action<T> property, string seed, Func<T, string>? print)
    {
        try
        {
            gen.Sample(property, seed: seed, iter: 500, threads: 1, print: print);
            return null;
        }
        catch (CsCheckException shrunk)
        {
            return shrunk.Message + Environment.NewLine + shrunk.InnerException;
        }
    }
}

/// <summary>A property that does not hold, with the seed to replay it and the shrunk input.</summary>
public sealed class PropertyFailedException(string message, Exception inner) : Exception(message, inner);
