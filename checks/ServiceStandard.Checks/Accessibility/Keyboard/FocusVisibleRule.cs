using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Keyboard;

/// <summary>
/// WCAG 2.4.7 (ACT rule oj04fd): one finding per Tab stop at which nothing on the page looked
/// different when it took focus — not its style, its parent's, a neighbour's, a pseudo-element's,
/// or that of anything its focus handlers changed.
/// </summary>
internal sealed class FocusVisibleRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/keyboard/focus-not-visible";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context) =>
        (page.Keyboard?.Stops ?? [])
            .Where(stop => !stop.IndicatorVisible)
            .Select(stop => PageFinding.Create(
                rule,
                context,
                page,
                rule.Message("default", context.Language, ("selector", stop.Selector)),
                stop.Selector,
                stop.Snippet));
}
