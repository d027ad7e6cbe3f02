using System.Text.RegularExpressions;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Journey;

/// <summary>
/// WCAG 3.2.2: filling a field, choosing an option or ticking a box (a journey's fill, select or
/// check step, never a click or key press) changed the context: the page navigated or a new window
/// opened (failures F36, F37), a violation unless the field's label or hint warns of it, then for a
/// person to confirm; focus moved to another element, for a person to confirm.
/// </summary>
internal sealed partial class OnInputRule(RuleDescriptor rule) : ISiteRule
{
    public const string Id = "accessibility/journey/on-input";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(IReadOnlyList<PageSnapshot> pages, CheckContext context)
    {
        foreach (var journey in JourneyPages.Journeys(pages))
        {
            PageSnapshot? previous = null;
            foreach (var page in journey)
            {
                // The steps on a page's snapshot acted on the page before it.
                var where = previous ?? page;
                foreach (var step in page.Steps.Where(s => s.Kind is "fill" or "select" or "check"))
                {
                    var field = step.Field is { } f ? (string.IsNullOrWhiteSpace(f.Label) ? f.Selector : $"\"{f.Label}\" ({f.Selector})") : step.Selector ?? string.Empty;
                    var selector = step.Field?.Selector ?? step.Selector;
                    if (step.Navigated || step.NewWindow)
                    {
                        var warned = step.Field is { } warnedField && Warning().IsMatch(warnedField.Label + " " + warnedField.Hint);
                        var message = rule.Message(
                            (step.NewWindow ? "new-window" : "navigated") + (warned ? "-warned" : string.Empty),
                            context.Language,
                            ("field", field),
                            ("step", step.Index),
                            ("kind", step.Kind));
                        yield return PageFinding.Create(rule, context, where, message, selector, kind: warned ? FindingKind.NeedsReview : FindingKind.Violation, discriminator: $"step-{step.Index}");
                    }
                    else if (step.FocusAfter is { } after && step.Field is { } moved && after != moved.Selector && after != step.FocusBefore)
                    {
                        var message = rule.Message("focus-moved", context.Language, ("field", field), ("step", step.Index), ("kind", step.Kind), ("focused", after));
                        yield return PageFinding.Create(rule, context, page, message, selector, severity: Severity.Moderate, kind: FindingKind.NeedsReview, discriminator: $"step-{step.Index}");
                    }
                }

                previous = page;
            }
        }
    }

    [GeneratedRegex(@"new (window|tab)|opens?\b|will (go|take|load|change|submit|update)|takes you|automatic|nueva (ventana|pesta)|se abr|autom[aá]tic|le llevar|cambiar[aá]", RegexOptions.IgnoreCase)]
    private static partial Regex Warning();
}
