using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Keyboard;

/// <summary>WCAG 2.4.7: one finding per Tab stop whose look (or its parent's) did not change on focus.</summary>
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
