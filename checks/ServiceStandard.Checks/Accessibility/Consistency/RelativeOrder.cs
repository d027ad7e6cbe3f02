namespace ServiceStandard.Checks.Accessibility.Consistency;

/// <summary>
/// Relative order across pages: for each pair of items that several pages share, the order most of
/// them show (on a tie, the order of the first page that shows the pair), and the pages that show
/// the other one. Items added or removed on a page do not count, only the order of shared ones.
/// An item that occurs more than once on a page is before another only when all its occurrences
/// are (so a link repeated in the header and the footer orders nothing).
/// </summary>
internal static class RelativeOrder
{
    /// <summary>Where each item of one page occurs: its first and last document order.</summary>
    public sealed class Positions : Dictionary<string, (int First, int Last)>
    {
        public Positions()
            : base(StringComparer.Ordinal)
        {
        }

        public void Add(string item, int order) =>
            this[item] = TryGetValue(item, out var seen) ? (Math.Min(seen.First, order), Math.Max(seen.Last, order)) : (order, order);
    }

    /// <summary>A page that shows <see cref="Before"/> after <see cref="After"/>, where <see cref="Agreeing"/> (page indexes) show the usual order.</summary>
    public sealed record Conflict(int Page, string Before, string After, IReadOnlyList<int> Agreeing);

    /// <summary>The first conflict of each page that has one, by page index.</summary>
    public static IReadOnlyDictionary<int, Conflict> Conflicts(IReadOnlyList<Positions> pages)
    {
        var conflicts = new Dictionary<int, Conflict>();
        var items = pages.SelectMany(p => p.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                var (a, b) = (items[i], items[j]);
                var relations = new List<(int Page, int Relation)>();
                for (var page = 0; page < pages.Count; page++)
                {
                    if (pages[page].TryGetValue(a, out var pa) && pages[page].TryGetValue(b, out var pb))
                    {
                        var relation = pa.Last < pb.First ? 1 : pb.Last < pa.First ? -1 : 0;
                        if (relation != 0)
                        {
                            relations.Add((page, relation));
                        }
                    }
                }

                if (relations.Count < 2)
                {
                    continue;
                }

                var votes = relations.Sum(r => r.Relation);
                var usual = votes != 0 ? Math.Sign(votes) : relations[0].Relation;
                var agreeing = relations.Where(r => r.Relation == usual).Select(r => r.Page).ToList();
                foreach (var (page, _) in relations.Where(r => r.Relation != usual))
                {
                    if (!conflicts.ContainsKey(page))
                    {
                        conflicts[page] = usual > 0 ? new Conflict(page, a, b, agreeing) : new Conflict(page, b, a, agreeing);
                    }
                }
            }
        }

        return conflicts;
    }
}
