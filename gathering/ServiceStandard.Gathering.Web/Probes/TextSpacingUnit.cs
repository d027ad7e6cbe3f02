using System.Text.Json;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web.Probes;

/// <summary>WCAG 1.4.12: with the criterion's text spacing applied, what overflows or is newly cut off; the spacing is removed after.</summary>
internal sealed class TextSpacingUnit : ProbeUnit
{
    public override EvidenceKind Kind => EvidenceKind.TextSpacing;

    public override ProbePhase Phase => ProbePhase.LayoutChanging;

    public override string Script => "text-spacing.js";

    public override async Task<PageSnapshot> CompleteAsync(ProbeContext context, JsonElement? readOnLoad, PageSnapshot snapshot, CancellationToken cancellationToken)
    {
        var page = context.Page;
        // Only clipping that the spacing override causes is attributable to 1.4.12.
        var before = await ProbeWorld.Of(page).EvaluateAsync<List<OverflowingElement>>("() => window.__servicestandard.clippedText()");
        await ProbeWorld.Of(page).EvaluateAsync("() => window.__servicestandard.setTextSpacing(true)");
        try
        {
            var overflow = await ProbeWorld.Of(page).EvaluateAsync<ReflowProbe>($"() => window.__servicestandard.overflow({context.Request.ViewportWidth})");
            var after = await ProbeWorld.Of(page).EvaluateAsync<List<OverflowingElement>>("() => window.__servicestandard.clippedText()");
            var newlyClipped = after.Where(a => before.All(b => b.Selector != a.Selector)).Take(5);
            return snapshot with { TextSpacing = overflow with { Offenders = [.. overflow.Offenders, .. newlyClipped] } };
        }
        finally
        {
            await ProbeWorld.Of(page).EvaluateAsync("() => window.__servicestandard.setTextSpacing(false)");
        }
    }
}
