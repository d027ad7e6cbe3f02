using System.Text.RegularExpressions;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Consistency;

/// <summary>
/// WCAG 2.4.5: the ways to reach the pages of a set that are not steps of a process. A journey step
/// is a step of a process, and so is a page whose main content has a form to fill (not a search).
/// The ways looked for, across those pages: a navigation landmark outside main with three or more
/// links to other pages; a search form (role=search, a search element, an input of type search);
/// a site map link; an A to Z link; a table of contents or related links (a navigation landmark so
/// labelled). A machine cannot know the whole set of pages, so this never reports a violation:
/// when two or more ways are found nothing is reported, and when one or none is, a needs-review
/// finding on the first such page lists what was found. Sets of fewer than two such pages are left out.
/// </summary>
internal sealed partial class MultipleWaysRule(RuleDescriptor rule) : ISiteRule
{
    public const string Id = "accessibility/consistency/multiple-ways";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(IReadOnlyList<PageSnapshot> pages, CheckContext context)
    {
        foreach (var set in PageSet.Of(pages))
        {
            var listed = set.Pages.Where(p => !IsProcessStep(p)).ToList();
            if (listed.Count < 2)
            {
                continue;
            }

            var navigation = listed.Count(HasNavigation);
            var search = listed.Count(p => p.Structure.Forms.Any(f => f.Search) || p.Structure.Landmarks.Any(l => l.Role == "search"));
            var siteMap = listed.Count(p => p.Structure.Controls.Any(c => c.Href is not null && (SiteMap().IsMatch(c.Name) || SiteMapPath().IsMatch(c.Href))));
            var azIndex = listed.Count(p => p.Structure.Controls.Any(c => c.Href is not null && AToZ().IsMatch(c.Name)));
            var contents = listed.Count(p => p.Structure.Landmarks.Any(l => l.Role == "navigation" && l.Label is { } label && Contents().IsMatch(label)));
            var related = listed.Count(p => p.Structure.Landmarks.Any(l => l.Role is "navigation" or "complementary" && l.Label is { } label && Related().IsMatch(label)));
            var ways = new[] { navigation, search, siteMap, azIndex, contents, related }.Count(n => n > 0);
            if (ways >= 2)
            {
                continue;
            }

            var message = rule.Message(
                "review",
                context.Language,
                ("pages", listed.Count),
                ("navigation", navigation),
                ("search", search),
                ("sitemap", siteMap),
                ("az", azIndex),
                ("contents", contents),
                ("related", related),
                ("examples", ConsistentNavigationRule.Others(set, [.. listed.Select(l => set.Pages.ToList().IndexOf(l))])));
            yield return PageFinding.Create(rule, context, listed[0].Page, message, kind: FindingKind.NeedsReview, discriminator: set.Language);
        }
    }

    /// <summary>A journey step, or a page whose content (outside banner, navigation and footer) has a form to fill that is not a search.</summary>
    internal static bool IsProcessStep(PageLayout layout) =>
        layout.Page.Origin.Journey is not null ||
        layout.Structure.Forms.Any(f => !f.Search && f.Fields > 0 &&
            !layout.Within(f.Landmark, "banner") && !layout.Within(f.Landmark, "navigation") && !layout.Within(f.Landmark, "contentinfo") && !layout.Within(f.Landmark, "search"));

    // A navigation landmark outside main with three or more links to other pages of the site.
    private static bool HasNavigation(PageLayout layout) =>
        layout.Blocks.Any(b => b.Landmark.Role == "navigation" &&
            b.Links.Select(l => Destinations.Of(l.Href!)).Where(d => d != layout.Key && SameSite(d, layout.Key)).Distinct(StringComparer.Ordinal).Count() >= 3);

    private static bool SameSite(string destination, string page) =>
        Uri.TryCreate(destination, UriKind.Absolute, out var a) && Uri.TryCreate(page, UriKind.Absolute, out var b) &&
        string.Equals(a.Authority, b.Authority, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(site ?map|mapa (del sitio|web|del portal))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteMap();

    [GeneratedRegex(@"(^|/)(sitemap|site-map|mapa-del-sitio|mapa-web)(\.html?)?/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SiteMapPath();

    [GeneratedRegex(@"\bA\s*(to|-|–|—|a)\s*Z\b", RegexOptions.CultureInvariant)]
    private static partial Regex AToZ();

    [GeneratedRegex(@"\b(contents|on this page|[ií]ndice|contenidos?|en esta p[aá]gina)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contents();

    [GeneratedRegex(@"\b(related|relacionad[oa]s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Related();
}
