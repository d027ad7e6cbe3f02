using ServiceStandard.Assessing;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Configuration;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Findings;
using ServiceStandard.Standard;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Web;

/// <summary>
/// One sample service, one local-browser baseline and one browser of each remote kind, shared by
/// the remote-browser tests of a class (each remote run is compared with the same baseline).
/// </summary>
public sealed class RemoteBrowserFixture : IAsyncLifetime
{
    private readonly Lazy<Task<AssessmentOutcome>> _baseline;
    private RemoteBrowserProcess? _playwrightServer;
    private RemoteBrowserProcess? _cdpChromium;

    public RemoteBrowserFixture() => _baseline = new(() => RemoteRun.AssessAsync(Service, ConfigOverrides.None));

    public SampleServiceHost Service { get; } = new();

    /// <summary>The same pages and journey assessed with a locally launched Chromium.</summary>
    public Task<AssessmentOutcome> Baseline => _baseline.Value;

    public RemoteBrowserProcess PlaywrightServer => _playwrightServer!;

    public RemoteBrowserProcess CdpChromium => _cdpChromium!;

    public async Task InitializeAsync()
    {
        var server = RemoteBrowserProcess.StartPlaywrightServerAsync();
        var chromium = RemoteBrowserProcess.StartCdpChromiumAsync();
        _playwrightServer = await server;
        _cdpChromium = await chromium;
    }

    public async Task DisposeAsync()
    {
        if (_playwrightServer is not null)
        {
            await _playwrightServer.DisposeAsync();
        }

        if (_cdpChromium is not null)
        {
            await _cdpChromium.DisposeAsync();
        }

        await Service.DisposeAsync();
    }
}

/// <summary>
/// <c>--browser-endpoint</c> and <c>--cdp-endpoint</c>: the run drives a browser it did not launch
/// (a Playwright server, a Chromium with a DevTools port, both started here on 127.0.0.1 as an
/// operator would elsewhere) and finds what a local browser finds, guard and probe world included;
/// an endpoint it cannot use is a plain error that stops the run before any page.
/// </summary>
public sealed class RemoteBrowserTests(RemoteBrowserFixture fixture) : IClassFixture<RemoteBrowserFixture>
{
    [Fact]
    public async Task A_Playwright_server_finds_what_a_local_browser_finds()
    {
        var remote = await RemoteRun.AssessAsync(fixture.Service, new ConfigOverrides { BrowserEndpoint = fixture.PlaywrightServer.Endpoint });

        RemoteRun.AssertSameFindings(await fixture.Baseline, remote);
    }

    [Fact]
    public async Task A_Chromium_over_CDP_finds_what_a_local_browser_finds()
    {
        var remote = await RemoteRun.AssessAsync(fixture.Service, new ConfigOverrides { CdpEndpoint = fixture.CdpChromium.Endpoint });

        RemoteRun.AssertSameFindings(await fixture.Baseline, remote);
    }

    [Theory]
    [InlineData(RemoteBrowserProtocol.Playwright)]
    [InlineData(RemoteBrowserProtocol.Cdp)]
    public async Task The_guard_and_the_probe_world_hold_on_a_remote_browser(RemoteBrowserProtocol protocol)
    {
        using var elsewhere = new OtherOrigin();
        var to = Uri.EscapeDataString(elsewhere.Url);
        string[] paths = [$"/hostile/leave/location?to={to}", $"/hostile/leave/popup?to={to}", "/hostile/forged-result"];
        var browser = protocol == RemoteBrowserProtocol.Playwright ? fixture.PlaywrightServer : fixture.CdpChromium;
        var request = FaultRun.Request(fixture.Service, [.. paths.Select(fixture.Service.Url)]) with { RemoteBrowser = browser.Remote };

        var outcome = await new WebGatherer().GatherAsync(request, null, FaultRun.Timeout());

        Assert.Null(outcome.FatalError);
        Assert.Equal(string.Empty, elsewhere.Received);
        Assert.All(outcome.Pages, page => Assert.True(page.Error is null && page.Axe!.Violations.Any(v => v.Id == "image-alt"), $"{page.RequestedUrl}: {page.Error}"));
        var left = Assert.Single(outcome.Pages, p => p.RequestedUrl.Contains("/leave/location", StringComparison.Ordinal));
        Assert.Equal(elsewhere.Url, Assert.Single(left.BlockedNavigations).Url);
        Assert.Equal("Forged result", Assert.Single(outcome.Pages, p => p.RequestedUrl.EndsWith("/forged-result", StringComparison.Ordinal)).Title);
    }

