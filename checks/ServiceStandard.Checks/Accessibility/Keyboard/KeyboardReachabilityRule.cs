using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Keyboard;

/// <summary>
/// WCAG 2.1.1: interactive-looking elements the Tab walk never reached. When the walk stopped early
/// (a trap it could not step past, or the press limit) an unreached element may simply lie beyond
/// where it stopped, so those findings need review instead of being violations.
/// </summary>
internal sealed class KeyboardReachabilityRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/keyboard/not-reachable";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        if (page.Keyboard is null)
        {
            yield break;
        }

        var completed = page.Keyboard.Completed;
        foreach (var element in page.Keyboard.NotReached)
        {
            var message = rule.Message(
                completed ? "default" : "walk-incomplete",
                context.Language,
                ("selector", element.Selector),
                ("reason", Reason(element.Reason, context.Language)));
            yield return PageFinding.Create(
                rule,
                context,
                page,
                message,
                element.Selector,
                element.Snippet,
                kind: completed ? FindingKind.Violation : FindingKind.NeedsReview);
        }
    }

    /// <summary>The gatherer's reason (natively focusable, click handler, role="x") in the report's language.</summary>
    private string Reason(string reason, string language) => reason switch
    {
        "natively focusable" => rule.Message("reason-native", language),
        "click handler" => rule.Message("reason-click", language),
        _ when reason.StartsWith("role=", StringComparison.Ordinal) => rule.Message("reason-role", language, ("role", reason)),
        _ => reason,
    };
}
