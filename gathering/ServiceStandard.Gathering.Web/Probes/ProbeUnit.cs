using System.Text.Json;
using Microsoft.Playwright;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web.Probes;

/// <summary>
/// When a unit may touch the page, in the order the phases run: what only reads the page goes
/// first (in one round trip, before anything moves focus), then what moves focus, then what
/// changes the layout (and puts it back), and last what follows links within the page (which moves
/// focus and the URL fragment, undone at the end).
/// </summary>
internal enum ProbePhase
{
    ReadOnly,
    FocusMoving,
    LayoutChanging,
    FragmentChanging,
}

/// <summary>What a unit works with on one page.</summary>
internal sealed record ProbeContext(IPage Page, WebGatherRequest Request, bool FreshLoad);

/// <summary>
/// One kind of evidence from a loaded page: its in-page script (<c>Scripts/probe/&lt;Script&gt;</c>),
/// what it reads in the read-only round trip (if anything), and what it does in its phase. Adding
/// evidence is one unit here, its script, and its place in <see cref="ProbeUnits.All"/>.
/// </summary>
internal abstract class ProbeUnit
{
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public abstract EvidenceKind Kind { get; }

    /// <summary>The phase of <see cref="CompleteAsync"/>.</summary>
    public abstract ProbePhase Phase { get; }

    /// <summary>Its in-page script, a file of <c>Scripts/probe/</c>.</summary>
    public abstract string Script { get; }

    /// <summary>The name of its read-only reader in the script and the options to pass it; null when it reads nothing on load.</summary>
    public virtual (string Reader, object Options)? ReadOnLoad(ProbeContext context) => null;

    /// <summary>Adds its evidence to the snapshot, from what its reader read on load (if it has one) and from the page.</summary>
    public abstract Task<PageSnapshot> CompleteAsync(ProbeContext context, JsonElement? readOnLoad, PageSnapshot snapshot, CancellationToken cancellationToken);

    protected static T? Read<T>(JsonElement? element) =>
        element is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value ? value.Deserialize<T>(Json) : default;
}
