using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Accessibility.Consistency;

/// <summary>
/// Compares the pages of a set (every listed page, crawled page and journey step in one language):
/// repeated navigation in the same order (3.2.3), the same destination named the same way (3.2.4),
/// help in the same place (3.2.6), and whether there is more than one way to reach pages (2.4.5).
/// Reads only the page structure saved in each snapshot, so it runs again on evidence.json.
/// </summary>
public sealed class ConsistencyCheck(CheckCatalog catalog) : IWebCheck
{
    public const string CheckId = "accessibility/consistency";

    public string Id => CheckId;

    public CheckScope Scope => CheckScope.Site;

    public IReadOnlyList<ISiteRule> SiteRules { get; } =
    [
        new ConsistentNavigationRule(catalog.Rule(ConsistentNavigationRule.Id)),
        new ConsistentIdentificationRule(catalog.Rule(ConsistentIdentificationRule.Id)),
        new ConsistentHelpRule(catalog.Rule(ConsistentHelpRule.Id)),
        new MultipleWaysRule(catalog.Rule(MultipleWaysRule.Id)),
    ];

    public IReadOnlyList<EvidenceKind> RequiredEvidence { get; } = [EvidenceKind.PageStructure];

    public IEnumerable<Finding> Run(WebEvidence evidence, CheckContext context)
    {
        var pages = evidence.AssessablePages.ToList();
        return SiteRules.SelectMany(rule => rule.Evaluate(pages, context));
    }
}
