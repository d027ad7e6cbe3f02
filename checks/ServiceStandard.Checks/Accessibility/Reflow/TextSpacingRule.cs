using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Reflow;

/// <summary>
/// WCAG 1.4.12: one finding per page that, with the WCAG text-spacing override applied, scrolls
/// sideways or cuts off text. The gatherer lists only clipping the override caused.
/// </summary>
internal sealed class TextSpacingRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/reflow/text-spacing";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        if (page.TextSpacing is not { } probe || (!probe.HorizontalScroll && probe.Offenders.Count == 0))
        {
            yield break;
        }

        var key = (probe.HorizontalScroll, probe.Offenders.Count > 0) switch
        {
            (true, true) => "scroll-and-clipped",
            (true, false) => "scroll",
            _ => "clipped",
        };
        var message = rule.Message(
            key,
            context.Language,
            ("viewport", probe.ViewportWidth),
            ("scrollWidth", probe.ScrollWidth),
            ("offenders", OffenderList.Describe(probe.Offenders, rule, context.Language)));
        yield return PageFinding.Create(rule, context, page, message);
    }
}
