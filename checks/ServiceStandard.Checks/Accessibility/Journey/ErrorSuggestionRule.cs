using System.Text.RegularExpressions;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Journey;

/// <summary>
/// WCAG 3.3.3: the error messages a page shows (error summary items, the messages of invalid
/// fields) should say how to put the error right. Whether one does is for a person: the page's
/// messages are listed for review, and a message that is empty or only says that something is
/// wrong ("Invalid", "Error", "Inválido") is flagged on its own, with a higher severity. A message
/// that says what to do ("Enter your name") is a suggestion. Related: ACT rule 36b590.
/// </summary>
internal sealed partial class ErrorSuggestionRule(RuleDescriptor rule) : IPageRule
{
    public const string Id = "accessibility/journey/error-suggestion";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(PageSnapshot page, CheckContext context)
    {
        if (page.Forms is not { Errors.Count: > 0 } forms)
        {
            yield break;
        }

        var generic = forms.Errors.Where(e => IsGeneric(e.Text)).ToList();
        foreach (var error in generic)
        {
            var message = rule.Message("generic", context.Language, ("text", error.Text), ("field", error.Field ?? error.Selector));
            yield return PageFinding.Create(rule, context, page, message, error.Selector, severity: Severity.Serious, kind: FindingKind.NeedsReview);
        }

        var others = forms.Errors.Except(generic).Select(e => e.Text).Distinct(StringComparer.Ordinal).ToList();
        if (others.Count > 0)
        {
            var list = rule.Message("list", context.Language, ("count", others.Count), ("texts", string.Join(" | ", others.Take(10).Select(t => $"\"{t}\""))));
            yield return PageFinding.Create(rule, context, page, list, kind: FindingKind.NeedsReview, discriminator: "list");
        }
    }

    /// <summary>Empty, or only saying that something is wrong, once an "Error:" prefix is taken off.</summary>
    public static bool IsGeneric(string text)
    {
        var bare = JourneyPages.Normalise(Prefix().Replace(text, string.Empty));
        return bare.Length == 0 || Generic().IsMatch(bare);
    }

    [GeneratedRegex(@"^\s*(error|fehler)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^(((this|the) )?\w+ (is |was )?)?(invalid|not valid|incorrect|wrong|erroneous|error)$|^(invalid|incorrect|wrong|erroneous) \w+( \w+)?$|^((el |la )?\w+ (es |no es )?)?(invalido|invalida|no valido|no valida|incorrecto|incorrecta|erroneo|erronea|error)$|^error (en|de) (el |la )?\w+$", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();
}
