using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Keyboard;

/// <summary>
/// WCAG 3.2.1 On Focus (failure F52 and its kin): one finding per element that, when the Tab walk
/// moved focus onto it, made the page navigate (seen twice: once under Tab, again when focused anew,
/// so a refresh timer that fired meanwhile is not blamed on it).
/// </summary>
internal sealed class OnFocusRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/keyboard/on-focus";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context) =>
        (page.Keyboard?.ContextChanges ?? [])
            .Select(change => PageFinding.Create(
                rule,
                context,
                page,
                rule.Message("default", context.Language, ("selector", change.Selector), ("url", change.Url)),
                change.Selector,
                change.Snippet));
}
