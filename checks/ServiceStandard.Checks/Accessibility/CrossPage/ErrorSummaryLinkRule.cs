using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.CrossPage;

/// <summary>
/// WCAG 2.4.3: an error-summary link that did not move focus into its field, saying whether the
/// element it points to exists at all. The finding's selector is the link: the summary's selector
/// and <c>a[href="…"]</c>.
/// </summary>
internal sealed class ErrorSummaryLinkRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/cross-page/error-summary-link";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        if (page.ErrorSummary is not { } summary)
        {
            yield break;
        }

        foreach (var link in summary.Links.Where(l => !l.FocusMovedToField))
        {
            var message = link.TargetExists
                ? rule.Message(
                    "target-exists",
                    context.Language,
                    ("text", link.Text),
                    ("href", link.Href),
                    ("focused", link.FocusedSelector ?? rule.Message("focus-none", context.Language)))
                : rule.Message("target-missing", context.Language, ("text", link.Text), ("href", link.Href));
            var selector = $"{summary.Selector} a{CssSelectors.AttributeEquals("href", link.Href)}";
            yield return PageFinding.Create(rule, context, page, message, selector);
        }
    }
}
