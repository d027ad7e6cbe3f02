using ServiceStandard.Checks.Accessibility.CrossPage;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Consistency;

/// <summary>
/// A set of pages in WCAG's sense for the consistency rules: the listed and crawled pages and the
/// journey steps of one run that are in one language (by the primary subtag of html lang; pages in
/// another language are another set). Each page is read as <see cref="PageLayout"/>: its repeated
/// blocks matched across the set. A URL visited more than once (a journey step shown again with
/// its errors) counts once, as first seen: a change the user initiated is not an inconsistency.
/// </summary>
internal sealed class PageSet
{
    private PageSet(string language, IReadOnlyList<PageLayout> pages)
    {
        Language = language;
        Pages = pages;
        RepeatedBlocks = pages
            .SelectMany(p => p.Blocks.Select(b => (b.Id, p.Key)))
            .Distinct()
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    public string Language { get; }

    /// <summary>The pages of the set with their structure, in visit order.</summary>
    public IReadOnlyList<PageLayout> Pages { get; }

    /// <summary>The block ids present on at least two pages (at distinct URLs).</summary>
    public IReadOnlySet<string> RepeatedBlocks { get; }

    public static IReadOnlyList<PageSet> Of(IReadOnlyList<PageSnapshot> pages) =>
        [.. pages
            .Where(p => p.Error is null && p.Structure is not null)
            .GroupBy(p => Primary(p.Lang), StringComparer.OrdinalIgnoreCase)
            .Select(g => new PageSet(g.Key, BlockMatcher.Match([.. g.DistinctBy(p => Destinations.Of(p.FinalUrl), StringComparer.Ordinal)])))];

    private static string Primary(string? lang) => string.IsNullOrWhiteSpace(lang) ? string.Empty : lang.Trim().Split('-', '_')[0].ToLowerInvariant();
}

/// <summary>One page of a set: its snapshot, its URL key, and its navigation blocks matched across the set.</summary>
internal sealed record PageLayout(PageSnapshot Page, StructureProbe Structure, string Key, IReadOnlyList<Block> Blocks)
{
    /// <summary>The landmark index of each block id on this page.</summary>
    public Block? BlockOf(StructureControl control)
    {
        for (var landmark = control.Landmark; landmark is { } index && index < Structure.Landmarks.Count; landmark = Structure.Landmarks[index].Parent)
        {
            if (Blocks.FirstOrDefault(b => b.Landmark.Index == index) is { } block)
            {
                return block;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="control"/> is inside the main landmark (or a landmark within it).</summary>
    public bool InMain(StructureControl control) => Within(control.Landmark, "main");

    public bool Within(int? landmark, string role)
    {
        for (var index = landmark; index is { } i && i < Structure.Landmarks.Count; index = Structure.Landmarks[i].Parent)
        {
            if (Structure.Landmarks[i].Role == role)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The document order of the first main landmark, or null when the page has none.</summary>
    public int? MainOrder => Structure.Landmarks.FirstOrDefault(l => l.Role == "main")?.Order;
}

/// <summary>A navigation block of a page (banner, navigation, contentinfo or search landmark, outside main) and the id it matched across the set.</summary>
internal sealed record Block(string Id, string Description, LandmarkProbe Landmark, IReadOnlyList<StructureControl> Links);

/// <summary>
/// Matches the blocks of the pages of a set: a labelled landmark by role and label; an unlabelled
/// one by role and, when a role has several, by the overlap of their link destinations (half or
/// more shared), so that an extra block on one page does not shift the others.
/// </summary>
internal static class BlockMatcher
{
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal) { "banner", "navigation", "contentinfo", "search" };

    public static IReadOnlyList<PageLayout> Match(IReadOnlyList<PageSnapshot> pages)
    {
        var known = new List<(string Id, string Role, HashSet<string> Destinations)>();
        var layouts = new List<PageLayout>();
        foreach (var page in pages)
        {
            var structure = page.Structure!;
            var blocks = new List<Block>();
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var landmark in structure.Landmarks.Where(l => Roles.Contains(l.Role) && l.Visible && !InsideMain(structure, l)))
            {
                var links = structure.Controls
                    .Where(c => c.Element == "link" && c.Visible && c.Href is not null && Innermost(structure, c.Landmark, landmark.Index))
                    .ToList();
                var label = Destinations.Normalize(landmark.Label ?? string.Empty);
                string id;
                if (label.Length > 0)
                {
                    id = $"{landmark.Role}:{label}";
                }
                else
                {
                    var destinations = links.Select(l => Destinations.Of(l.Href!)).ToHashSet(StringComparer.Ordinal);
                    var match = known
                        .Where(k => k.Role == landmark.Role && !used.Contains(k.Id))
                        .Select(k => (k.Id, Score: Overlap(k.Destinations, destinations)))
                        .OrderByDescending(k => k.Score)
                        .FirstOrDefault();
                    if (match.Id is not null && (match.Score >= 0.5 || (destinations.Count == 0 && known.Count(k => k.Role == landmark.Role) == 1)))
                    {
                        id = match.Id;
                    }
                    else
                    {
                        id = $"{landmark.Role}#{known.Count(k => k.Role == landmark.Role) + 1}";
                        known.Add((id, landmark.Role, destinations));
                    }
                }

                if (!used.Add(id))
                {
                    continue;
                }

                blocks.Add(new Block(id, Describe(landmark), landmark, links));
            }

            layouts.Add(new PageLayout(page, structure, Destinations.Of(page.FinalUrl), blocks));
        }

        return layouts;
    }

    private static string Describe(LandmarkProbe landmark) =>
        string.IsNullOrWhiteSpace(landmark.Label) ? landmark.Role : $"{landmark.Role} \"{landmark.Label}\"";

    // A link belongs to the innermost repeated-block landmark around it: a nav inside the banner
    // holds its own links, not the banner.
    private static bool Innermost(StructureProbe structure, int? landmark, int block)
    {
        for (var index = landmark; index is { } i && i < structure.Landmarks.Count; index = structure.Landmarks[i].Parent)
        {
            if (i == block)
            {
                return true;
            }

            if (Roles.Contains(structure.Landmarks[i].Role))
            {
                return false;
            }
        }

        return false;
    }

    private static bool InsideMain(StructureProbe structure, LandmarkProbe landmark)
    {
        for (var index = landmark.Parent; index is { } i && i < structure.Landmarks.Count; index = structure.Landmarks[i].Parent)
        {
            if (structure.Landmarks[i].Role == "main")
            {
                return true;
            }
        }

        return false;
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var union = a.Union(b).Count();
        return union == 0 ? 0 : (double)a.Intersect(b).Count() / union;
    }
}

/// <summary>How the consistency rules compare destinations and names.</summary>
internal static class Destinations
{
    /// <summary>A link's destination: scheme, host, path and query, fragment left out; the path without a trailing slash.</summary>
    public static string Of(string href)
    {
        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri))
        {
            return href.Split('#')[0];
        }

        if (uri.Scheme is not ("http" or "https"))
        {
            return uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped).ToLowerInvariant();
        }

        return $"{uri.Scheme}://{uri.Authority.ToLowerInvariant()}{PageUrls.PathOf(uri.AbsoluteUri)}{uri.Query}";
    }

    /// <summary>The path and query to show in a message, or the whole URL when it is on another origin or not http.</summary>
    public static string Show(string destination, string pageUrl) =>
        Uri.TryCreate(destination, UriKind.Absolute, out var uri) && Uri.TryCreate(pageUrl, UriKind.Absolute, out var page) &&
        uri.Scheme is "http" or "https" && string.Equals(uri.Authority, page.Authority, StringComparison.OrdinalIgnoreCase)
            ? uri.PathAndQuery
            : destination;

    /// <summary>
    /// <paramref name="key"/> (a destination, or a key made of destinations) without the page's own
    /// scheme and host, for a finding's fingerprint: it must not change when the service moves host.
    /// </summary>
    public static string Stable(string key, string pageUrl) =>
        Uri.TryCreate(pageUrl, UriKind.Absolute, out var page)
            ? key.Replace($"{page.Scheme}://{page.Authority.ToLowerInvariant()}", string.Empty, StringComparison.Ordinal)
            : key;

    /// <summary>A name as compared: lowercase, runs of white space as one space, trimmed.</summary>
    public static string Normalize(string name) => string.Join(' ', name.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
