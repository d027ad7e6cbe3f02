using ServiceStandard.Configuration;

namespace ServiceStandard.Checks.Tests.Configuration;

/// <summary>
/// <c>target.browserEndpoint</c> and <c>target.cdpEndpoint</c> (and <c>--browser-endpoint</c>,
/// <c>--cdp-endpoint</c>): URLs of the schemes their protocol speaks, one way to get a browser at
/// most, each mistake located where it was written.
/// </summary>
public class RemoteBrowserConfigTests
{
    private static readonly string Directory = Path.GetFullPath(AppContext.BaseDirectory);

    [Theory]
    [InlineData("browserEndpoint: ws://playwright:3000/", RemoteBrowserProtocol.Playwright, "ws://playwright:3000/")]
    [InlineData("browserEndpoint: wss://grid.example/playwright?token=abc", RemoteBrowserProtocol.Playwright, "wss://grid.example/playwright?token=abc")]
    [InlineData("cdpEndpoint: http://chrome:9222", RemoteBrowserProtocol.Cdp, "http://chrome:9222/")]
    [InlineData("cdpEndpoint: wss://chrome.browserless.io?token=abc", RemoteBrowserProtocol.Cdp, "wss://chrome.browserless.io/?token=abc")]
    public void An_endpoint_is_read_with_its_protocol(string line, RemoteBrowserProtocol protocol, string endpoint)
    {
        var result = Parse(line);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(new RemoteBrowser(protocol, new Uri(endpoint)), result.Value!.Target!.RemoteBrowser);
        Assert.Null(result.Value.Target.BrowserPath);
    }

    [Theory]
    [InlineData("browserEndpoint: http://playwright:3000/", "remote.yml:4:20: error: 'browserEndpoint' in target must be an absolute ws://, wss:// URL, such as ws://playwright:3000/; found 'http://playwright:3000/'")]
    [InlineData("cdpEndpoint: chrome:9222", "remote.yml:4:16: error: 'cdpEndpoint' in target must be an absolute http://, https://, ws://, wss:// URL, such as http://chrome:9222; found 'chrome:9222'")]
    [InlineData("cdpEndpoint: ftp://chrome/?token=abc", "remote.yml:4:16: error: 'cdpEndpoint' in target must be an absolute http://, https://, ws://, wss:// URL, such as http://chrome:9222; found 'ftp://chrome/?…'")]
    public void A_wrong_endpoint_is_a_located_error(string line, string error)
    {
        var result = Parse(line);

        Assert.Equal([error], result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("browserPath: /usr/bin/chromium\n  cdpEndpoint: http://chrome:9222", "remote.yml:5:16: error: target.browserPath and target.cdpEndpoint both say which browser to use")]
    [InlineData("browserEndpoint: ws://pw:3000/\n  cdpEndpoint: http://chrome:9222", "remote.yml:5:16: error: target.browserEndpoint and target.cdpEndpoint both say which browser to use")]
    public void Two_browsers_in_the_file_are_a_located_error(string lines, string error)
    {
        var result = Parse(lines);

        Assert.StartsWith(error, Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_replaces_the_files_browser_of_any_kind()
    {
        var file = Parse("browserPath: /usr/bin/chromium").Value;

        var remote = ConfigDefaults.ApplyOverrides(file, new ConfigOverrides { CdpEndpoint = "http://127.0.0.1:9222" }, Directory);
        var local = ConfigDefaults.ApplyOverrides(Parse("browserEndpoint: ws://pw:3000/").Value, new ConfigOverrides { BrowserPath = "/opt/chrome" }, Directory);

        Assert.Equal(new RemoteBrowser(RemoteBrowserProtocol.Cdp, new Uri("http://127.0.0.1:9222")), remote.Value!.Target!.RemoteBrowser);
        Assert.Null(remote.Value.Target.BrowserPath);
        Assert.Null(local.Value!.Target!.RemoteBrowser);
        Assert.Equal("/opt/chrome", local.Value.Target.BrowserPath);
    }

    [Theory]
    [InlineData(null, "ws://pw:3000/", "http://chrome:9222", "--browser-endpoint and --cdp-endpoint both say which browser to use")]
    [InlineData("/usr/bin/chromium", "ws://pw:3000/", null, "--browser-path and --browser-endpoint both say which browser to use")]
    [InlineData(null, "http://pw:3000/", null, "--browser-endpoint must be an absolute ws://, wss:// URL")]
    public void Options_that_disagree_are_an_error(string? path, string? playwright, string? cdp, string error)
    {
        var result = ConfigDefaults.ApplyOverrides(
            Parse("concurrency: 1").Value, new ConfigOverrides { BrowserPath = path, BrowserEndpoint = playwright, CdpEndpoint = cdp }, Directory);

        Assert.False(result.Succeeded);
        Assert.Contains(error, Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_show_the_endpoint_without_its_token()
    {
        var remote = new RemoteBrowser(RemoteBrowserProtocol.Cdp, new Uri("wss://user:pass@chrome.example/devtools?token=abc"));

        Assert.Equal("wss://chrome.example/devtools", remote.Display);
    }

    private static Kernel.Diagnostics.LoadResult<ServiceConfig> Parse(string targetLines) =>
        ConfigLoader.Parse($"schemaVersion: 1\ntarget:\n  baseUrl: http://127.0.0.1:5000/\n  {targetLines}\n", "remote.yml", Directory);
}
