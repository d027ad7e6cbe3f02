using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Gathering.Web;

/// <summary>Progress of a web gathering, for a live bar or plain lines.</summary>
public sealed record GatherProgress(int Done, int Known, string Url, PageError? Error);

/// <summary>The snapshots of a run, and what stopped it if anything did.</summary>
/// <param name="FatalError">Set when nothing could be assessed (no browser, browser would not start).</param>
public sealed record WebGatherOutcome(IReadOnlyList<PageSnapshot> Pages, string? BrowserVersion, int BrowserRestarts, string? FatalError, bool Interrupted);

/// <summary>
/// Visits the candidate service in one Chromium with a small pool of contexts: listed pages, a
/// same-origin crawl and journeys. A page that fails is retried once and then reported as a
/// page error; a crashed browser is relaunched and the run goes on.
/// </summary>
/// <param name="driver">Playwright's driver, when the caller started it early to overlap its start-up with its own.</param>
public sealed class WebGatherer(ILogger? logger = null, BrowserDriver? driver = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public async Task<WebGatherOutcome> GatherAsync(WebGatherRequest request, IProgress<GatherProgress>? progress, CancellationToken cancellationToken)
    {
        var (browserPath, problem) = request.RemoteBrowser is null
            ? BrowserLocator.Locate(request.BrowserPath, Environment.GetEnvironmentVariable, request.Language)
            : (null, null);
        if (problem is not null)
        {
            return new WebGatherOutcome([], null, 0, problem, false);
        }

        await using var host = new BrowserHost(browserPath, driver?.Started, request.RemoteBrowser, request.Language);
        try
        {
            await host.GetAsync();
        }
        catch (RemoteBrowserException ex)
        {
            return new WebGatherOutcome([], null, 0, ex.Message, false);
        }
        catch (PlaywrightException ex)
        {
            return new WebGatherOutcome([], null, 0, request.Message("browser-did-not-start", ("path", browserPath), ("detail", FirstLine(ex.Message))), false);
        }

        var run = new GatherRun(request, host, progress, _logger);
        var interrupted = false;
        try
        {
            await run.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }

        return new WebGatherOutcome(run.Snapshots(), host.Version, host.Restarts, null, interrupted);
    }

    private static readonly TimeSpan CrashRetryPause = TimeSpan.FromMilliseconds(500);

    /// <summary>Test seam: lets a fault test crash the browser mid-run.</summary>
    internal static Func<BrowserHost, int, Task>? AfterPageHook { get; set; }

    internal static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length > 300 ? line[..300] : line;
    }

    private sealed class GatherRun(WebGatherRequest request, BrowserHost host, IProgress<GatherProgress>? progress, ILogger logger)
    {
        private readonly Channel<WorkItem> _queue = Channel.CreateUnbounded<WorkItem>();
        private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);
        private readonly ConcurrentBag<(int Order, int Sub, PageSnapshot Snapshot)> _results = [];
        private readonly string _initScript = InitScript.Build(request.Axe.Locale);
        private readonly PageProber _prober = new(request);
        private readonly List<UrlGlob> _include = [.. (request.Crawl?.Include ?? []).Select(g => new UrlGlob(g))];
        private readonly List<UrlGlob> _exclude = [.. (request.Crawl?.Exclude ?? []).Select(g => new UrlGlob(g))];
        // What an earlier run gathered (assess --resume): pages by normalised URL, journeys by name.
        private readonly Dictionary<string, PageSnapshot> _savedPages = request.Gathered.Where(p => p.Origin.Journey is null)
            .DistinctBy(p => Key(p.RequestedUrl)).ToDictionary(p => Key(p.RequestedUrl), StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<PageSnapshot>> _savedJourneys = request.Gathered.Where(p => p.Origin.Journey is not null)
            .GroupBy(p => p.Origin.Journey!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PageSnapshot>)[.. g.OrderBy(p => p.Origin.Step ?? 0)], StringComparer.Ordinal);
        private RobotsTxt _robots = RobotsTxt.AllowAll;
        private int _outstanding;
        private int _done;
        private int _known;
        private int _order;

        public IReadOnlyList<PageSnapshot> Snapshots() =>
            [.. _results.OrderBy(r => r.Order).ThenBy(r => r.Sub).Select(r => r.Snapshot)];

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            if (request.Crawl is { RespectRobotsTxt: true })
            {
                _robots = await RobotsFetcher.FetchAsync(request.BaseUrl, request.IsAllowed, cancellationToken, request.UserAgentProduct);
                request.Pacer.AtLeast(_robots.CrawlDelay);
            }

            var startPages = request.Pages.Count > 0 || request.Crawl is null ? request.Pages : [request.BaseUrl];
            foreach (var page in startPages)
            {
                Enqueue(new PageItem(page, request.PagesOrigin ?? (request.Crawl is null ? PageOrigin.Listed : PageOrigin.Crawled), 0), force: true);
            }

            if (request.Crawl is not null && request.Pages.Count > 0)
            {
                Enqueue(new PageItem(request.BaseUrl, PageOrigin.Crawled, 0), force: false);
            }

            foreach (var journey in request.Journeys)
            {
                // A journey's pages are counted as they come: how many steps load a page is not known up front.
                Interlocked.Increment(ref _outstanding);
                _queue.Writer.TryWrite(new JourneyItem(journey, Interlocked.Increment(ref _order)));
            }

            if (Volatile.Read(ref _outstanding) == 0)
            {
                _queue.Writer.TryComplete();
            }

            await using var shared = new SharedContext(host, _initScript, request);
            var workers = Enumerable.Range(0, Math.Max(1, request.Concurrency)).Select(_ => WorkAsync(shared, cancellationToken)).ToArray();
            await Task.WhenAll(workers);
        }

        private static string Key(Uri url) => UrlNormalizer.Normalize(url).AbsoluteUri;

        private static string Key(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Key(uri) : url;

        private void Enqueue(PageItem item, bool force)
        {
            var key = Key(item.Url);
            if (!force && request.Crawl is not null && _seen.Count >= request.Crawl.MaxPages)
            {
                return;
            }

            if (!_seen.TryAdd(key, 0))
            {
                return;
            }

            Interlocked.Increment(ref _outstanding);
            Interlocked.Increment(ref _known);
            _queue.Writer.TryWrite(item with { Order = Interlocked.Increment(ref _order) });
        }

        private async Task WorkAsync(SharedContext shared, CancellationToken cancellationToken)
        {
            var tab = new WorkerTab(shared);
            await foreach (var item in _queue.Reader.ReadAllAsync(cancellationToken))
            {
                try
                {
                    switch (item)
                    {
                        case PageItem page:
                            await VisitPageAsync(page, tab, cancellationToken);
                            break;
                        case JourneyItem journey when _savedJourneys.TryGetValue(journey.Plan.Name, out var saved):
                            // Gathered whole by an earlier run: a journey is never resumed half-way.
                            Record(journey.Order, saved);
                            break;
                        case JourneyItem journey:
                            await new JourneyRunner(request, host, _initScript, _prober, logger).RunAsync(
                                journey.Plan,
                                snapshot => Record(journey.Order, snapshot),
                                cancellationToken);
                            break;
                    }
                }
                finally
                {
                    if (Interlocked.Decrement(ref _outstanding) == 0)
                    {
                        _queue.Writer.TryComplete();
                    }
                }
            }
        }

        private void Record(int order, PageSnapshot snapshot) => Record(order, [snapshot]);

        private void Record(int order, IReadOnlyList<PageSnapshot> snapshots)
        {
            // Before anything keeps or shows them: a GET sign-in form leaves its password in the URL.
            IReadOnlyList<PageSnapshot> redacted = [.. snapshots.Select(request.Redactor.Apply)];
            request.OnPageGathered?.Invoke(redacted);
            foreach (var snapshot in redacted)
            {
                var sub = snapshot.Origin.Step ?? 0;
                _results.Add((order, sub, request.Keep is { } keep ? keep(snapshot) : snapshot));
                if (snapshot.Origin.Journey is not null)
                {
                    Interlocked.Increment(ref _known);
                }

                // Counted whether or not anyone listens to progress: the after-page hook reads it too.
                var done = Interlocked.Increment(ref _done);
                progress?.Report(new GatherProgress(done, Volatile.Read(ref _known), snapshot.RequestedUrl, snapshot.Error));
            }
        }

        private async Task VisitPageAsync(PageItem item, WorkerTab tab, CancellationToken cancellationToken)
        {
            if (_savedPages.TryGetValue(Key(item.Url), out var saved))
            {
                // Gathered by an earlier run: kept as it was; a crawl loads the page again for its links only.
                var found = Follows(item, saved) ? await LinksOfAsync(item, tab, cancellationToken) : [];
                Record(item.Order, saved);
                Follow(item, saved, found);
                return;
            }

            if (!request.IsAllowed(item.Url))
            {
                Record(item.Order, ErrorSnapshot(item.Url.AbsoluteUri, item.Origin, new PageError("outside-origin",
                    request.Message("not-visited-outside-origin", ("origin", item.Url.GetLeftPart(UriPartial.Authority)), ("allowed", string.Join(", ", request.AllowedOrigins))))));
                return;
            }

            PageSnapshot? snapshot = null;
            IReadOnlyList<string> links = [];
            for (var attempt = 1; attempt <= 2 && snapshot is null; attempt++)
            {
                try
                {
                    // Bounded like the visit itself: a browser that cannot open a tab must not stall the run.
                    var page = await tab.GetPageAsync().WaitAsync(request.PageTimeout, request.Clock, cancellationToken);

                    // Its turn on the origin, once the tab is ready (so the load starts when its turn
                    // comes) and outside the page's time: a slow pace is not a slow page.
                    await request.Pacer.WaitAsync(item.Url, cancellationToken);
                    var visit = VisitAsync(page, item, request.LinksOnly, cancellationToken);
                    (snapshot, links) = await visit.WaitAsync(request.PageTimeout, request.Clock, cancellationToken);
                }
                catch (Exception ex) when (ex is PlaywrightException or TimeoutException && !cancellationToken.IsCancellationRequested)
                {
                    var error = Classify(ex, request);
                    logger.LogDebug("Attempt {Attempt} at {Url} failed: {Error}", attempt, request.Redactor.Text(item.Url.AbsoluteUri), request.Redactor.Text(error.Message));
                    if (!error.Retryable || attempt == 2)
                    {
                        snapshot = ErrorSnapshot(item.Url.AbsoluteUri, item.Origin, new PageError(error.Kind, error.Message));
                    }

                    // A hung or crashed tab is replaced; after a plain network error (refused,
                    // unresolvable, redirect loop) the tab is fine and is reused.
                    if (error.Retryable)
                    {
                        await tab.DiscardAsync();
                    }

                    // A browser on its way down still looks connected for a moment; the retry
                    // waits for it to be gone (and relaunched) rather than failing against it.
                    if (error.Kind == "crashed" && attempt == 1)
                    {
                        await Task.Delay(CrashRetryPause, cancellationToken);
                    }
                }
            }

            Record(item.Order, snapshot!);
            if (AfterPageHook is { } hook)
            {
                await hook(host, Volatile.Read(ref _done));
            }

            Follow(item, snapshot!, links);
        }

        private bool Follows(PageItem item, PageSnapshot snapshot) =>
            request.Crawl is not null && snapshot.Error is null && item.Depth < request.Crawl.MaxDepth;

        private void Follow(PageItem item, PageSnapshot snapshot, IReadOnlyList<string> links)
        {
            if (!Follows(item, snapshot))
            {
                return;
            }

            foreach (var link in links)
            {
                if (Uri.TryCreate(link, UriKind.Absolute, out var url) && ShouldCrawl(url))
                {
                    Enqueue(new PageItem(url, PageOrigin.Crawled, item.Depth + 1), force: false);
                }
            }
        }

        /// <summary>The links of a page an earlier run gathered, for the crawl: loaded once, nothing probed; none if it fails to load now.</summary>
        private async Task<IReadOnlyList<string>> LinksOfAsync(PageItem item, WorkerTab tab, CancellationToken cancellationToken)
        {
            try
            {
                var page = await tab.GetPageAsync().WaitAsync(request.PageTimeout, request.Clock, cancellationToken);
                await request.Pacer.WaitAsync(item.Url, cancellationToken);
                var (_, links) = await VisitAsync(page, item, linksOnly: true, cancellationToken).WaitAsync(request.PageTimeout, request.Clock, cancellationToken);
                return links;
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                await tab.DiscardAsync();
                return [];
            }
        }

        private bool ShouldCrawl(Uri url)
        {
            if (!request.IsAllowed(url) || request.Crawl is null)
            {
                return false;
            }

            var path = url.AbsolutePath;
            var included = _include.Count == 0 || _include.Any(g => g.IsMatch(path));
            var excluded = _exclude.Any(g => g.IsMatch(path));
            return included && !excluded && _robots.Allows(url.PathAndQuery);
        }

        private async Task<(PageSnapshot, IReadOnlyList<string>)> VisitAsync(IPage page, PageItem item, bool linksOnly, CancellationToken cancellationToken)
        {
            // A redirect to another origin can fail there (refused, unsafe port) before page.Url
            // changes: the failed navigation request tells that the page left the allowed origins.
            // Only failures are listened to, and only during the navigation: a `Request` listener
            // would have the driver relay every sub-resource request of every page.
            Uri? leftTo = null;
            void OnRequestFailed(object? sender, IRequest failed)
            {
                // Only a redirect of the page's own request leaves it (there is no page to assess). A
                // navigation the page started itself (a meta refresh of 0 s or location= that comes
                // before the load has been answered, as happens on a loaded machine) was aborted and
                // the page stays: it is assessed, and what it tried is its evidence.
                if (failed.IsNavigationRequest && failed.Frame == page.MainFrame && failed.RedirectedFrom is not null &&
                    Uri.TryCreate(failed.Url, UriKind.Absolute, out var target) && !request.IsAllowed(target))
                {
                    leftTo ??= target;
                }
            }

            var loading = System.Diagnostics.Stopwatch.StartNew();
            IResponse? response;
            var guard = NavigationGuard.Of(page);
            guard?.Reset();
            page.RequestFailed += OnRequestFailed;
            try
            {
                response = await page.GotoAsync(item.Url.AbsoluteUri, new PageGotoOptions { Timeout = (float)request.PageTimeout.TotalMilliseconds, WaitUntil = WaitUntilState.Load });
            }
            catch (PlaywrightException) when (leftTo is not null)
            {
                response = null;
            }
            finally
            {
                page.RequestFailed -= OnRequestFailed;
                guard?.MarkLoaded();
            }

            // A redirect that succeeded elsewhere shows in the response's redirect chain.
            for (var hop = response?.Request; hop is not null && leftTo is null; hop = hop.RedirectedFrom)
            {
                if (Uri.TryCreate(hop.Url, UriKind.Absolute, out var target) && !request.IsAllowed(target))
                {
                    leftTo = target;
                }
            }

            var loadMilliseconds = loading.Elapsed.TotalMilliseconds;
            var status = response?.Status;
            var finalUrl = leftTo ?? new Uri(page.Url);
            if (!request.IsAllowed(finalUrl))
            {
                return (ErrorSnapshot(item.Url.AbsoluteUri, item.Origin, new PageError("outside-origin", request.Message("redirected-outside-origin", ("url", finalUrl.GetLeftPart(UriPartial.Path))))) with { BlockedNavigations = guard?.Take() ?? [] }, []);
            }

            if (status >= 400)
            {
                return (ErrorSnapshot(item.Url.AbsoluteUri, item.Origin, new PageError("http-error", request.Message("http-error", ("status", status)))) with { Status = status, FinalUrl = page.Url }, []);
            }

            var links = request.Crawl is null ? [] : await ProbeWorld.Of(page).EvaluateAsync<string[]>("() => window.__servicestandard.links()");
            if (linksOnly && request.Outlines)
            {
                var read = await ProbeWorld.Of(page).EvaluateAsync<OutlineRead>("() => window.__servicestandard.outline()");
                var outline = new PageOutline(read.Paths ?? [], read.Features ?? [], [.. (read.Links ?? []).Select(l => new OutlineLink(l.Href ?? string.Empty, l.Text ?? string.Empty))]);
                return (new PageSnapshot { RequestedUrl = item.Url.AbsoluteUri, FinalUrl = page.Url, Status = status, Origin = item.Origin, Title = read.Title ?? string.Empty, Lang = read.Lang, Outline = outline }, links);
            }

            if (linksOnly)
            {
                return (new PageSnapshot { RequestedUrl = item.Url.AbsoluteUri, FinalUrl = page.Url, Status = status, Origin = item.Origin }, links);
            }

            PageSnapshot snapshot;
            try
            {
                snapshot = await _prober.ProbeAsync(page, item.Url.AbsoluteUri, status, item.Origin, freshLoad: true, cancellationToken);
            }
            catch (PlaywrightException ex) when (IsNavigatedAway(ex) && request.IsAllowed(new Uri(page.Url)))
            {
                // An instant redirect (a meta refresh of 0 s, location= on load) can start between the
                // load event and the guard's holding: the page it leads to is the one a user sees.
                await PageLoad.WaitAsync(page, request.PageTimeout);
                guard?.MarkLoaded();
                snapshot = await _prober.ProbeAsync(page, item.Url.AbsoluteUri, status, item.Origin, freshLoad: true, cancellationToken);
            }

            return (snapshot with { LoadMilliseconds = loadMilliseconds }, links);
        }
    }

    /// <summary>Whether the probe failed because the page navigated under it.</summary>
    private static bool IsNavigatedAway(PlaywrightException ex) =>
        ex.Message.Contains("Execution context was destroyed", StringComparison.Ordinal) ||
        ex.Message.Contains("Cannot find context with specified id", StringComparison.Ordinal);

    internal static PageSnapshot ErrorSnapshot(string url, PageOrigin origin, PageError error) =>
        new() { RequestedUrl = url, FinalUrl = url, Origin = origin, Error = error };

    /// <summary>What kind of page error an exception is, its message in the run's language, and whether a retry may help.</summary>
    internal static (string Kind, string Message, bool Retryable) Classify(Exception ex, WebGatherRequest request)
    {
        var message = ex.Message;
        if (ex is RemoteBrowserException)
        {
            // A remote browser that could not be reached again: retrying cannot help.
            return ("crashed", message, false);
        }

        if (ex is TimeoutException || message.Contains("Timeout", StringComparison.Ordinal))
        {
            return ("timeout", request.Message("timeout"), true);
        }

        if (message.Contains("ERR_CONNECTION_REFUSED", StringComparison.Ordinal))
        {
            return ("unreachable", request.Message("connection-refused"), false);
        }

        if (message.Contains("ERR_NAME_NOT_RESOLVED", StringComparison.Ordinal))
        {
            return ("unreachable", request.Message("name-not-resolved"), false);
        }

        if (message.Contains("ERR_ADDRESS_UNREACHABLE", StringComparison.Ordinal) || message.Contains("ERR_CONNECTION", StringComparison.Ordinal))
        {
            return ("unreachable", request.Message("host-unreachable", ("detail", FirstLine(message))), false);
        }

        if (message.Contains("ERR_TOO_MANY_REDIRECTS", StringComparison.Ordinal))
        {
            return ("redirect-loop", request.Message("redirect-loop"), false);
        }

        if (message.Contains("crash", StringComparison.OrdinalIgnoreCase) || message.Contains("closed", StringComparison.OrdinalIgnoreCase) ||
            message.Contains("Failed to open a new tab", StringComparison.Ordinal))
        {
            return ("crashed", request.Message("crashed"), true);
        }

        return ("page-error", request.Message("browser-error", ("detail", FirstLine(message))), true);
    }

    /// <summary>What <c>outline()</c> in Scripts/probe/common.js returns.</summary>
    private sealed record OutlineRead(string? Title, string? Lang, string[]? Paths, string[]? Features, OutlineLinkRead[]? Links);

    private sealed record OutlineLinkRead(string? Href, string? Text);

    private abstract record WorkItem(int Order);

    private sealed record PageItem(Uri Url, PageOrigin Origin, int Depth, int Order = 0) : WorkItem(Order);

    private sealed record JourneyItem(JourneyPlan Plan, int Order) : WorkItem(Order);
}
