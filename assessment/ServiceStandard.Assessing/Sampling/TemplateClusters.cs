namespace ServiceStandard.Assessing.Sampling;

/// <summary>A group of pages built from one template, and the page that stands for it.</summary>
public sealed record TemplateCluster(SamplePage Representative, IReadOnlyList<SamplePage> Pages);

/// <summary>
/// WCAG-EM 1.0 step 2.c's "variety of page types": pages grouped by their DOM structure. Two pages
/// are of one template when their skeletons (<see cref="SamplePage.Skeleton"/>: distinct element
/// paths, so text and list lengths do not count) share at least <c>threshold</c> of their paths
/// (Jaccard similarity). Each page joins the first cluster whose representative it is that similar
/// to, else starts one; pages come in a fixed order (shallowest address first), so the clusters
/// and their representatives depend only on the pages, not on the crawl's timing.
/// </summary>
public static class TemplateClusters
{
    /// <summary>Measured on the design-system site and the bench corpus (BENCHMARKS.md).</summary>
    public const double DefaultThreshold = 0.7;

    public static IReadOnlyList<TemplateCluster> Cluster(IReadOnlyList<SamplePage> pages, double threshold = DefaultThreshold)
    {
        var clusters = new List<(SamplePage Representative, List<SamplePage> Pages)>();
        foreach (var page in Ordered(pages))
        {
            var home = clusters.FirstOrDefault(c => Similarity(c.Representative.Skeleton, page.Skeleton) >= threshold);
            if (home.Pages is null)
            {
                clusters.Add((page, [page]));
            }
            else
            {
                home.Pages.Add(page);
            }
        }

        return [.. clusters.Select(c => new TemplateCluster(c.Representative, c.Pages))];
    }

    /// <summary>Shallowest address first, then by address: the same pages give the same order.</summary>
    public static IReadOnlyList<SamplePage> Ordered(IEnumerable<SamplePage> pages) =>
        [.. pages.OrderBy(p => p.Url.AbsolutePath.TrimEnd('/').Count(c => c == '/')).ThenBy(p => p.Url.AbsoluteUri, StringComparer.Ordinal)];

    /// <summary>Jaccard similarity of two skeletons: shared paths over all paths (1 for two empty pages).</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
