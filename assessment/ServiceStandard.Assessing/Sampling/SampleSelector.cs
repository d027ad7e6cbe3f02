using System.Globalization;

namespace ServiceStandard.Assessing.Sampling;

/// <summary>Why a page is in the sample, as the config records it: <c>common: contact</c>, <c>template 2 of 5 (14 pages)</c>, <c>random</c>.</summary>
public sealed record SampleReason(SampleReasonKind Kind, string Text)
{
    public override string ToString() => Text;
}

/// <summary>The WCAG-EM 1.0 step each reason comes from.</summary>
public enum SampleReasonKind
{
    /// <summary>3.a: a common web page (2.a).</summary>
    Common,

    /// <summary>3.a: the representative of a template (2.c).</summary>
    Template,

    /// <summary>3.a and 3.c: a page a journey goes to (2.b essential functionality, complete processes).</summary>
    Journey,

    /// <summary>3.a: the first page relying on a technology no other sampled page relies on (2.d).</summary>
    Technology,

    /// <summary>3.b: randomly selected.</summary>
    Random,
}

/// <summary>A page of the sample and every reason it is there.</summary>
public sealed record SampledPage(Uri Url, string Title, IReadOnlyList<SampleReason> Reasons)
{
    /// <summary>Only in the random share (3.b), not in the structured sample (3.a).</summary>
    public bool RandomOnly => Reasons.All(r => r.Kind == SampleReasonKind.Random);
}

/// <summary>A journey of the config: its name and the pages its goto steps open.</summary>
public sealed record SampleJourney(string Name, int Steps, IReadOnlyList<Uri> Gotos);

/// <summary>The sample <c>servicestandard sample</c> proposes, and what it was chosen from.</summary>
public sealed record ProposedSample(
    long Seed,
    double RandomShare,
    int PagesCrawled,
    IReadOnlyList<TemplateCluster> Templates,
    IReadOnlyList<SampledPage> Pages,
    IReadOnlyList<SampleJourney> Journeys);

/// <summary>
/// Chooses a WCAG-EM 1.0 step 3 sample from the crawled pages: the structured sample (3.a) of
/// the common pages, one page per template, the pages the journeys go to and a page for each
/// technology the others lack; then a random share (3.b) of the rest, <c>ceil(share × structured)</c>
/// pages drawn with the seed. Journeys (3.c, complete processes) are run in full by <c>assess</c>
/// and listed. A pure function: the same pages, journeys, share and seed give the same sample.
/// </summary>
public static class SampleSelector
{
    public static ProposedSample Select(
        IReadOnlyList<SamplePage> crawled,
        Uri baseUrl,
        IReadOnlyList<SampleJourney> journeys,
        double randomShare,
        long seed,
        double threshold = TemplateClusters.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(crawled);
        var ordered = TemplateClusters.Ordered(crawled.DistinctBy(p => p.Url.AbsoluteUri));
        var reasons = new Dictionary<SamplePage, List<SampleReason>>();
        var chosen = new List<SamplePage>();
        void Add(SamplePage page, SampleReason reason)
        {
            if (!reasons.TryGetValue(page, out var list))
            {
                reasons[page] = list = [];
                chosen.Add(page);
            }

            list.Add(reason);
        }

        foreach (var (kind, page) in CommonPages.Find(ordered, baseUrl))
        {
            Add(page, new SampleReason(SampleReasonKind.Common, $"common: {kind}"));
        }

        // A template a common page already stands for needs no second page.
        var templates = TemplateClusters.Cluster(ordered, threshold);
        for (var i = 0; i < templates.Count; i++)
        {
            var cluster = templates[i];
            var page = cluster.Pages.FirstOrDefault(reasons.ContainsKey) ?? cluster.Representative;
            Add(page, new SampleReason(SampleReasonKind.Template, string.Create(CultureInfo.InvariantCulture, $"template {i + 1} of {templates.Count} ({cluster.Pages.Count} {(cluster.Pages.Count == 1 ? "page" : "pages")})")));
        }

        var byAddress = ordered.ToDictionary(p => Key(p.Url), StringComparer.Ordinal);
        foreach (var journey in journeys)
        {
            for (var i = 0; i < journey.Gotos.Count; i++)
            {
                if (byAddress.TryGetValue(Key(journey.Gotos[i]), out var page))
                {
                    Add(page, new SampleReason(SampleReasonKind.Journey, $"journey: {journey.Name}"));
                }
            }
        }

        var features = ordered.SelectMany(p => p.Outline.Features).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var feature in features)
        {
            if (!chosen.Any(p => p.Outline.Features.Contains(feature, StringComparer.Ordinal)))
            {
                Add(ordered.First(p => p.Outline.Features.Contains(feature, StringComparer.Ordinal)), new SampleReason(SampleReasonKind.Technology, $"technology: {feature}"));
            }
        }

        var structured = chosen.Count;
        var wanted = (int)Math.Ceiling(randomShare * structured - 1e-9);
        var rest = ordered.Where(p => !reasons.ContainsKey(p)).OrderBy(p => p.Url.AbsoluteUri, StringComparer.Ordinal).ToList();
        foreach (var page in SeededShuffle.Shuffle(rest, seed).Take(wanted))
        {
            Add(page, new SampleReason(SampleReasonKind.Random, "random"));
        }

        return new ProposedSample(
            seed,
            randomShare,
            ordered.Count,
            templates,
            [.. chosen.Select(p => new SampledPage(p.Url, p.Title, reasons[p]))],
            journeys);
    }

    private static string Key(Uri url) => url.GetLeftPart(UriPartial.Query).TrimEnd('/');
}
