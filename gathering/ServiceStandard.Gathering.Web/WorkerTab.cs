using Microsoft.Playwright;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// A worker's tab in the shared context, reused from page to page (a new tab per page costs more
/// than the navigation). A failed page discards it and the next call opens a fresh one; a
/// browser relaunch replaces the context and with it the tab.
/// </summary>
internal sealed class WorkerTab(SharedContext shared)
{
    private IPage? _page;

    public async Task<IPage> GetPageAsync()
    {
        var context = await shared.GetAsync();
        if (_page is null || _page.IsClosed || _page.Context != context)
        {
            _page = await ProbeWorld.OpenPageAsync(context, shared.ProbeScript, shared.Request.IsAllowed);
        }

        return _page;
    }

    /// <summary>Closes a hung or crashed tab; only this worker's tab, the other workers go on.</summary>
    public async Task DiscardAsync()
    {
        var page = _page;
        _page = null;
        if (page is null)
        {
            return;
        }

        try
        {
            await page.CloseAsync(new PageCloseOptions { RunBeforeUnload = false }).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // A crashed or hung page may not close cleanly; a new tab is opened anyway.
        }
    }
}
