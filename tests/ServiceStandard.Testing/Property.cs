using CsCheck;

namespace ServiceStandard.Testing;

/// <summary>
/// Property tests that try the same cases on every run. CsCheck's own seed fixes only the first case
/// and draws the others at random, so here every case comes, one after the other, from one PCG
/// seeded with <see cref="Seed"/>. A failing case is handed to CsCheck by its seed: CsCheck shrinks it
/// to the smallest failing case it can find and reports that with the seed that reproduces it.
/// </summary>
public static class Property
{
    /// <summary>CsCheck's 12-character seed form.</summary>
    public const string Seed = "0ServiceStd1";

    /// <summary>How many cases CsCheck may try while shrinking a failure.</summary>
    private const int ShrinkCases = 1000;

    public static void Check<T>(Gen<T> gen, Action<T> property, int cases, Func<T, string>? print = null, string seed = Seed)
    {
        ArgumentNullException.ThrowIfNull(gen);
        ArgumentNullException.ThrowIfNull(property);
        var pcg = PCG.Parse(seed);
        for (var i = 0; i < cases; i++)
        {
            var state = pcg.State;
            var value = gen.Generate(pcg, null, out _);
            try
            {
                property(value);
            }
            catch (Exception)
            {
                gen.Sample(property, seed: pcg.ToString(state), iter: ShrinkCases, threads: 1, print: print);

                // CsCheck found it passing from the same seed: report the case as it failed here.
                throw;
            }
        }
    }
}
