using System.Text.RegularExpressions;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.CrossPage;

/// <summary>
/// WCAG 2.4.2: pages at different paths (query and fragment ignored) with the same title, compared
/// within each journey and among the listed and crawled pages. One finding per page that shares a
/// title. Titles are compared trimmed, with runs of spaces collapsed, ignoring case; empty titles
/// are left to axe's document-title rule.
/// </summary>
internal sealed partial class DuplicateTitleRule(RuleDescriptor rule) : ISiteRule
{
    public const string Id = "accessibility/cross-page/duplicate-title";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(IReadOnlyList<PageSnapshot> pages, CheckContext context)
    {
        var scopes = pages
            .Where(p => !string.IsNullOrWhiteSpace(p.Title))
            .GroupBy(p => p.Origin.Journey, StringComparer.Ordinal);
        foreach (var scope in scopes)
        {
            foreach (var sameTitle in scope.GroupBy(p => Normalize(p.Title), StringComparer.OrdinalIgnoreCase))
            {
                var byPath = sameTitle
                    .GroupBy(p => PageUrls.PathOf(p.FinalUrl), StringComparer.Ordinal)
                    .Select(g => (Path: g.Key, Page: g.First()))
                    .ToList();
                if (byPath.Count < 2)
                {
                    continue;
                }

                foreach (var (path, page) in byPath)
                {
                    var others = string.Join(", ", byPath.Where(o => o.Path != path).Select(o => o.Path));
                    var message = scope.Key is null
                        ? rule.Message("pages", context.Language, ("title", Normalize(page.Title)), ("others", others))
                        : rule.Message("journey", context.Language, ("title", Normalize(page.Title)), ("others", others), ("journey", scope.Key));
                    yield return PageFinding.Create(rule, context, page, message, discriminator: sameTitle.Key.ToLowerInvariant());
                }
            }
        }
    }

    private static string Normalize(string title) => Whitespace().Replace(title.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
