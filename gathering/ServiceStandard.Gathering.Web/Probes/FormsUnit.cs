using System.Text.Json;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web.Probes;

/// <summary>
/// Forms: the fields as the page loaded (whether each had a value, never the value), error
/// messages, CAPTCHA widgets, review and declaration cues, read before anything touches the page;
/// then, last of all, a paste dispatched into each credential or username field to see whether the
/// page cancels it (the field's value is put back).
/// </summary>
internal sealed class FormsUnit : ProbeUnit
{
    public override EvidenceKind Kind => EvidenceKind.Forms;

    public override ProbePhase Phase => ProbePhase.FragmentChanging;

    public override string Script => "forms.js";

    public override (string Reader, object Options)? ReadOnLoad(ProbeContext context) => ("forms", new { });

    public override async Task<PageSnapshot> CompleteAsync(ProbeContext context, JsonElement? readOnLoad, PageSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (Read<FormsProbe>(readOnLoad) is not { } forms)
        {
            return snapshot;
        }

        var hasCredential = forms.Fields.Any(f => f.Credential);
        var tested = forms.Fields
            .Select((field, index) => (field, index))
            .Where(f => f.field.Credential || (hasCredential && IsUsername(f.field)))
            .Take(10)
            .ToList();
        if (tested.Count == 0)
        {
            return snapshot with { Forms = forms };
        }

        var blocked = await ProbeWorld.Of(context.Page).EvaluateAsync<List<bool?>>(
            "(selectors) => window.__servicestandard.pasteTest(selectors)", tested.Select(t => t.field.Selector).ToList());
        var fields = forms.Fields.ToList();
        for (var i = 0; i < tested.Count && i < blocked.Count; i++)
        {
            fields[tested[i].index] = tested[i].field with { PasteBlocked = blocked[i] };
        }

        return snapshot with { Forms = forms with { Fields = fields } };
    }

    private static bool IsUsername(FormField field) =>
        field.Type is "text" or "email" or "tel" &&
        ((field.Autocomplete ?? string.Empty).Contains("username", StringComparison.OrdinalIgnoreCase) ||
         (field.Autocomplete ?? string.Empty).Contains("email", StringComparison.OrdinalIgnoreCase) ||
         field.Type == "email" ||
         (field.Name ?? field.Id ?? string.Empty).Contains("user", StringComparison.OrdinalIgnoreCase) ||
         (field.Name ?? field.Id ?? string.Empty).Contains("usuario", StringComparison.OrdinalIgnoreCase));
}
