using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.CrossPage;

/// <summary>WCAG 3.3.1 and 2.4.3: an error summary that was not focused when the page with errors loaded.</summary>
internal sealed class ErrorSummaryFocusRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/cross-page/error-summary-focus";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        if (page.ErrorSummary is not { FocusedOnLoad: false } summary)
        {
            yield break;
        }

        var message = rule.Message(
            "default",
            context.Language,
            ("selector", summary.Selector),
            ("focused", summary.FocusedOnLoadSelector ?? rule.Message("focus-none", context.Language)));
        yield return PageFinding.Create(rule, context, page, message, summary.Selector, summary.Snippet);
    }
}
