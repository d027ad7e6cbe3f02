using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Content;

/// <summary>
/// WCAG 1.3.2 (technique C27, failures F1, F34): a flex or grid container whose children with text
/// or controls are shown in another order than the DOM gives them to screen readers and the
/// keyboard. Whether the change of order changes the meaning is for a person: needs review, with
/// both orders.
/// </summary>
internal sealed class MeaningfulSequenceRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/content/meaningful-sequence";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        foreach (var block in page.Content?.Reordered ?? [])
        {
            var message = rule.Message(
                "default",
                context.Language,
                ("element", block.Selector),
                ("reason", block.Reason),
                ("dom", string.Join(" | ", block.DomOrder)),
                ("visual", string.Join(" | ", block.VisualOrder)));
            yield return PageFinding.Create(rule, context, page, message, block.Selector, block.Snippet, kind: FindingKind.NeedsReview);
        }
    }
}
