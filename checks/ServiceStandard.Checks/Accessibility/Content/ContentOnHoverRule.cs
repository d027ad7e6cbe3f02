using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Content;

/// <summary>
/// WCAG 1.4.13: content that appeared when the pointer hovered an element. A violation when it covers
/// other content and Escape, with the pointer still on the trigger, did not hide it (not dismissible);
/// needs review when it vanished as the pointer moved onto it (not hoverable: the path may have
/// crossed a gap a person would not). Content in the flow of the page need not be dismissible.
/// </summary>
internal sealed class ContentOnHoverRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/content/content-on-hover";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        foreach (var hover in page.Content?.Hover ?? [])
        {
            if (hover.Obscures && !hover.DismissedByEscape)
            {
                var message = rule.Message("not-dismissible", context.Language, ("trigger", hover.TriggerSelector), ("content", hover.ContentSelector), ("text", hover.Text));
                yield return PageFinding.Create(rule, context, page, message, hover.TriggerSelector, hover.TriggerSnippet, discriminator: hover.ContentSelector);
            }
            else if (hover.Hoverable == false)
            {
                var message = rule.Message("not-hoverable", context.Language, ("trigger", hover.TriggerSelector), ("content", hover.ContentSelector), ("text", hover.Text));
                yield return PageFinding.Create(rule, context, page, message, hover.TriggerSelector, hover.TriggerSnippet, kind: FindingKind.NeedsReview, discriminator: hover.ContentSelector);
            }
        }
    }
}
