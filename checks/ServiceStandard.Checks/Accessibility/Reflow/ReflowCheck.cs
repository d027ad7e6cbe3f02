using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Reflow;

/// <summary>Reads the narrow-viewport and text-spacing probes (<see cref="PageSnapshot.Reflow"/>, <see cref="PageSnapshot.TextSpacing"/>).</summary>
public sealed class ReflowCheck(CheckCatalog catalog) : PageRuleCheck
{
    public const string CheckId = "accessibility/reflow";

    public override string Id => CheckId;

    public override IReadOnlyList<IPageRule> Rules { get; } =
    [
        new HorizontalScrollRule(catalog.Rule(HorizontalScrollRule.Id)),
        new TextSpacingRule(catalog.Rule(TextSpacingRule.Id)),
    ];

    public override IReadOnlyList<EvidenceKind> RequiredEvidence { get; } = [EvidenceKind.Reflow, EvidenceKind.TextSpacing];
}
