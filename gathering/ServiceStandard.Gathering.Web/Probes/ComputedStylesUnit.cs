using System.Text.Json;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web.Probes;

/// <summary>For the design-system checks: computed colours, control-like elements and stylesheet banners, read on load.</summary>
internal sealed class ComputedStylesUnit : ProbeUnit
{
    public override EvidenceKind Kind => EvidenceKind.ComputedStyles;

    public override ProbePhase Phase => ProbePhase.ReadOnly;

    public override string Script => "design.js";

    public override (string Reader, object Options)? ReadOnLoad(ProbeContext context) => ("design", new { maxElements = 5000 });

    public override Task<PageSnapshot> CompleteAsync(ProbeContext context, JsonElement? readOnLoad, PageSnapshot snapshot, CancellationToken cancellationToken) =>
        Task.FromResult(snapshot with { Design = Read<DesignProbe>(readOnLoad) });
}
