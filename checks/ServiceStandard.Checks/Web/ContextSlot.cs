using Microsoft.Playwright;

namespace ServiceStandard.Checks.Web;

/// <summary>
/// A worker's browser context for listed and crawled pages, made with the init script and the
/// sign-in steps, and made again after a browser relaunch or a failed page.
/// </summary>
internal sealed class ContextSlot(BrowserHost host, string initScript, WebGatherRequest request) : IAsyncDisposable
{
    private IBrowserContext? _context;
    private IPage? _page;
    private int _generation = -1;

    /// <summary>
    /// The worker's tab, reused from page to page (a new tab per page costs more than the
    /// navigation); a failed page invalidates it and the next call makes a fresh one.
    /// </summary>
    public async Task<IPage> GetPageAsync()
    {
        var context = await GetAsync();
        if (_page is null || _page.IsClosed)
        {
            _page = await context.NewPageAsync();
        }

        return _page;
    }

    public async Task<IBrowserContext> GetAsync()
    {
        if (_context is not null && _generation == host.Generation)
        {
            return _context;
        }

        await DisposeAsync();
        _page = null;
        var browser = await host.GetAsync();
        _generation = host.Generation;
        _context = await NewContextAsync(browser, initScript, request);
        return _context;
    }

    public void Invalidate() => _generation = -1;

    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, string initScript, WebGatherRequest request)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = request.ViewportWidth, Height = request.ViewportHeight },
            ServiceWorkers = ServiceWorkerPolicy.Block,
            Locale = request.Axe.Locale,
        });
        context.SetDefaultTimeout((float)request.StepTimeout.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)request.PageTimeout.TotalMilliseconds);
        await context.AddInitScriptAsync(initScript);
        if (request.SignIn.Count > 0)
        {
            var page = await context.NewPageAsync();
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

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            try
            {
                await _context.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // The browser may already be gone.
            }

            _context = null;
        }
    }
}
