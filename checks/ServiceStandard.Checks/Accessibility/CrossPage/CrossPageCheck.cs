using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.CrossPage;

/// <summary>
/// Looks at every assessable page at once: titles that repeat across pages, page languages that do
/// not fit the service or change mid-journey, and error summaries that do not lead to the errors.
/// </summary>
public sealed class CrossPageCheck(CheckCatalog catalog) : IWebCheck
{
    public const string CheckId = "accessibility/cross-page";

    public string Id => CheckId;

    public CheckScope Scope => CheckScope.Site;

    public IReadOnlyList<ISiteRule> SiteRules { get; } =
    [
        new DuplicateTitleRule(catalog.Rule(DuplicateTitleRule.Id)),
        new LangConsistencyRule(catalog.Rule(LangConsistencyRule.Id)),
    ];

    public IReadOnlyList<IPageRule> PageRules { get; } =
    [
        new ErrorSummaryFocusRule(catalog.Rule(ErrorSummaryFocusRule.Id)),
        new ErrorSummaryLinkRule(catalog.Rule(ErrorSummaryLinkRule.Id)),
    ];

    /// <summary>Titles and languages are part of every snapshot; error summaries are looked for on request.</summary>
    public IReadOnlyList<EvidenceKind> RequiredEvidence { get; } = [EvidenceKind.ErrorSummary];

    public IEnumerable<Finding> Run(WebEvidence evidence, CheckContext context)
    {
        var pages = evidence.AssessablePages.ToList();
        return SiteRules.SelectMany(rule => rule.Evaluate(pages, context))
            .Concat(pages.SelectMany(page => PageRules.SelectMany(rule => rule.Evaluate(page, context))));
    }
}
