using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Content;

/// <summary>
/// WCAG 2.5.4 (ACT c249d5, 7677a9): the page listens to device motion or orientation. Whether what it
/// does can also be done from the user interface, and whether responding to motion can be turned off,
/// needs a person: one needs-review finding per page.
/// </summary>
internal sealed class MotionActuationRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/content/motion-actuation";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        if (page.Content is not { MotionEvents.Count: > 0 } content)
        {
            yield break;
        }

        var message = rule.Message("default", context.Language, ("events", string.Join(", ", content.MotionEvents.Distinct(StringComparer.Ordinal))));
        yield return PageFinding.Create(rule, context, page, message, kind: FindingKind.NeedsReview);
    }
}
