using ServiceStandard.Checks.Accessibility;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.DesignSystem.Engine;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.DesignSystem;

/// <summary>
/// <c>design-system/contract</c>: every instance of every component of the pack on every page,
/// against its contract. Rule ids, messages, help and WCAG criteria come from the contracts
/// (<c>button/unknown-modifier</c>), so findings name the component, the rule and the element.
/// </summary>
public sealed class ContractCheck(PageAnalyses analyses) : IWebCheck
{
    public const string CheckId = "design-system/contract";

    public string Id => CheckId;

    public CheckScope Scope => CheckScope.Page;

    public IReadOnlyList<EvidenceKind> RequiredEvidence { get; } = [EvidenceKind.Html];

    public IEnumerable<Finding> Run(WebEvidence evidence, CheckContext context)
    {
        foreach (var page in evidence.AssessablePages.Where(p => p.Html.Length > 0))
        {
            foreach (var violation in analyses.For(page).Evaluation.Violations)
            {
                yield return ToFinding(violation, page, context.Language);
            }
        }
    }

    /// <summary>The shared Finding for a contract violation on <paramref name="page"/>.</summary>
    public static Finding ToFinding(ContractViolation violation, PageSnapshot page, string language) =>
        new(
            CheckId,
            violation.RuleId,
            (Severity)(int)violation.Severity,
            FindingKind.Violation,
            violation.Message(language),
            violation.Help(language),
            violation.HelpUrl,
            [DesignSystemChecks.Family, .. WcagTagsOf(violation.Wcag)],
            PageFinding.Location(page, violation.Selector, violation.Snippet),
            Fingerprints.ForPage(CheckId, violation.RuleId, page.FinalUrl, violation.Selector, violation.Discriminator));

    /// <summary>The level and criterion tags (wcag2a, wcag111) of WCAG success criteria given by number.</summary>
    public static IEnumerable<string> WcagTagsOf(IReadOnlyList<string> numbers)
    {
        var tags = new List<string>();
        foreach (var number in numbers)
        {
            var criterion = ServiceStandard.Standard.Wcag.WcagCatalog.Wcag22.Find(number);
            if (criterion is not null)
            {
                tags.Add(Descriptors.WcagTags.LevelTag(criterion));
                tags.Add(criterion.AxeTag);
            }
        }

        return tags.Distinct(StringComparer.Ordinal);
    }
}
