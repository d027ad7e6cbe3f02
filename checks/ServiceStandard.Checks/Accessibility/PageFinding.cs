using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility;

/// <summary>Builds a finding of one of our own rules on a page: texts, tags and severity from its descriptor.</summary>
internal static class PageFinding
{
    /// <param name="selector">The element, or null when the finding is about the whole page.</param>
    /// <param name="discriminator">Tells apart findings of one rule on one element (an error-summary link's href).</param>
    public static Finding Create(
        RuleDescriptor rule,
        CheckContext context,
        PageSnapshot page,
        string message,
        string? selector = null,
        string? snippet = null,
        Severity? severity = null,
        FindingKind kind = FindingKind.Violation,
        string? discriminator = null) =>
        new(
            rule.CheckId,
            rule.Id,
            severity ?? rule.Severity,
            kind,
            message,
            rule.Help.Get(context.Language),
            rule.HelpUrl,
            rule.Tags,
            Location(page, selector, snippet),
            Fingerprints.ForPage(rule.CheckId, rule.Id, page.FinalUrl, selector, discriminator));

    public static PageLocation Location(PageSnapshot page, string? selector, string? snippet) =>
        new(
            page.FinalUrl,
            selector,
            string.IsNullOrEmpty(snippet) ? null : snippet,
            selector is null ? null : page.Screenshots.FirstOrDefault(s => s.Selector == selector)?.File,
            page.Origin.Journey is null ? null : page.Origin.ToString());
}
