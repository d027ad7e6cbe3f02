using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Assessing.Sampling;

/// <summary>A crawled page as the sample chooses among them: its address, title and outline.</summary>
public sealed record SamplePage(Uri Url, string Title, PageOutline Outline)
{
    /// <summary>The page's skeleton as a set, for <see cref="TemplateClusters"/>.</summary>
    public IReadOnlySet<string> Skeleton { get; } = new HashSet<string>(Outline.Paths, StringComparer.Ordinal);
}
