using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Accessibility.Content;

/// <summary>Reads the content and pointer probe (<see cref="PageSnapshot.Content"/>): pointer, motion, hover, media, images of text, reading order, the contrast of form controls' boundaries.</summary>
public sealed class ContentCheck(CheckCatalog catalog) : PageRuleCheck
{
    public const string CheckId = "accessibility/content";

    public override string Id => CheckId;

    public override IReadOnlyList<IPageRule> Rules { get; } =
    [
        new PointerCancellationRule(catalog.Rule(PointerCancellationRule.Id)),
        new DraggingMovementsRule(catalog.Rule(DraggingMovementsRule.Id)),
        new MotionActuationRule(catalog.Rule(MotionActuationRule.Id)),
        new ContentOnHoverRule(catalog.Rule(ContentOnHoverRule.Id)),
        new MediaAlternativesRule(catalog.Rule(MediaAlternativesRule.Id)),
        new ImagesOfTextRule(catalog.Rule(ImagesOfTextRule.Id)),
        new MeaningfulSequenceRule(catalog.Rule(MeaningfulSequenceRule.Id)),
        new ControlBoundaryContrastRule(catalog.Rule(ControlBoundaryContrastRule.Id)),
    ];

    public override IReadOnlyList<EvidenceKind> RequiredEvidence { get; } = [EvidenceKind.Content];
}
