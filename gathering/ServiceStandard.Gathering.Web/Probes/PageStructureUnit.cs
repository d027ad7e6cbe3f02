using System.Text.Json;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web.Probes;

/// <summary>For the rules that compare pages: landmarks, links, buttons and forms in document order, read on load.</summary>
internal sealed class PageStructureUnit : ProbeUnit
{
    public override EvidenceKind Kind => EvidenceKind.PageStructure;

    public override ProbePhase Phase => ProbePhase.ReadOnly;

    public override string Script => "structure.js";

    public override (string Reader, object Options)? ReadOnLoad(ProbeContext context) =>
        ("structure", new { maxLandmarks = 60, maxControls = 400, maxForms = 30 });

    public override Task<PageSnapshot> CompleteAsync(ProbeContext context, JsonElement? readOnLoad, PageSnapshot snapshot, CancellationToken cancellationToken) =>
        Task.FromResult(snapshot with { Structure = Read<StructureProbe>(readOnLoad) });
}
