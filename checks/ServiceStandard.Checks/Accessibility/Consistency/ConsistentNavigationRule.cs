using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Consistency;

/// <summary>
/// WCAG 3.2.3: navigation repeated across the pages of a set (banner, navigation, contentinfo and
/// search landmarks outside main, and the links inside each) in a different relative order on some
/// page. Blocks and links that a page adds or leaves out do not count, only the order of the shared
/// ones; the usual order is the one most pages show. One finding per page for the blocks, and one
/// per page and block for its links. Document order, visible landmarks and links only.
/// </summary>
internal sealed class ConsistentNavigationRule(RuleDescriptor rule) : ISiteRule
{
    public const string Id = "accessibility/consistency/consistent-navigation";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(IReadOnlyList<PageSnapshot> pages, CheckContext context)
    {
        foreach (var set in PageSet.Of(pages))
        {
            foreach (var finding in BlockOrder(set, context).Concat(LinkOrder(set, context)))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Finding> BlockOrder(PageSet set, CheckContext context)
    {
        var positions = set.Pages.Select(p =>
        {
            var found = new RelativeOrder.Positions();
            foreach (var block in p.Blocks.Where(b => set.RepeatedBlocks.Contains(b.Id)))
            {
                found.Add(block.Id, block.Landmark.Order);
            }

            return found;
        }).ToList();
        foreach (var (index, conflict) in RelativeOrder.Conflicts(positions).OrderBy(c => c.Key))
        {
            var layout = set.Pages[index];
            var before = layout.Blocks.First(b => b.Id == conflict.Before);
            var after = layout.Blocks.First(b => b.Id == conflict.After);
            var message = rule.Message(
                "blocks",
                context.Language,
                ("first", after.Description),
                ("second", before.Description),
                ("others", Others(set, conflict.Agreeing)));
            yield return PageFinding.Create(rule, context, layout.Page, message, after.Landmark.Selector, discriminator: $"blocks:{conflict.Before}:{conflict.After}");
        }
    }

    private IEnumerable<Finding> LinkOrder(PageSet set, CheckContext context)
    {
        foreach (var blockId in set.RepeatedBlocks.Order(StringComparer.Ordinal))
        {
            var positions = set.Pages.Select(p =>
            {
                var found = new RelativeOrder.Positions();
                if (p.Blocks.FirstOrDefault(b => b.Id == blockId) is { } block)
                {
                    foreach (var link in block.Links.Where(l => !l.Current && Destinations.Of(l.Href!) != p.Key))
                    {
                        found.Add(Destinations.Of(link.Href!), link.Order);
                    }
                }

                return found;
            }).ToList();
            foreach (var (index, conflict) in RelativeOrder.Conflicts(positions).OrderBy(c => c.Key))
            {
                var layout = set.Pages[index];
                var block = layout.Blocks.First(b => b.Id == blockId);
                var first = block.Links.First(l => Destinations.Of(l.Href!) == conflict.After);
                var second = block.Links.First(l => Destinations.Of(l.Href!) == conflict.Before);
                var message = rule.Message(
                    "links",
                    context.Language,
                    ("block", block.Description),
                    ("first", first.Name),
                    ("second", second.Name),
                    ("others", Others(set, conflict.Agreeing)));
                yield return PageFinding.Create(rule, context, layout.Page, message, first.Selector, discriminator: Destinations.Stable($"links:{blockId}:{conflict.Before}:{conflict.After}", layout.Page.FinalUrl));
            }
        }
    }

    /// <summary>Up to three of the pages that show the usual order, by path.</summary>
    internal static string Others(PageSet set, IReadOnlyList<int> pages)
    {
        var paths = pages.Select(i => Destinations.Show(set.Pages[i].Key, set.Pages[i].Page.FinalUrl)).Distinct(StringComparer.Ordinal).ToList();
        return paths.Count <= 3 ? string.Join(", ", paths) : $"{string.Join(", ", paths.Take(3))} (+{paths.Count - 3})";
    }
}
