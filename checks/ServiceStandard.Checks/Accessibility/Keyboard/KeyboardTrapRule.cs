using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Keyboard;

/// <summary>
/// WCAG 2.1.2 (ACT rules a1b64e, ebe86a and their composite 80af7b): one finding per region focus
/// could not leave with Tab, Shift+Tab or Escape. A violation when nothing on the page says how to
/// leave, or the keys it advises do not work; needs review when the page says something about
/// leaving that a machine cannot try.
/// </summary>
internal sealed class KeyboardTrapRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/keyboard/trap";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context) =>
        (page.Keyboard?.Traps ?? []).Select(trap => PageFinding.Create(
            rule,
            context,
            page,
            rule.Message(
                trap.Kind switch
                {
                    KeyboardTrap.AdvisedKeysFail => "advised-keys-fail",
                    KeyboardTrap.AdviceToReview => "advice-to-review",
                    _ => "default",
                },
                context.Language,
                ("selector", trap.Selector),
                ("advice", trap.Advice ?? string.Empty),
                ("keys", trap.AdvisedKeys ?? string.Empty)),
            trap.Selector,
            trap.Snippet,
            kind: trap.Kind == KeyboardTrap.AdviceToReview ? FindingKind.NeedsReview : FindingKind.Violation));
}
