using Microsoft.Playwright;

namespace ServiceStandard.Testing;

/// <summary>
/// Waits that poll the page instead of waiting for Playwright's events. On two loaded cores the .NET
/// client can miss the event a wait is listening for (a navigation that completed, a file chooser
/// that opened), and the wait then times out on a page that is already where it should be; the
/// gatherer works round the same race (<c>PageLoad</c>). Polling sees the state, however it came.
/// </summary>
public static class PageWaits
{
    /// <summary>Until the page is at <paramref name="url"/> (exactly, or ending with it when it starts with "**") and loaded.</summary>
    public static async Task UntilAtAsync(IPage page, string url, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(url);
        var matches = url.StartsWith("**", StringComparison.Ordinal)
            ? (Func<string, bool>)(u => u.EndsWith(url[2..], StringComparison.Ordinal))
            : u => u == url;
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        var at = string.Empty;
        while (true)
        {
            try
            {
                // The page's own answer, not the client's record of its navigations.
                var state = await page.EvaluateAsync<string[]>("() => [location.href, document.readyState]");
                at = state[0];
                if (matches(at) && state[1] == "complete")
                {
                    return;
                }
            }
            catch (PlaywrightException)
            {
                // The document went away mid-question (still navigating): ask again.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the page did not reach {url} (it is at {at})");
            }

            await Task.Delay(100);
        }
    }
}
