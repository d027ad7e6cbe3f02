using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Keyboard;

/// <summary>
/// WCAG 2.4.7 (ACT rule oj04fd): one finding per Tab stop at which nothing on the page looked
/// different when it took focus — not its style, not its parent's, not a pixel of the viewport.
/// Needs review when the page kept changing on its own and the pictures could not tell.
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
                rule.Message(stop.IndicatorUndetermined ? "undetermined" : "default", context.Language, ("selector", stop.Selector)),
                stop.Selector,
                stop.Snippet,
                kind: stop.IndicatorUndetermined ? FindingKind.NeedsReview : FindingKind.Violation));
}
