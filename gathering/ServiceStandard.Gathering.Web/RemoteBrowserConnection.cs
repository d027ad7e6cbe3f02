using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ServiceStandard.Configuration;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// A remote browser could not be used, or was lost and could not be reached again; its message is
/// for the user, in the run's language, and names the endpoint without its query (where tokens go).
/// </summary>
internal sealed class RemoteBrowserException(string message) : PlaywrightException(message);

/// <summary>
/// Connects to a browser that runs elsewhere (<see cref="RemoteBrowser"/>) and checks, before any
/// page is visited, what our launch flags would otherwise guarantee and a connection can still see:
/// that it is Chromium and answers DevTools sessions (the navigation guard and the probes' isolated
/// world run on them), that it is headless, and that its popup blocker is on (a page's own popup
/// would load before any guard sees its tab). What cannot be seen from here (the calls home
/// switched off) is the operator's to set, as docs/remote-browsers.md says.
/// </summary>
internal static partial class RemoteBrowserConnection
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Connects and checks; throws <see cref="RemoteBrowserException"/> with the reason when the browser cannot be used.</summary>
    public static async Task<IBrowser> ConnectAsync(IPlaywright playwright, RemoteBrowser remote, string language)
    {
        IBrowser browser;
        try
        {
            browser = remote.Protocol == RemoteBrowserProtocol.Playwright
                ? await playwright.Chromium.ConnectAsync(remote.Endpoint.AbsoluteUri, new BrowserTypeConnectOptions
                {
                    Timeout = (float)ConnectTimeout.TotalMilliseconds,
                    // A `run-server --unsafe` server launches the browser with these; other servers
                    // drop them, and the checks below see what the operator's browser does.
                    Headers = new Dictionary<string, string> { ["x-playwright-launch-options"] = LaunchOptions },
                })
                : await playwright.Chromium.ConnectOverCDPAsync(remote.Endpoint.AbsoluteUri, new BrowserTypeConnectOverCDPOptions
                {
                    Timeout = (float)ConnectTimeout.TotalMilliseconds,
                });
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw new RemoteBrowserException(Explain(ex.Message, remote, language));
        }

        try
        {
            await CheckAsync(browser, remote, language);
            return browser;
        }
        catch
        {
            await CloseQuietlyAsync(browser);
            throw;
        }
    }

    /// <summary>The connection failure in plain words: nothing listening, another Playwright version, or what the endpoint said.</summary>
    internal static string Explain(string error, RemoteBrowser remote, string language)
    {
        string Say(string key, params ReadOnlySpan<(string Name, object? Value)> arguments) =>
            WebErrors.Messages.Format(language, key, [("endpoint", remote.Display), ("option", RemoteBrowser.OptionOf(remote.Protocol)), .. arguments]);

        if (error.Contains("version mismatch", StringComparison.OrdinalIgnoreCase))
        {
            var server = ServerVersion().Match(error);
            return Say("remote-version-mismatch", ("server", server.Success ? server.Groups[1].Value : "?"), ("client", ClientVersion));
        }

        var detail = Detail(error);
        return error.Contains("ECONNREFUSED", StringComparison.Ordinal) || error.Contains("ENOTFOUND", StringComparison.Ordinal) ||
               error.Contains("EAI_AGAIN", StringComparison.Ordinal) || error.Contains("EHOSTUNREACH", StringComparison.Ordinal) ||
               error.Contains("ETIMEDOUT", StringComparison.Ordinal) || error.Contains("Timeout", StringComparison.Ordinal)
            ? Say("remote-unreachable", ("detail", detail))
            : Say("remote-refused", ("detail", detail));
    }

    /// <summary>The Playwright version this tool speaks (major.minor.patch), which a Playwright server must match in major and minor.</summary>
    internal static string ClientVersion =>
        typeof(IPlaywright).Assembly.GetName().Version is { } version ? $"{version.Major}.{version.Minor}.{version.Build}" : "?";

    /// <summary>Our launch flags as a Playwright server's launch options (applied by <c>run-server --unsafe</c>).</summary>
    private static string LaunchOptions => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["headless"] = true,
        ["args"] = ChromiumLaunchFlags.All.Where(flag => flag != "--headless").ToArray(),
        ["ignoreDefaultArgs"] = ChromiumLaunchFlags.IgnoredDefaults.ToArray(),
    });

    private static async Task CheckAsync(IBrowser browser, RemoteBrowser remote, string language)
    {
        string Say(string key, params ReadOnlySpan<(string Name, object? Value)> arguments) =>
            WebErrors.Messages.Format(language, key, [("endpoint", remote.Display), .. arguments]);

        string product;
        string userAgent;
        try
        {
            var session = await browser.NewBrowserCDPSessionAsync();
            var version = await session.SendAsync("Browser.getVersion");
            product = version?.GetProperty("product").GetString() ?? string.Empty;
            userAgent = version?.GetProperty("userAgent").GetString() ?? string.Empty;
            await session.DetachAsync();
        }
        catch (PlaywrightException ex)
        {
            throw new RemoteBrowserException(Say("remote-no-cdp", ("detail", Detail(ex.Message))));
        }

        // Headless Chromium's user agent names it HeadlessChrome (the old mode's product too).
        if (!userAgent.Contains("HeadlessChrome/", StringComparison.Ordinal) && !product.StartsWith("HeadlessChrome/", StringComparison.Ordinal))
        {
            throw new RemoteBrowserException(Say("remote-not-headless", ("product", product)));
        }

        var context = await browser.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            var session = await context.NewCDPSessionAsync(page);
            // Evaluated through CDP with no user gesture, as a page's own script on load would be
            // (Playwright's evaluate counts as one, which every popup blocker lets through).
            var answer = await session.SendAsync("Runtime.evaluate", new Dictionary<string, object>
            {
                ["expression"] = "window.open('about:blank') === null",
                ["returnByValue"] = true,
            });
            var blocked = answer?.GetProperty("result").GetProperty("value").GetBoolean() == true;
            if (!blocked)
            {
                throw new RemoteBrowserException(Say("remote-popups-allowed"));
            }
        }
        catch (PlaywrightException ex) when (ex is not RemoteBrowserException)
        {
            throw new RemoteBrowserException(Say("remote-no-cdp", ("detail", Detail(ex.Message))));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    public static async Task CloseQuietlyAsync(IBrowser browser)
    {
        try
        {
            await browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            // Gone already, or not answering: a connection has nothing of ours to end but itself.
        }
    }

    /// <summary>The line of a Playwright error that says what happened, without its call log.</summary>
    private static string Detail(string error)
    {
        // A URL in the message may carry the endpoint's token in its query.
        var line = UrlQuery().Replace(WebGatherer.FirstLine(error), "$1?…");
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        // "BrowserType.connect: WebSocket error: ..." names Playwright's method first.
        return colon > 0 && line[..colon].StartsWith("BrowserType.", StringComparison.Ordinal) ? line[(colon + 2)..] : line;
    }

    [GeneratedRegex(@"([a-z]+://[^\s?]*)\?[^\s]*")]
    private static partial Regex UrlQuery();

    [GeneratedRegex(@"server version: v?([0-9][0-9.]*)")]
    private static partial Regex ServerVersion();
}
