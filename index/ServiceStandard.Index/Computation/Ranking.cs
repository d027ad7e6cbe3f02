namespace ServiceStandard.Index.Computation;

/// <summary>Standard competition ranking ("1224"): equal published scores share a rank, and the next rank skips as many places.</summary>
public static class Ranking
{
    /// <summary>The rank of each item by score, highest first; ties on the score rounded to <paramref name="decimals"/>.</summary>
    public static IReadOnlyList<(T Item, int Rank)> Rank<T>(IEnumerable<T> items, Func<T, double> score, int decimals, Func<T, string> tieOrder)
    {
        var ordered = items
            .Select(item => (Item: item, Published: Math.Round(score(item), decimals, MidpointRounding.AwayFromZero)))
            .OrderByDescending(x => x.Published)
            .ThenBy(x => tieOrder(x.Item), StringComparer.Ordinal)
            .ToList();
        var ranked = new List<(T, int)>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Published == ordered[i - 1].Published ? ranked[i - 1].Item2 : i + 1;
            ranked.Add((ordered[i].Item, rank));
        }

        return ranked;
    }
}
