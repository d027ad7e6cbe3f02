using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Playwright;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// Keeps a tab's top-level document inside the run's origins at the network layer: every
/// navigation of the main frame (a link, a form submission, <c>location=</c>, a meta refresh, a
/// redirect hop) is paused before it is sent (CDP <c>Fetch</c>, documents only, so scripts, fonts
/// and images load as a user sees them), and one to another origin is aborted instead of sent and
/// recorded as evidence of what the page tried; so is one within the origins that a loaded page
/// starts on its own while it is assessed (held). Aborted, not blocked: Chromium then keeps the page
/// that tried instead of committing an error page, and that page is assessed as it is. A popup
/// a page opens on its own is refused by Chromium's popup blocker (<see cref="ChromiumLaunchFlags.IgnoredDefaults"/>),
/// and frames inside a page load as they would. Chromium may still open a connection (no request)
/// to where a navigation was going, as it starts: its loading predictor runs before any interception.
/// </summary>
internal sealed class NavigationGuard
{
    private static readonly ConditionalWeakTable<IPage, NavigationGuard> Guards = [];
    private readonly ICDPSession _session;
    private readonly Func<Uri, bool> _isAllowed;
    private readonly ConcurrentQueue<BlockedNavigation> _blocked = new();
    private string? _mainFrameId;
    private volatile bool _loaded;

    private NavigationGuard(ICDPSession session, Func<Uri, bool> isAllowed)
    {
        _session = session;
        _isAllowed = isAllowed;
    }

    /// <summary>Starts guarding the tab behind <paramref name="session"/> (whose Page domain is enabled).</summary>
    public static async Task InstallAsync(IPage page, ICDPSession session, Func<Uri, bool> isAllowed)
    {
        var guard = new NavigationGuard(session, isAllowed);
        guard._mainFrameId = (await session.SendAsync("Page.getFrameTree"))?.GetProperty("frameTree").GetProperty("frame").GetProperty("id").GetString();
        session.Event("Fetch.requestPaused").OnEvent += (_, paused) =>
        {
            if (paused is { } details)
            {
                _ = guard.DecideAsync(details.Clone());
            }
        };
        await session.SendAsync("Fetch.enable", new Dictionary<string, object>
        {
            ["patterns"] = new object[] { new Dictionary<string, object> { ["urlPattern"] = "*", ["resourceType"] = "Document", ["requestStage"] = "Request" } },
        });
        Guards.AddOrUpdate(page, guard);
    }

    /// <summary>The guard of a tab, or null for a tab opened without one.</summary>
    public static NavigationGuard? Of(IPage page) => Guards.TryGetValue(page, out var guard) ? guard : null;

    private int _count;

    /// <summary>How many navigations were aborted since the tab opened: a step compares it before and after.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>From now on, a navigation the page starts happens after its load.</summary>
    public void MarkLoaded() => _loaded = true;

    /// <summary>A page is loading: a navigation it starts now is part of its load (a journey's step, a redirect).</summary>
    public void BeginLoading() => _loaded = false;

    /// <summary>A new visit begins: what the last page tried is forgotten, and the new one is loading.</summary>
    public void Reset()
    {
        _loaded = false;
        _blocked.Clear();
    }

    /// <summary>The navigations aborted since the last call, oldest first.</summary>
    public IReadOnlyList<BlockedNavigation> Take()
    {
        var taken = new List<BlockedNavigation>();
        while (_blocked.TryDequeue(out var navigation))
        {
            taken.Add(navigation);
        }

        return taken;
    }

    private async Task DecideAsync(JsonElement paused)
    {
        var requestId = paused.GetProperty("requestId").GetString()!;
        var url = paused.GetProperty("request").GetProperty("url").GetString() ?? string.Empty;
        var frameId = paused.TryGetProperty("frameId", out var frame) ? frame.GetString() : null;
        var mainFrame = _mainFrameId is null || frameId == _mainFrameId;
        var outside = Uri.TryCreate(url, UriKind.Absolute, out var target)
            && (target.Scheme == Uri.UriSchemeHttp || target.Scheme == Uri.UriSchemeHttps)
            && !_isAllowed(target);
        try
        {
            var redirected = paused.TryGetProperty("redirectedRequestId", out var hop) && hop.ValueKind == JsonValueKind.String;
            if (mainFrame && !outside && _loaded && !redirected)
            {
                // Once loaded, the page is assessed as it loaded: a navigation it starts on its own
                // (a meta refresh, location= in a timer) is held, aborted and kept as evidence of
                // the change of context it tried, instead of destroying the page under the probes.
                _blocked.Enqueue(new BlockedNavigation(url, "held"));
                Interlocked.Increment(ref _count);
                await _session.SendAsync("Fetch.failRequest", new Dictionary<string, object> { ["requestId"] = requestId, ["errorReason"] = "Aborted" });
            }
            else if (mainFrame && outside)
            {
                var redirect = paused.TryGetProperty("redirectedRequestId", out var from) && from.ValueKind == JsonValueKind.String;
                _blocked.Enqueue(new BlockedNavigation(url, redirect ? "redirect" : _loaded ? "after-load" : "during-load"));
                Interlocked.Increment(ref _count);
                await _session.SendAsync("Fetch.failRequest", new Dictionary<string, object> { ["requestId"] = requestId, ["errorReason"] = "Aborted" });
            }
            else
            {
                await _session.SendAsync("Fetch.continueRequest", new Dictionary<string, object> { ["requestId"] = requestId });
            }
        }
        catch (PlaywrightException)
        {
            // The tab closed or the request went away meanwhile: nothing was sent on its behalf.
        }
    }
}
