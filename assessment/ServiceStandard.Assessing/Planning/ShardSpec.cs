using System.Globalization;
using ServiceStandard.Configuration;
using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Assessing.Planning;

/// <summary><c>--shard K/N</c>: the K-th of N shares of a plan, 1 ≤ K ≤ N.</summary>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>The whole plan as one shard.</summary>
    public static ShardSpec Whole { get; } = new(1, 1);

    /// <summary>Reads <c>K/N</c>; anything else is an error that says what is wrong.</summary>
    public static LoadResult<ShardSpec> Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !TryCount(parts[0], out var index) || !TryCount(parts[1], out var count))
        {
            return Error($"--shard '{text}' is not K/N (which shard, of how many, both whole numbers), e.g. --shard 3/8");
        }

        if (count < 1 || index < 1 || index > count)
        {
            return Error($"--shard {text}: K must be from 1 to N (here N is {count}), e.g. --shard 1/{Math.Max(1, count)}");
        }

        return new LoadResult<ShardSpec>(new ShardSpec(index, count), []);

        static bool TryCount(string part, out int value) =>
            int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out value);

        static LoadResult<ShardSpec> Error(string message) =>
            LoadResult<ShardSpec>.Failed([Diagnostic.Error(ConfigDefaults.CommandLine, message)]);
    }

    public override string ToString() => $"{Index}/{Count}";
}
