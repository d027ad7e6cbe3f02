using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Html;

/// <summary>Reads each page's final serialised DOM (<see cref="PageSnapshot.Html"/>) for structural problems.</summary>
public sealed class HtmlCheck(CheckCatalog catalog) : PageRuleCheck
{
    public const string CheckId = "accessibility/html";

    public override string Id => CheckId;

    public override IReadOnlyList<IPageRule> Rules { get; } = [new DuplicateIdRule(catalog.Rule(DuplicateIdRule.Id))];

    public override IReadOnlyList<EvidenceKind> RequiredEvidence { get; } = [EvidenceKind.Html];
}
