using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Keyboard;

/// <summary>
/// WCAG 2.4.11 Focus Not Obscured (Minimum): one finding per Tab stop that, once the browser had
/// scrolled it into view, was entirely hidden behind opaque content fixed in place by the author
/// (a sticky header or footer, a cookie banner, a chat panel). Partly hidden passes this criterion.
/// </summary>
internal sealed class FocusObscuredRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/keyboard/focus-obscured";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context) =>
        (page.Keyboard?.Stops ?? [])
            .Where(stop => stop.ObscuredBy is not null)
            .Select(stop => PageFinding.Create(
                rule,
                context,
                page,
                rule.Message("default", context.Language, ("selector", stop.Selector), ("cover", stop.ObscuredBy)),
                stop.Selector,
                stop.Snippet));
}
