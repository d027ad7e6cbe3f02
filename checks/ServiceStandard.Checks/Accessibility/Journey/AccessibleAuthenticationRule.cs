using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Journey;

/// <summary>
/// WCAG 3.3.8: a credential or username field where the page cancels a paste (so a password manager
/// or a copied code cannot be used: failure F109), a violation; a credential field with
/// autocomplete="off", and a CAPTCHA widget (a cognitive function test unless an alternative
/// exists or it only asks to recognise objects), for a person to confirm. A missing autocomplete
/// alone is not a failure.
/// </summary>
internal sealed class AccessibleAuthenticationRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/journey/accessible-authentication";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        if (page.Forms is not { } forms)
        {
            yield break;
        }

        foreach (var field in forms.Fields.Where(f => f.PasteBlocked == true))
        {
            var message = rule.Message(field.Credential ? "paste-blocked" : "paste-blocked-username", context.Language, ("field", Describe(field)));
            yield return PageFinding.Create(rule, context, page, message, field.Selector);
        }

        foreach (var field in forms.Fields.Where(f => f.Credential && f.PasteBlocked != true && string.Equals(f.Autocomplete?.Trim(), "off", StringComparison.OrdinalIgnoreCase)))
        {
            var message = rule.Message("autocomplete-off", context.Language, ("field", Describe(field)));
            yield return PageFinding.Create(rule, context, page, message, field.Selector, severity: Severity.Moderate, kind: FindingKind.NeedsReview);
        }

        foreach (var captcha in forms.Captchas)
        {
            var message = rule.Message("captcha", context.Language, ("kind", captcha.Kind), ("selector", captcha.Selector));
            yield return PageFinding.Create(rule, context, page, message, captcha.Selector, captcha.Snippet, kind: FindingKind.NeedsReview);
        }
    }

    private static string Describe(FormField field) =>
        string.IsNullOrWhiteSpace(field.Label) ? field.Selector : $"\"{field.Label}\" ({field.Selector})";
}