    [Theory]
    [InlineData("--browser-endpoint")]
    [InlineData("--cdp-endpoint")]
    public async Task An_endpoint_nothing_listens_on_stops_the_run_with_a_plain_message(string option)
    {
        var port = SampleServiceHost.FreePort();
        var endpoint = option == "--browser-endpoint" ? $"ws://127.0.0.1:{port}/pw?token=secret" : $"http://127.0.0.1:{port}?token=secret";
        var request = RemoteRun.Request(fixture.Service) with
        {
            RemoteBrowser = RemoteBrowser.Parse(option == "--browser-endpoint" ? RemoteBrowserProtocol.Playwright : RemoteBrowserProtocol.Cdp, endpoint, option).Browser,
        };

        var outcome = await new WebGatherer().GatherAsync(request, null, FaultRun.Timeout());

        Assert.Empty(outcome.Pages);
        Assert.NotNull(outcome.FatalError);
        Assert.StartsWith($"nothing answered at the remote browser {endpoint.Split('?')[0]}", outcome.FatalError, StringComparison.Ordinal);
        Assert.Contains(option, outcome.FatalError, StringComparison.Ordinal);
        Assert.Contains("ECONNREFUSED", outcome.FatalError, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", outcome.FatalError, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", outcome.FatalError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Playwright_server_that_lets_pages_open_popups_is_refused_before_any_page()
    {
        await using var careless = await RemoteBrowserProcess.StartPlaywrightServerAsync(blockPopups: false);
        var request = RemoteRun.Request(fixture.Service) with { RemoteBrowser = careless.Remote };

        var outcome = await new WebGatherer().GatherAsync(request, null, FaultRun.Timeout());

        Assert.Empty(outcome.Pages);
        Assert.NotNull(outcome.FatalError);
        Assert.Contains("lets pages open popups on their own", outcome.FatalError, StringComparison.Ordinal);
        Assert.Contains("ignoreDefaultArgs: ['--disable-popup-blocking']", outcome.FatalError, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_Playwright_version_is_said_in_plain_words()
    {
        // What Playwright's server answers a client of another minor version (playwrightServer.ts).
        const string error = """
            BrowserType.connect: WebSocket error: ws://grid:3000/ 428 Precondition Required
            ╔════════════════════════════════════════════╗
            ║ Playwright version mismatch:               ║
            ║   - server version: v1.48                  ║
            ║   - client version: v1.64                  ║
            ╚════════════════════════════════════════════╝
            """;
        var remote = new RemoteBrowser(RemoteBrowserProtocol.Playwright, new Uri("ws://grid:3000/?token=secret"));

        var message = RemoteBrowserConnection.Explain(error, remote, "en");

        Assert.Equal(
            $"the Playwright server at ws://grid:3000/ runs Playwright 1.48 and this tool speaks Playwright {RemoteBrowserConnection.ClientVersion}; " +
            $"run a Playwright server of version {RemoteBrowserConnection.ClientVersion} (such as the image mcr.microsoft.com/playwright:v{RemoteBrowserConnection.ClientVersion}-noble)",
            message);
        Assert.StartsWith("1.64.", RemoteBrowserConnection.ClientVersion, StringComparison.Ordinal);
    }
}

/// <summary>
/// A remote browser lost mid-run: a dropped connection is made again and the run goes on; a
/// browser that is gone for good leaves its remaining pages as page errors, and every page gathered
/// before is kept. Uses the gatherer's static test seam, so it runs alone.
/// </summary>
[Collection(BrowserHookCollection.Name)]
public sealed class RemoteBrowserLossTests(SampleServiceHost service) : IClassFixture<SampleServiceHost>
{
    private static readonly string[] Paths = ["/good/start", "/good/help", "/good/cookies", "/bad/start", "/bad/help", "/bad/cookies"];

    [Fact]
    public async Task A_dropped_CDP_connection_is_made_again_and_the_later_pages_are_assessed()
    {
        await using var chromium = await RemoteBrowserProcess.StartCdpChromiumAsync();
        var outcome = await GatherLosingAfterTwoPagesAsync(chromium, host => host.CloseForTestAsync());

        Assert.True(outcome.BrowserRestarts >= 1, $"expected a reconnection, got {outcome.BrowserRestarts}");
        Assert.All(outcome.Pages, page => Assert.True(page.Error is null ? page.Axe is not null : page.Error.Kind == "crashed", $"{page.RequestedUrl}: {page.Error}"));
        Assert.True(outcome.Pages[^1].Error is null, $"the last page was not assessed after reconnecting: {outcome.Pages[^1].Error}");
    }

    [Fact]
    public async Task A_Playwright_server_killed_mid_run_leaves_page_errors_and_keeps_what_was_gathered()
    {
        await using var server = await RemoteBrowserProcess.StartPlaywrightServerAsync();
        var outcome = await GatherLosingAfterTwoPagesAsync(server, _ => server.KillAsync());

        var assessed = outcome.Pages.Where(p => p.Error is null).ToList();
        Assert.True(assessed.Count >= 2, "the pages gathered before the kill are kept: " + Describe(outcome));
        Assert.All(assessed, page => Assert.NotNull(page.Axe));
        var lost = outcome.Pages.Where(p => p.Error is not null).ToList();
        Assert.NotEmpty(lost);
        Assert.All(lost, page => Assert.Equal("crashed", page.Error!.Kind));
        Assert.Contains(lost, page => page.Error!.Message.StartsWith($"the remote browser {server.Endpoint} was lost and could not be reached again", StringComparison.Ordinal));
    }

    private async Task<WebGatherOutcome> GatherLosingAfterTwoPagesAsync(RemoteBrowserProcess browser, Func<BrowserHost, Task> lose)
    {
        var request = FaultRun.Request(service, [.. Paths.Select(service.Url)]) with { RemoteBrowser = browser.Remote, Concurrency = 1 };
        var lost = 0;
        WebGatherer.AfterPageHook = async (host, done) =>
        {
            if (done >= 2 && Interlocked.Exchange(ref lost, 1) == 0)
            {
                await lose(host);
            }
        };

        try
        {
            var outcome = await new WebGatherer().GatherAsync(request, null, FaultRun.Timeout());
            Assert.True(lost == 1, "the hook never ran: " + Describe(outcome));
            // Every page is in the outcome, in order: assessed, or reported with an error; none dropped.
            Assert.Null(outcome.FatalError);
            Assert.False(outcome.Interrupted);
            Assert.Equal(Paths.Select(p => service.Url(p).AbsoluteUri), outcome.Pages.Select(p => p.RequestedUrl));
            return outcome;
        }
        finally
        {
            WebGatherer.AfterPageHook = null;
        }
    }

    private static string Describe(WebGatherOutcome outcome) =>
        string.Join("; ", outcome.Pages.Select(p => $"{p.RequestedUrl} {p.Error}")) + $" fatal={outcome.FatalError}";
}

/// <summary>The run the remote-browser tests compare: a few pages of the sample service and one journey with an error state.</summary>
internal static class RemoteRun
{
    private static readonly StandardDefinition Standard = ShippedStandards.Load("digital-service-standard").Value!;

    public static WebGatherRequest Request(SampleServiceHost service) => FaultRun.Request(service, [service.Url("/good/start")]);

    public static async Task<AssessmentOutcome> AssessAsync(SampleServiceHost service, ConfigOverrides overrides)
    {
        var yaml = $$"""
            schemaVersion: 1
            standard: digital-service-standard
            target:
              baseUrl: {{service.BaseUrl.AbsoluteUri}}
              concurrency: 2
              pages: [/bad/start, /bad/help, /good/start]
              journeys:
                - name: apply
                  steps:
                    - goto: /bad/start?lang=en
                    - click: "a.start-button"
                    - click: "button[type=submit]"
                    - expect: { selector: ".error-summary", text: "There is a problem" }
            """;
        var directory = AppContext.BaseDirectory;
        var parsed = ConfigLoader.Parse(yaml, "remote.yml", directory);
        Assert.True(parsed.Succeeded, string.Join("\n", parsed.Diagnostics));
        var config = ConfigDefaults.ApplyOverrides(parsed.Value, overrides, directory);
        Assert.True(config.Succeeded, string.Join("\n", config.Diagnostics));

        var run = await new AssessmentRunner().RunAsync(config.Value!, Standard, CheckFilter.All, null, null, FaultRun.Timeout());

        Assert.True(run.Succeeded, string.Join("\n", run.Diagnostics));
        var outcome = run.Value!;
        Assert.True(outcome.Report is not null, outcome.Problem);
        Assert.All(outcome.Evidence.Pages, page => Assert.True(page.Error is null, $"{page.RequestedUrl}: {page.Error}"));
        return outcome;
    }

    /// <summary>The same pages and journey steps, and the same findings by rule, page and fingerprint.</summary>
    public static void AssertSameFindings(AssessmentOutcome local, AssessmentOutcome remote)
    {
        static IEnumerable<string> Pages(AssessmentOutcome outcome) =>
            outcome.Evidence.Pages.Select(p => $"{p.RequestedUrl} {p.Origin.Journey} {p.Origin.Step}").Order(StringComparer.Ordinal);
        static IEnumerable<string> Findings(AssessmentOutcome outcome) =>
            outcome.Report!.Findings.Select(f => $"{f.QualifiedRuleId} {(f.Location is PageLocation page ? page.Url : f.Location.ToString())} {f.Fingerprint}").Order(StringComparer.Ordinal);

        Assert.Equal(Pages(local), Pages(remote));
        Assert.NotEmpty(Findings(local));
        Assert.Equal(Findings(local), Findings(remote));
        Assert.Equal(local.Verdict, remote.Verdict);
    }
}
