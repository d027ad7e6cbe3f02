using System.Text.Json;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web.Probes;

/// <summary>WCAG 1.4.10: the page at 320 CSS px wide (a 1280 px screen at 400% zoom); the viewport is put back after.</summary>
internal sealed class ReflowUnit : ProbeUnit
{
    public override EvidenceKind Kind => EvidenceKind.Reflow;

    public override ProbePhase Phase => ProbePhase.LayoutChanging;

    public override string Script => "reflow.js";

    public override async Task<PageSnapshot> CompleteAsync(ProbeContext context, JsonElement? readOnLoad, PageSnapshot snapshot, CancellationToken cancellationToken)
    {
        var page = context.Page;
        await page.SetViewportSizeAsync(320, 256);
        try
        {
            return snapshot with { Reflow = await ProbeWorld.Of(page).EvaluateAsync<ReflowProbe>("() => window.__servicestandard.overflow(320)") };
        }
        finally
        {
            await page.SetViewportSizeAsync(context.Request.ViewportWidth, context.Request.ViewportHeight);
        }
    }
}
