using ServiceStandard.Model.Plan;

namespace ServiceStandard.Assessing.Planning;

/// <summary>One shard's share of a plan, in the plan's order.</summary>
public sealed record PlanShare(IReadOnlyList<PlannedPage> Pages, IReadOnlyList<PlannedJourney> Journeys);

/// <summary>
/// Splits a plan into N balanced shares, the same way every time for the same plan: a page weighs 1, a
/// journey the pages its steps load (it is never split); heaviest first, ties by kind and name, each
/// goes to the lightest shard so far (the lowest-numbered on a tie). Each shard computes the whole
/// split and keeps its own share, so shards need not talk to each other.
/// </summary>
public static class PlanShares
{
    public static PlanShare Of(RunPlan plan, ShardSpec shard)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(shard);
        var owner = Assign(plan, shard.Count);
        return new PlanShare(
            [.. plan.Pages.Where((_, i) => owner[(Kind.Page, i)] == shard.Index)],
            [.. plan.Journeys.Where((_, i) => owner[(Kind.Journey, i)] == shard.Index)]);
    }

    /// <summary>Which shard (from 1) each page and journey of the plan goes to.</summary>
    private static Dictionary<(Kind, int), int> Assign(RunPlan plan, int count)
    {
        var items = plan.Journeys.Select((j, i) => (Kind: Kind.Journey, Index: i, Key: j.Name, Weight: Math.Max(1, j.Steps)))
            .Concat(plan.Pages.Select((p, i) => (Kind: Kind.Page, Index: i, Key: p.Url, Weight: 1)))
            .OrderByDescending(item => item.Weight)
            .ThenBy(item => item.Kind)
            .ThenBy(item => item.Key, StringComparer.Ordinal)
            .ThenBy(item => item.Index);
        var load = new int[count];
        var owner = new Dictionary<(Kind, int), int>();
        foreach (var item in items)
        {
            var lightest = 0;
            for (var s = 1; s < count; s++)
            {
                if (load[s] < load[lightest])
                {
                    lightest = s;
                }
            }

            load[lightest] += item.Weight;
            owner[(item.Kind, item.Index)] = lightest + 1;
        }

        return owner;
    }

    private enum Kind
    {
        Journey,
        Page,
    }
}
