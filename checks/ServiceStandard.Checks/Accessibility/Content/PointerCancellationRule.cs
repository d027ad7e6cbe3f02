using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Content;

/// <summary>
/// WCAG 2.5.2: elements that listen to a down-event (mousedown, pointerdown, touchstart) and to no
/// up-event or click, so whatever they do happens on the down-event. What the listener does cannot be
/// known from outside: needs review. Form controls (whose own action comes on the up-event) and
/// dragged elements (2.5.7) are left out.
/// </summary>
internal sealed class PointerCancellationRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/content/pointer-cancellation";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        var targets = page.Content?.PointerTargets
            .Where(t => t.ListensDown() && !t.ListensUpOrClick() && !t.NativeControl && !t.IsDragged())
            .Take(PointerEvents.Named) ?? [];
        foreach (var target in targets)
        {
            var message = rule.Message(
                "default",
                context.Language,
                ("element", target.Selector),
                ("name", target.Name),
                ("events", string.Join(", ", target.Events)));
            yield return PageFinding.Create(rule, context, page, message, target.Selector, target.Snippet, kind: FindingKind.NeedsReview);
        }
    }
}
