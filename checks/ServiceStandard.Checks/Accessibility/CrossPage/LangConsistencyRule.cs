using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.CrossPage;

/// <summary>
/// WCAG 3.1.1: a page whose <c>lang</c> is not one of the service's declared languages, and a
/// journey step whose language differs from the step before when the URL did not ask for a
/// language (<c>lang=</c>). Languages are compared by primary subtag (en-GB is en). Pages with no
/// lang are left to axe's html-has-lang rule.
/// </summary>
internal sealed class LangConsistencyRule(RuleDescriptor rule) : ISiteRule
{
    public const string Id = "accessibility/cross-page/lang-inconsistent";

    private const string LanguageParameter = "lang";

    public string RuleId => Id;

    public IEnumerable<Finding> Evaluate(IReadOnlyList<PageSnapshot> pages, CheckContext context) =>
        Undeclared(pages, context).Concat(Switches(pages, context));

    private IEnumerable<Finding> Undeclared(IReadOnlyList<PageSnapshot> pages, CheckContext context)
    {
        var declared = context.ServiceLanguages.Select(Primary).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (declared.Count == 0)
        {
            yield break;
        }

        foreach (var page in pages.Where(p => !string.IsNullOrWhiteSpace(p.Lang) && !declared.Contains(Primary(p.Lang!))))
        {
            var message = rule.Message(
                "undeclared",
                context.Language,
                ("lang", page.Lang),
                ("languages", string.Join(", ", context.ServiceLanguages)));
            yield return Create(page, context, message, "undeclared");
        }
    }

    private IEnumerable<Finding> Switches(IReadOnlyList<PageSnapshot> pages, CheckContext context)
    {
        var journeys = pages
            .Where(p => p.Origin.Journey is not null && !string.IsNullOrWhiteSpace(p.Lang))
            .GroupBy(p => p.Origin.Journey!, StringComparer.Ordinal);
        foreach (var journey in journeys)
        {
            PageSnapshot? previous = null;
            foreach (var page in journey.OrderBy(p => p.Origin.Step ?? 0))
            {
                if (previous is not null &&
                    !string.Equals(Primary(previous.Lang!), Primary(page.Lang!), StringComparison.OrdinalIgnoreCase) &&
                    !PageUrls.HasQueryParameter(page.FinalUrl, LanguageParameter) &&
                    !PageUrls.HasQueryParameter(page.RequestedUrl, LanguageParameter))
                {
                    var message = rule.Message(
                        "switch",
                        context.Language,
                        ("previous", previous.Lang),
                        ("lang", page.Lang),
                        ("journey", journey.Key));
                    yield return Create(page, context, message, "switch");
                }

                previous = page;
            }
        }
    }

    private Finding Create(PageSnapshot page, CheckContext context, string message, string discriminator) =>
        PageFinding.Create(rule, context, page, message, "html", $"<html lang=\"{page.Lang}\">", discriminator: discriminator);

    private static string Primary(string language) => language.Trim().Split('-', '_')[0];
}
