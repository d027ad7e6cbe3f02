using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Journey;

/// <summary>
/// Forms and journeys (WCAG 3.2.2, 3.3.3, 3.3.4, 3.3.7, 3.3.8, 4.1.3): reads each page's form fields,
/// error messages and CAPTCHAs (<see cref="PageSnapshot.Forms"/>) and what each journey step did
/// (<see cref="PageSnapshot.Steps"/>): information asked for again, authentication that blocks
/// pasting or asks for a puzzle, submissions without a review, fields that change the context,
/// messages that are not announced, and error messages to read.
/// </summary>
public sealed class JourneyCheck(CheckCatalog catalog) : IWebCheck
{
    public const string CheckId = "accessibility/journey";

    public string Id => CheckId;

    public CheckScope Scope => CheckScope.Site;

    public IReadOnlyList<ISiteRule> SiteRules { get; } =
    [
        new RedundantEntryRule(catalog.Rule(RedundantEntryRule.Id)),
        new ErrorPreventionRule(catalog.Rule(ErrorPreventionRule.Id)),
        new OnInputRule(catalog.Rule(OnInputRule.Id)),
    ];

    public IReadOnlyList<IPageRule> PageRules { get; } =
    [
        new AccessibleAuthenticationRule(catalog.Rule(AccessibleAuthenticationRule.Id)),
        new StatusMessageRule(catalog.Rule(StatusMessageRule.Id)),
        new ErrorSuggestionRule(catalog.Rule(ErrorSuggestionRule.Id)),
    ];

    public IReadOnlyList<EvidenceKind> RequiredEvidence { get; } = [EvidenceKind.Forms];

    public IEnumerable<Finding> Run(WebEvidence evidence, CheckContext context)
    {
        var pages = evidence.AssessablePages.ToList();
        // A field that navigates on its own can break the journey's next step: the on-input rule
        // reads the steps of every page, failed ones included.
        return SiteRules.SelectMany(rule => rule.Evaluate(rule is OnInputRule ? evidence.Pages : pages, context))
            .Concat(pages.SelectMany(page => PageRules.SelectMany(rule => rule.Evaluate(page, context))));
    }
}
