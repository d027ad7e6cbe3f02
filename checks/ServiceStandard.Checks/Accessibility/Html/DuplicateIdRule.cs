using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Html;

/// <summary>
/// WCAG 1.3.1 and 4.1.2 (4.1.1 Parsing is obsolete in WCAG 2.2, but a duplicated id still breaks the
/// label or ARIA relationship that points at it): one finding per id used by more than one element.
/// Serious when a <c>for</c>, <c>headers</c>, <c>list</c> or ARIA id-reference attribute refers to
/// the id, minor otherwise.
/// </summary>
internal sealed class DuplicateIdRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/html/duplicate-id";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        var scan = HtmlIdScanner.Scan(page.Html);
        var referencedBy = scan.References
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Attribute).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

        foreach (var uses in scan.Ids.GroupBy(u => u.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var id = uses.Key;
            var count = uses.Count();
            var referenced = referencedBy.TryGetValue(id, out var attributes);
            var message = referenced
                ? rule.Message("referenced", context.Language, ("id", id), ("count", count), ("references", string.Join(", ", attributes!)))
                : rule.Message("unreferenced", context.Language, ("id", id), ("count", count));
            yield return PageFinding.Create(
                rule,
                context,
                page,
                message,
                CssSelectors.AttributeEquals("id", id),
                uses.First().StartTag,
                referenced ? Severity.Serious : Severity.Minor);
        }
    }
}
