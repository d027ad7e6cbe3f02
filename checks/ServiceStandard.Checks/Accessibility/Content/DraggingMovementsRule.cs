using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Content;

/// <summary>
/// WCAG 2.5.7: elements operated by dragging (draggable, drag sources, custom sliders, pressed and
/// moved) with no button or input beside them that could be the single-pointer alternative. Whether
/// one exists elsewhere cannot be known: needs review.
/// </summary>
internal sealed class DraggingMovementsRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/content/dragging-movements";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        var targets = page.Content?.PointerTargets
            .Where(t => t.IsDragged() && t.NearbyButtons == 0 && !(t.NativeControl && t.Role != "slider"))
            .Take(PointerEvents.Named) ?? [];
        foreach (var target in targets)
        {
            var how = target.Draggable || target.Events.Contains("dragstart") ? "drag" : target.Role == "slider" ? "slider" : "press-move";
            var message = rule.Message(
                "default",
                context.Language,
                ("element", target.Selector),
                ("name", target.Name),
                ("how", rule.Message("how-" + how, context.Language)));
            yield return PageFinding.Create(rule, context, page, message, target.Selector, target.Snippet, kind: FindingKind.NeedsReview);
        }
    }
}
