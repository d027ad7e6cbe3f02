using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Keyboard;

/// <summary>Reads each page's Tab walk (<see cref="PageSnapshot.Keyboard"/>): traps, unreachable controls, invisible focus, skip link.</summary>
public sealed class KeyboardCheck(CheckCatalog catalog) : PageRuleCheck
{
    public const string CheckId = "accessibility/keyboard";

    public override string Id => CheckId;

    public override IReadOnlyList<IPageRule> Rules { get; } =
    [
        new KeyboardTrapRule(catalog.Rule(KeyboardTrapRule.Id)),
        new KeyboardReachabilityRule(catalog.Rule(KeyboardReachabilityRule.Id)),
        new FocusVisibleRule(catalog.Rule(FocusVisibleRule.Id)),
        new FocusIndicatorContrastRule(catalog.Rule(FocusIndicatorContrastRule.Id)),
        new SkipLinkRule(catalog.Rule(SkipLinkRule.Id)),
        new FocusObscuredRule(catalog.Rule(FocusObscuredRule.Id)),
        new OnFocusRule(catalog.Rule(OnFocusRule.Id)),
    ];

    public override IReadOnlyList<EvidenceKind> RequiredEvidence { get; } = [EvidenceKind.Keyboard];
}
