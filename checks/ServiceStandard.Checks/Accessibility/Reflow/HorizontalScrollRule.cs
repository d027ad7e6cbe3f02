using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Reflow;

/// <summary>WCAG 1.4.10: one finding per page that scrolls sideways at 320 CSS px, naming the elements that stick out.</summary>
internal sealed class HorizontalScrollRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/reflow/horizontal-scroll";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        if (page.Reflow is not { HorizontalScroll: true } probe)
        {
            yield break;
        }

        // Only content that may need two dimensions sticks out (the criterion's exception): a
        // person judges whether it does and whether the rest reflows.
        var excepted = probe.Offenders.Count > 0 && probe.Offenders.All(o => o.TwoDimensional is not null);
        var message = probe.Offenders.Count == 0
            ? rule.Message("no-offenders", context.Language, ("viewport", probe.ViewportWidth), ("scrollWidth", probe.ScrollWidth))
            : rule.Message(
                excepted ? "two-dimensional" : "default",
                context.Language,
                ("viewport", probe.ViewportWidth),
                ("scrollWidth", probe.ScrollWidth),
                ("offenders", OffenderList.Describe(probe.Offenders, rule, context.Language)));
        // Point at the first element that sticks out: that is where a developer starts.
        var first = probe.Offenders.FirstOrDefault();
        yield return PageFinding.Create(rule, context, page, message, first?.Selector, first?.Snippet, kind: excepted ? FindingKind.NeedsReview : FindingKind.Violation);
    }
}
