namespace ServiceStandard.Configuration;

public static partial class ConfigDefaults
{
    /// <summary>
    /// <c>--browser-path</c>, <c>--browser-endpoint</c> and <c>--cdp-endpoint</c>: at most one of
    /// them, and the one given replaces whichever browser the file chose.
    /// </summary>
    private static TargetConfig ApplyBrowser(TargetConfig target, ConfigOverrides overrides, Action<string> error)
    {
        var given = new List<(string Option, RemoteBrowserProtocol? Protocol, string Value)>();
        if (overrides.BrowserPath is not null)
        {
            given.Add(("--browser-path", null, overrides.BrowserPath));
        }

        if (overrides.BrowserEndpoint is not null)
        {
            given.Add((RemoteBrowser.OptionOf(RemoteBrowserProtocol.Playwright), RemoteBrowserProtocol.Playwright, overrides.BrowserEndpoint));
        }

        if (overrides.CdpEndpoint is not null)
        {
            given.Add((RemoteBrowser.OptionOf(RemoteBrowserProtocol.Cdp), RemoteBrowserProtocol.Cdp, overrides.CdpEndpoint));
        }

        if (given.Count > 1)
        {
            error(RemoteBrowser.Conflict(given[0].Option, given[1].Option));
            return target;
        }

        if (given.Count == 0)
        {
            return target;
        }

        var (option, protocol, value) = given[0];
        if (protocol is not { } remoteProtocol)
        {
            return target with { BrowserPath = value, RemoteBrowser = null };
        }

        var (remote, problem) = RemoteBrowser.Parse(remoteProtocol, value, option);
        if (problem is not null)
        {
            error(problem);
            return target;
        }

        return target with { BrowserPath = null, RemoteBrowser = remote };
    }
}
