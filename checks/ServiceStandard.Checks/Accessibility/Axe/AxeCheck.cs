using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Axe;

/// <summary>
/// Turns axe-core's results into findings, one per failing element: violations are violations,
/// "incomplete" results need a person's review. Rule ids, help and tags are axe's own.
/// </summary>
public sealed class AxeCheck : IWebCheck
{
    public const string CheckId = "accessibility/axe";

    /// <summary>Joins the parts of an axe target that crosses frames or shadow roots.</summary>
    public const string TargetSeparator = " >>> ";

    public string Id => CheckId;

    public CheckScope Scope => CheckScope.Page;

    public IReadOnlyList<EvidenceKind> RequiredEvidence { get; } = [EvidenceKind.Axe];

    public IEnumerable<Finding> Run(WebEvidence evidence, CheckContext context) => evidence.AssessablePages.SelectMany(Evaluate);

    private static IEnumerable<Finding> Evaluate(PageSnapshot page)
    {
        if (page.Axe is null)
        {
            yield break;
        }

        foreach (var result in page.Axe.Violations)
        {
            foreach (var node in result.Nodes)
            {
                yield return ToFinding(page, result, node, FindingKind.Violation);
            }
        }

        foreach (var result in page.Axe.Incomplete)
        {
            foreach (var node in result.Nodes)
            {
                yield return ToFinding(page, result, node, FindingKind.NeedsReview);
            }
        }
    }

    /// <summary>axe's impact as a severity; axe leaves impact null on some results, which we read as moderate.</summary>
    public static Severity SeverityOf(string? impact) => impact?.ToLowerInvariant() switch
    {
        "critical" => Severity.Critical,
        "serious" => Severity.Serious,
        "minor" => Severity.Minor,
        _ => Severity.Moderate,
    };

    public static string SelectorOf(AxeNode node) => string.Join(TargetSeparator, node.Target);

    private static Finding ToFinding(PageSnapshot page, AxeRuleResult result, AxeNode node, FindingKind kind)
    {
        var selector = SelectorOf(node);
        IEnumerable<string> tags = [.. result.Tags, "accessibility"];
        return new Finding(
            CheckId,
            result.Id,
            SeverityOf(node.Impact ?? result.Impact),
            kind,
            string.IsNullOrWhiteSpace(node.FailureSummary) ? result.Help : node.FailureSummary.Trim(),
            result.Help,
            result.HelpUrl,
            [.. tags.Distinct(StringComparer.Ordinal)],
            PageFinding.Location(page, selector, node.Html),
            Fingerprints.ForPage(CheckId, result.Id, page.FinalUrl, selector));
    }
}
