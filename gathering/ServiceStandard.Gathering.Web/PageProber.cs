using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using ServiceStandard.Gathering.Web.Probes;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// Gathers the planned evidence from one loaded page with the probe units (<see cref="ProbeUnits"/>),
/// phase by phase so each stays honest: one round trip first for what only reads the page (its state
/// on load, the DOM, and each read-only reader, such as axe), then what moves focus, then what
/// changes the layout, and last what follows in-page links (<see cref="ProbePhase"/>).
/// </summary>
internal sealed class PageProber(WebGatherRequest request)
{
    /// <param name="freshLoad">The page has just loaded: only then does "focus on load" mean anything.</param>
    public async Task<PageSnapshot> ProbeAsync(IPage page, string requestedUrl, int? status, PageOrigin origin, bool freshLoad, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var finalUrl = page.Url;
        var context = new ProbeContext(page, request, freshLoad);
        var units = ProbeUnits.All.Where(u => request.Gathers(u.Kind)).ToList();
        var readers = new Dictionary<string, object>(StringComparer.Ordinal);
        var readerOf = new Dictionary<ProbeUnit, string>();
        foreach (var unit in units)
        {
            if (unit.ReadOnLoad(context) is var (reader, options))
            {
                readers[reader] = options;
                readerOf[unit] = reader;
            }
        }

        var gathered = await ProbeWorld.Of(page).EvaluateAsync<Gathered>("(requests) => window.__servicestandard.gather(requests)", readers);
        // Each unit's share of the time (its reader on load plus its own phase): what a user tunes
        // with --checks, and what BENCHMARKS.md reports per check.
        var spent = units.ToDictionary(u => u.Kind, u => readerOf.TryGetValue(u, out var name) && gathered.Milliseconds?.TryGetValue(name, out var ms) == true ? ms : 0d);
        var readAt = clock.Elapsed.TotalMilliseconds;
        cancellationToken.ThrowIfCancellationRequested();
        var snapshot = new PageSnapshot
        {
            RequestedUrl = requestedUrl,
            FinalUrl = finalUrl,
            Status = status,
            Title = gathered.Initial.Title,
            Lang = gathered.Initial.Lang,
            Html = gathered.Html,
            Origin = origin,
            Probed = [.. Enum.GetValues<EvidenceKind>().Where(request.Gathers)],
        };

        foreach (var phase in Enum.GetValues<ProbePhase>())
        {
            foreach (var unit in units.Where(u => u.Phase == phase))
            {
                JsonElement? read = readerOf.TryGetValue(unit, out var name) && gathered.Read.TryGetValue(name, out var value) ? value : null;
                var started = clock.Elapsed.TotalMilliseconds;
                snapshot = await unit.CompleteAsync(context, read, snapshot, cancellationToken);
                spent[unit.Kind] += clock.Elapsed.TotalMilliseconds - started;
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return snapshot with
        {
            GatherMilliseconds = clock.Elapsed.TotalMilliseconds,
            ProbeMilliseconds = spent.ToDictionary(p => JsonNamingPolicy.KebabCaseLower.ConvertName(p.Key.ToString()), p => Math.Round(p.Value, 1)),
            // What the page tried while it loaded and while it was probed: never sent, reported here.
            BlockedNavigations = NavigationGuard.Of(page)?.Take() ?? [],
        };
    }

    private sealed record Gathered(InitialState Initial, string Html, Dictionary<string, JsonElement> Read, Dictionary<string, double>? Milliseconds);

    private sealed record InitialState(string Title, string? Lang, string? ActiveSelector);
}
