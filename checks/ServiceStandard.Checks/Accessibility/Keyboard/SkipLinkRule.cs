using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Keyboard;

/// <summary>
/// WCAG 2.4.1 as ACT rule cf77f2 reads it: the blocks before the main content can be bypassed when a
/// skip link leads to the content (ye5d6e; its target needs no tabindex, since following the link
/// moves the focus starting point there), the content is in a main landmark (b40fd1), or it starts
/// with a heading (047fe0). With none of them, a violation. With a landmark or heading but no working
/// skip link in front of several focusable elements, needs review: sighted keyboard users still
/// Tab through them, which the criterion's techniques answer with a skip link.
/// </summary>
internal sealed class SkipLinkRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/keyboard/skip-link";

    /// <summary>Fewer focusable elements than this before the content are not worth a review on their own.</summary>
    private const int ReviewFrom = 3;

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        if (page.Keyboard?.SkipLink is not { FocusablesBeforeMain: > 0 } skip)
        {
            yield break;
        }

        var language = context.Language;
        var structure = skip.MainLandmark || skip.HeadingStartsContent;
        string? problem = null;
        if (!skip.Present)
        {
            if (!structure)
            {
                problem = skip.FocusablesBeforeMain == 1
                    ? rule.Message("missing-one", language)
                    : rule.Message("missing", language, ("count", skip.FocusablesBeforeMain));
            }
            else if (skip.FocusablesBeforeMain >= ReviewFrom)
            {
                yield return PageFinding.Create(rule, context, page, rule.Message("keyboard-only", language, ("count", skip.FocusablesBeforeMain)), kind: FindingKind.NeedsReview);
            }
        }
        else if (!skip.TargetExists)
        {
            problem = rule.Message("target-missing", language, ("target", skip.Target));
        }
        else if (skip.TargetAtContent == false)
        {
            problem = rule.Message("target-before-content", language, ("target", skip.Target));
        }

        if (problem is null)
        {
            yield break;
        }

        yield return structure
            ? PageFinding.Create(rule, context, page, rule.Message("still-bypassed", language, ("problem", problem)), skip.Selector, kind: FindingKind.NeedsReview)
            : PageFinding.Create(rule, context, page, problem, skip.Present ? skip.Selector : null);
    }
}
