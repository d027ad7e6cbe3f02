using Microsoft.Playwright;
using ServiceStandard.Configuration;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// One Chromium for the whole run, relaunched if it crashes so the run can go on; or, with a
/// <see cref="RemoteBrowser"/>, one connection to a browser elsewhere, made again (a few attempts)
/// if it drops. Contexts made before a relaunch are stale; <see cref="Generation"/> tells workers
/// to make new ones.
/// </summary>
internal sealed class BrowserHost(string? executablePath, Task<IPlaywright>? startedDriver = null, RemoteBrowser? remote = null, string language = "en") : IAsyncDisposable
{
    /// <summary>Attempts to reach a lost remote browser again, a second more apart each time.</summary>
    private const int ReconnectAttempts = 3;

    /// <summary>Reconnections in one run before a remote browser that keeps dropping counts as lost.</summary>
    private const int MaxReconnects = 5;

    private readonly SemaphoreSlim _lock = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _lost;

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

            if (_lost is not null)
            {
                // A remote browser that could not be reached again stays lost for the run.
                throw new RemoteBrowserException(_lost);
            }

            if (_browser is not null)
            {
                Restarts++;
                await _browser.DisposeAsync();
            }

            _playwright ??= await (startedDriver ?? BrowserDriver.CreatePlaywrightAsync());
            _browser = remote is null
                ? await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = executablePath,
                    Headless = true,
                    Args = ChromiumLaunchFlags.All,
                    IgnoreDefaultArgs = ChromiumLaunchFlags.IgnoredDefaults,
                    Timeout = 60_000,
                })
                : await ConnectAsync(_playwright, remote);
            Generation++;
            return _browser;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>
    /// The first connection either works or stops the run (the gatherer says why). A later one
    /// follows a drop: tried a few times, and once it fails every later call fails at once with
    /// the reason, so the pages left are reported as page errors instead of waiting in turn.
    /// </summary>
    private async Task<IBrowser> ConnectAsync(IPlaywright playwright, RemoteBrowser endpoint)
    {
        if (Generation == 0)
        {
            return await RemoteBrowserConnection.ConnectAsync(playwright, endpoint, language);
        }

        string Lost(string detail) => WebErrors.Messages.Format(language, "remote-lost", ("endpoint", endpoint.Display), ("detail", detail));
        if (_lost is null && Restarts > MaxReconnects)
        {
            _lost = Lost($"it dropped {Restarts} times");
        }

        for (var attempt = 1; _lost is null; attempt++)
        {
            try
            {
                return await RemoteBrowserConnection.ConnectAsync(playwright, endpoint, language);
            }
            catch (RemoteBrowserException) when (attempt < ReconnectAttempts)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
            catch (RemoteBrowserException ex)
            {
                _lost = Lost(ex.Message);
            }
        }

        throw new RemoteBrowserException(_lost);
    }

    /// <summary>Used by fault tests: kill the browser process as a crash would (a remote browser: drop the connection).</summary>
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
