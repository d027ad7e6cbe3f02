using System.Text.Json;
using Microsoft.Playwright;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web.Probes;

/// <summary>
/// The error summary: as the page loaded (was it focused?), read before anything moves focus; then,
/// last of all, each of its links followed, to see whether focus lands on the field it names. Only
/// on a fresh load: after a journey step's own actions, "focused on load" means nothing.
/// </summary>
internal sealed class ErrorSummaryUnit : ProbeUnit
{
    public override EvidenceKind Kind => EvidenceKind.ErrorSummary;

    public override ProbePhase Phase => ProbePhase.FragmentChanging;

    public override string Script => "error-summary.js";

    public override (string Reader, object Options)? ReadOnLoad(ProbeContext context) =>
        context.FreshLoad ? ("errorSummary", new { }) : null;

    public override async Task<PageSnapshot> CompleteAsync(ProbeContext context, JsonElement? readOnLoad, PageSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (Read<InitialErrorSummary>(readOnLoad) is not { } summary)
        {
            return snapshot;
        }

        var page = context.Page;
        var links = new List<ErrorSummaryLinkProbe>();
        foreach (var link in summary.Links)
        {
            var moved = false;
            string? focused = null;
            try
            {
                await page.Locator(link.Selector).First.ClickAsync(new() { Timeout = 2000 });
                var active = await ProbeWorld.Of(page).EvaluateAsync<ActiveElement?>("() => window.__servicestandard.activeSelector()");
                focused = active?.Selector;
                var targetId = Uri.UnescapeDataString(link.Href.TrimStart('#'));
                moved = active is not null && active.Tag is "input" or "select" or "textarea" &&
                        (active.Id == targetId || await ProbeWorld.Of(page).EvaluateAsync<bool>(
                            "([id]) => { const t = document.getElementById(id); return !!t && t.contains(document.activeElement); }", new[] { targetId }));
            }
            catch (PlaywrightException)
            {
                moved = false;
            }

            links.Add(new ErrorSummaryLinkProbe(link.Text, link.Href, link.TargetExists, moved, focused));
        }

        await ProbeWorld.Of(page).EvaluateAsync("() => window.__servicestandard.clearFragment()");
        return snapshot with { ErrorSummary = new ErrorSummaryProbe(summary.Selector, summary.Snippet, summary.FocusedOnLoad, summary.FocusedOnLoadSelector, links) };
    }

    private sealed record InitialErrorSummary(string Selector, string Snippet, bool FocusedOnLoad, string? FocusedOnLoadSelector, List<InitialErrorLink> Links);

    private sealed record InitialErrorLink(int Index, string Text, string Href, bool TargetExists, string Selector);

    private sealed record ActiveElement(string Selector, string Tag, string? Id);
}
