using Microsoft.Playwright;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// One Chromium for the whole run, relaunched if it crashes so the run can go on. Contexts made
/// before a relaunch are stale; <see cref="Generation"/> tells workers to make new ones.
/// </summary>
internal sealed class BrowserHost(string executablePath, Task<IPlaywright>? startedDriver = null) : IAsyncDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public int Generation { get; private set; }

    public int Restarts { get; private set; }

    public string? Version => _browser?.Version;

    public async Task<IBrowser> GetAsync()
    {
        var current = _browser;
        if (current is { IsConnected: true })
        {
            return current;
        }

        await _lock.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }

            if (_browser is not null)
            {
                Restarts++;
                await _browser.DisposeAsync();
            }

            _playwright ??= await (startedDriver ?? BrowserDriver.CreatePlaywrightAsync());
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executablePath,
                Headless = true,
                Args = ChromiumLaunchFlags.All,
                IgnoreDefaultArgs = ChromiumLaunchFlags.IgnoredDefaults,
                Timeout = 60_000,
            });
            Generation++;
            return _browser;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Used by fault tests: kill the browser process as a crash would.</summary>
    public async Task CloseForTestAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            try
            {
                await _browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                // Already gone (a crashed browser has nothing to close), or not answering: ending
                // the driver below ends the browser it launched.
            }
        }

        _playwright?.Dispose();
        _lock.Dispose();
    }
}
