using System.Text.Json;
using Microsoft.Playwright;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Web;

/// <summary>
/// The browser we launch talks to the candidate service and to nobody else: Chromium's own calls
/// home (form signatures to the autofill server, the accounts service, the component updater) end
/// inside the browser. Read from Chromium's own network log, which lists every host it tried to
/// resolve and every URL it tried to load.
/// </summary>
public sealed class BrowserNetworkTests(SampleServiceHost service) : IClassFixture<SampleServiceHost>
{
    [Fact]
    public async Task With_our_launch_flags_the_browser_reaches_for_no_host_but_the_service()
    {
        var folder = Directory.CreateTempSubdirectory("servicestandard-netlog-").FullName;
        try
        {
            var netLog = Path.Combine(folder, "netlog.json");
            var (browserPath, problem) = BrowserLocator.Locate(null, Environment.GetEnvironmentVariable);
            Assert.True(browserPath is not null, problem);
            using var playwright = await Playwright.CreateAsync();
            await using (var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = browserPath, Headless = true, Args = [.. ChromiumLaunchFlags.All, $"--log-net-log={netLog}"] }))
            {
                var page = await browser.NewPageAsync();
                // Pages with forms: Chromium would send their signatures to its autofill server.
                foreach (var path in new[] { "/good/name", "/good/address", "/bad/name" })
                {
                    await page.GotoAsync(service.Url(path).AbsoluteUri);
                    await page.Locator("input").First.FillAsync("Ada");
                }

                // The accounts and updater calls come within the first seconds of a browser's life.
                await Task.Delay(TimeSpan.FromSeconds(2));
            }

            var hosts = HostsIn(netLog);
            Assert.Contains(service.BaseUrl.Host, hosts);
            var elsewhere = hosts.Where(h => h != service.BaseUrl.Host && !h.EndsWith(".invalid", StringComparison.Ordinal) && h != "~notfound").ToList();
            Assert.True(elsewhere.Count == 0, "the browser reached for: " + string.Join(", ", elsewhere));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Every host name in a net log: hosts resolved and hosts of URLs requested.</summary>
    private static HashSet<string> HostsIn(string netLog)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(netLog));
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in document.RootElement.GetProperty("events").EnumerateArray())
        {
            if (!entry.TryGetProperty("params", out var parameters) || parameters.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            // "host" is a name, name:port or scheme://name:port.
            if (parameters.TryGetProperty("host", out var host) && host.ValueKind == JsonValueKind.String)
            {
                var value = host.GetString()!;
                var afterScheme = value.Contains("://", StringComparison.Ordinal) ? value[(value.IndexOf("://", StringComparison.Ordinal) + 3)..] : value;
                hosts.Add(afterScheme.Split(':', '/')[0]);
            }

            if (parameters.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String &&
                Uri.TryCreate(url.GetString(), UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
            {
                hosts.Add(parsed.Host);
            }
        }

        return hosts;
    }
}
