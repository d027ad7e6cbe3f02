namespace ServiceStandard.Configuration;

/// <summary>How a run reaches a browser that runs elsewhere.</summary>
public enum RemoteBrowserProtocol
{
    /// <summary>A Playwright server (<c>launchServer</c>, <c>run-server</c>, Playwright's Docker image): <c>ws://</c> or <c>wss://</c>.</summary>
    Playwright,

    /// <summary>Chrome DevTools Protocol: a Chromium with <c>--remote-debugging-port</c>, Selenium Grid 4, browserless.</summary>
    Cdp,
}

/// <summary>
/// A browser to connect to instead of launching one (<c>target.browserEndpoint</c> or
/// <c>target.cdpEndpoint</c>, <c>--browser-endpoint</c> or <c>--cdp-endpoint</c>). The endpoint may
/// carry a token in its query (browserless); <see cref="Display"/> is what messages show.
/// </summary>
public sealed record RemoteBrowser(RemoteBrowserProtocol Protocol, Uri Endpoint)
{
    /// <summary>The config key for each protocol, as messages name it.</summary>
    public static string KeyOf(RemoteBrowserProtocol protocol) => protocol == RemoteBrowserProtocol.Playwright ? "browserEndpoint" : "cdpEndpoint";

    /// <summary>The command-line option for each protocol.</summary>
    public static string OptionOf(RemoteBrowserProtocol protocol) => protocol == RemoteBrowserProtocol.Playwright ? "--browser-endpoint" : "--cdp-endpoint";

    /// <summary>The endpoint without user name, password or query (where tokens travel): safe to print.</summary>
    public string Display => $"{Endpoint.Scheme}://{Endpoint.Authority}{Endpoint.AbsolutePath}";

    /// <summary>
    /// Reads an endpoint written for <paramref name="protocol"/>: an absolute URL whose scheme the
    /// protocol speaks (a Playwright server: ws, wss; CDP: http, https, ws, wss). Returns the problem
    /// otherwise, naming <paramref name="where"/>.
    /// </summary>
    public static (RemoteBrowser? Browser, string? Problem) Parse(RemoteBrowserProtocol protocol, string text, string where)
    {
        string[] schemes = protocol == RemoteBrowserProtocol.Playwright ? ["ws", "wss"] : ["http", "https", "ws", "wss"];
        var example = protocol == RemoteBrowserProtocol.Playwright ? "ws://playwright:3000/" : "http://chrome:9222";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || !schemes.Contains(url.Scheme, StringComparer.Ordinal) || string.IsNullOrEmpty(url.Host))
        {
            return (null, $"{where} must be an absolute {string.Join(", ", schemes.Select(s => s + "://"))} URL, such as {example}; found '{Shown(text)}'");
        }

        return (new RemoteBrowser(protocol, url), null);
    }

    /// <summary>Two ways to get a browser were given: the message that says which to keep.</summary>
    public static string Conflict(string first, string second) =>
        $"{first} and {second} both say which browser to use; give only one (a local Chromium's path, a Playwright server's endpoint, or a CDP endpoint)";

    /// <summary>A written endpoint as a message may show it: without its query, where a token may be.</summary>
    private static string Shown(string text)
    {
        var query = text.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? text : text[..query] + "?…";
    }
}
