using Microsoft.Playwright;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// The one browser context that the workers share for listed and crawled pages (each worker has
/// its own tab in it), made with the init script and the sign-in steps, and made again after a
/// browser relaunch. One context rather than one per worker: Chromium keeps a spare renderer
/// process for the context that last navigated, so tabs in two contexts take turns throwing it
/// away, and a renderer is started and killed for nearly every page (measured: ~1.4 CPU-s more
/// and ~1 s more wall time over the 50-page benchmark corpus).
/// </summary>
internal sealed class SharedContext(BrowserHost host, string initScript, WebGatherRequest request) : IAsyncDisposable
{
    /// <summary>The probe's script, for each tab's isolated world (<see cref="ProbeWorld.OpenPageAsync"/>).</summary>
    public string ProbeScript => initScript;

    /// <summary>The run's request: its origins guard every tab of the context.</summary>
    public WebGatherRequest Request => request;

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private IBrowserContext? _context;
    private int _generation = -1;

    /// <summary>The context for the running browser; relaunches a crashed browser first.</summary>
    public async Task<IBrowserContext> GetAsync()
    {
        var browser = await host.GetAsync();
        var current = _context;
        if (current is not null && _generation == host.Generation)
        {
            return current;
        }

        await _lock.WaitAsync();
        try
        {
            if (_context is not null && _generation == host.Generation)
            {
                return _context;
            }

            // A context of a crashed browser is gone with it; closing it only tidies up.
            await CloseAsync(_context);
            _context = await NewContextAsync(browser, request);
            _generation = host.Generation;
            return _context;
        }
        finally
        {
            _lock.Release();
        }
    }

    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, WebGatherRequest request)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            UserAgent = await UserAgentAsync(browser, request),
            ViewportSize = new ViewportSize { Width = request.ViewportWidth, Height = request.ViewportHeight },
            ServiceWorkers = ServiceWorkerPolicy.Block,
            Locale = request.Axe.Locale,
        });
        context.SetDefaultTimeout((float)request.StepTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)request.PageTimeout.TotalMilliseconds);
        await context.AddInitScriptAsync(InitScript.PageHook);
        if (request.SignIn.Count > 0)
        {
            // Guarded like any tab: a sign-in form may post or redirect to another origin.
            var page = await ProbeWorld.OpenPageAsync(context, string.Empty, request.IsAllowed);
            try
            {
                foreach (var step in request.SignIn)
                {
                    await JourneyRunner.PerformAsync(page, step, request);
                }
            }
            finally
            {
                await page.CloseAsync();
            }
        }

        return context;
    }

    /// <summary>The browser's own User-Agent with the tool's product token (and contact) after it; null when the request adds none.</summary>
    private static async Task<string?> UserAgentAsync(IBrowser browser, WebGatherRequest request)
    {
        if (request.UserAgentProduct is null)
        {
            return null;
        }

        // Read once per browser, from a blank page of a context of its own.
        var own = await DefaultUserAgents.GetValue(browser, ReadUserAgentAsync);
        return $"{own} {request.UserAgentProduct}";
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IBrowser, Task<string>> DefaultUserAgents = [];

    private static async Task<string> ReadUserAgentAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            return await page.EvaluateAsync<string>("() => navigator.userAgent");
        }
        finally
        {
            await CloseAsync(context);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync(_context);
        _context = null;
        _lock.Dispose();
    }

    private static async Task CloseAsync(IBrowserContext? context)
    {
        if (context is null)
        {
            return;
        }

        try
        {
            await context.CloseAsync().WaitAsync(CloseTimeout);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // The browser may already be gone, or too wedged to answer; the browser's own
            // shutdown ends what is left.
        }
    }
}
