using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Keyboard;

/// <summary>
/// WCAG 2.4.1: at most one finding per page, naming every problem with the skip link: missing while
/// focusable elements come before the main content, not the first Tab stop, pointing at no element,
/// or pointing at an element that cannot take focus.
/// </summary>
internal sealed class SkipLinkRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/keyboard/skip-link";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        if (page.Keyboard?.SkipLink is not { } skip)
        {
            yield break;
        }

        var language = context.Language;
        var problems = new List<string>();
        if (!skip.Present)
        {
            if (skip.FocusablesBeforeMain == 1)
            {
                problems.Add(rule.Message("missing-one", language));
            }
            else if (skip.FocusablesBeforeMain > 1)
            {
                problems.Add(rule.Message("missing", language, ("count", skip.FocusablesBeforeMain)));
            }
        }
        else
        {
            if (!skip.IsFirst)
            {
                problems.Add(rule.Message("not-first", language, ("selector", skip.Selector)));
            }

            if (!skip.TargetExists)
            {
                problems.Add(rule.Message("target-missing", language, ("target", skip.Target)));
            }
            else if (!skip.TargetFocusable)
            {
                problems.Add(rule.Message("target-not-focusable", language, ("target", skip.Target)));
            }
        }

        if (problems.Count > 0)
        {
            yield return PageFinding.Create(rule, context, page, string.Join(" ", problems), skip.Present ? skip.Selector : null);
        }
    }
}
