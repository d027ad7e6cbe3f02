using Microsoft.Playwright;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// Waits for a page's load event. Playwright's .NET client looks at the load states it has seen and
/// then waits for the next one; its messages are read on another thread, so a state that arrives in
/// between is missed and the wait runs to its timeout on a page that has loaded (a journey step
/// failed this way about once in ten runs of the sample service on two loaded cores). Short waits,
/// each looking again, cannot miss it.
/// </summary>
internal static class PageLoad
{
    private static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(250);

    public static async Task WaitAsync(IPage page, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            var slice = left < Slice ? left : Slice;
            try
            {
                await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = (float)Math.Max(1, slice.TotalMilliseconds) });
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                // Look again: the load may have come while the client was not listening.
            }
        }
    }
}
