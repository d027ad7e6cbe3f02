using System.Text.Json;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web.Probes;

/// <summary>The Tab walk (<see cref="KeyboardWalker"/>): where focus goes, what shows it, what it never reaches.</summary>
internal sealed class KeyboardUnit : ProbeUnit
{
    public override EvidenceKind Kind => EvidenceKind.Keyboard;

    public override ProbePhase Phase => ProbePhase.FocusMoving;

    public override string Script => "keyboard.js";

    public override async Task<PageSnapshot> CompleteAsync(ProbeContext context, JsonElement? readOnLoad, PageSnapshot snapshot, CancellationToken cancellationToken) =>
        snapshot with { Keyboard = await KeyboardWalker.WalkAsync(context.Page, canReload: snapshot.Origin.Journey is null && context.FreshLoad, cancellationToken) };
}
