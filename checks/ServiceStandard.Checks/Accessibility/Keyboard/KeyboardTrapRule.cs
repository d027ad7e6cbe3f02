using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Keyboard;

/// <summary>WCAG 2.1.2: one finding per place where Tab could not move focus on.</summary>
internal sealed class KeyboardTrapRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/keyboard/trap";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context) =>
        (page.Keyboard?.Traps ?? []).Select(trap => PageFinding.Create(
            rule,
            context,
            page,
            rule.Message("default", context.Language, ("selector", trap.Selector)),
            trap.Selector,
            trap.Snippet));
}
