using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using ServiceStandard.Assessing;
using ServiceStandard.Configuration;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Standard;
using ServiceStandard.Testing;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.Web;

/// <summary>
/// What a user sees when a page of the candidate service fails: each fault of the sample
/// service's <c>/faults/</c> endpoints (and of the network) is reported on its own page with a
/// kind and a message, while the other pages of the same run are still assessed and the run
/// still produces its report. Real browser, real sample service, nothing leaves loopback.
/// </summary>
public sealed class FaultTests(SampleServiceHost service) : IClassFixture<SampleServiceHost>
{
    private string Base => service.BaseUrl.AbsoluteUri;

    private string Origin => service.BaseUrl.GetLeftPart(UriPartial.Authority);

    [Fact]
    public async Task An_unresolvable_host_is_unreachable_and_the_other_pages_are_assessed()
    {
        // .invalid never resolves (RFC 6761); the gatherer's browser fails such names itself, so no DNS query leaves the machine.
        var outcome = await FaultRun.AssessAsync($"""
            baseUrl: {Base}
            allowedOrigins: [{Origin}, http://nowhere.invalid]
            pages: [/good/start, "http://nowhere.invalid/", /good/help]
            """);

        FaultRun.AssertPageError(outcome, "http://nowhere.invalid/", "unreachable", "the host name could not be resolved");
        FaultRun.AssertAssessed(outcome, service.Url("/good/start"), service.Url("/good/help"));
    }

    [Fact]
    public async Task A_refused_connection_is_unreachable_and_the_other_pages_are_assessed()
    {
        var closed = $"http://127.0.0.1:{SampleServiceHost.FreePort()}";
        var outcome = await FaultRun.AssessAsync($"""
            baseUrl: {Base}
            allowedOrigins: [{Origin}, {closed}]
            pages: [/good/start, "{closed}/start", /good/help]
            """);

        FaultRun.AssertPageError(outcome, $"{closed}/start", "unreachable", "connection refused: nothing is listening at that address");
        FaultRun.AssertAssessed(outcome, service.Url("/good/start"), service.Url("/good/help"));
    }

    [Fact]
    public async Task A_404_is_an_http_error_with_its_status()
    {
        var outcome = await FaultRun.AssessAsync($"""
            baseUrl: {Base}
            pages: [/good/start, /good/no-such-page, /good/help]
            """);

        FaultRun.AssertPageError(outcome, service.Url("/good/no-such-page").AbsoluteUri, "http-error", "the server answered HTTP 404");
        Assert.Equal(404, outcome.Report!.Pages.Single(p => p.Url.EndsWith("/no-such-page", StringComparison.Ordinal)).Status);
        FaultRun.AssertAssessed(outcome, service.Url("/good/start"), service.Url("/good/help"));
    }

    [Fact]
    public async Task A_500_is_an_http_error_with_its_status()
    {
        var outcome = await FaultRun.AssessAsync($"""
            baseUrl: {Base}
            pages: [/good/start, /faults/500, /good/help]
            """);

        FaultRun.AssertPageError(outcome, service.Url("/faults/500").AbsoluteUri, "http-error", "the server answered HTTP 500");
        Assert.Equal(500, outcome.Report!.Pages.Single(p => p.Url.EndsWith("/faults/500", StringComparison.Ordinal)).Status);
        FaultRun.AssertAssessed(outcome, service.Url("/good/start"), service.Url("/good/help"));
    }

    [Fact]
    public async Task A_page_that_never_finishes_loading_times_out_after_one_retry()
    {
        // The page timeout runs on a clock this test moves, and only once both other pages are
        // done: only the hanging page can time out, however slow the machine is. Playwright's own
        // navigation limit (the same timeout, on the real clock) is far beyond the test's reach.
        var clock = new FakeTimeProvider();
        var log = new RecordingLogger();
        var start = service.Url("/good/start");
        var hanging = service.Url("/faults/never-loads");
        var help = service.Url("/good/help");
        var request = FaultRun.Request(service, [start, hanging, help]) with { PageTimeout = TimeSpan.FromMinutes(10), Clock = clock };
        var recorded = new ConcurrentQueue<string>();

        var gathering = new WebGatherer(log).GatherAsync(request, new ImmediateProgress(p => recorded.Enqueue(p.Url)), FaultRun.Timeout());
        var advances = 0;
        while (!gathering.IsCompleted)
        {
            if (recorded.Contains(start.AbsoluteUri) && recorded.Contains(help.AbsoluteUri))
            {
                clock.Advance(request.PageTimeout);
                advances++;
            }

            await Task.WhenAny(gathering, Task.Delay(50));
        }

        var outcome = await gathering;
        var timedOut = Assert.Single(outcome.Pages, p => p.RequestedUrl == hanging.AbsoluteUri);
        Assert.Equal(new PageError("timeout", "the page did not finish loading in time"), timedOut.Error);
        Assert.All(outcome.Pages.Where(p => p.RequestedUrl != hanging.AbsoluteUri), p => Assert.True(p.Error is null && p.Axe is not null, $"{p.RequestedUrl}: {p.Error}"));
        Assert.Equal(3, outcome.Pages.Count);

        // Tried twice, each for the whole page timeout, and then given up.
        var attempts = log.Messages.Where(m => m.Contains(hanging.AbsoluteUri, StringComparison.Ordinal) && m.Contains("the page did not finish loading in time", StringComparison.Ordinal)).ToList();
        Assert.True(attempts.Count == 2 && attempts[0].StartsWith("Attempt 1 ", StringComparison.Ordinal) && attempts[1].StartsWith("Attempt 2 ", StringComparison.Ordinal),
            "expected two timed-out attempts, logged:\n" + string.Join("\n", log.Messages));
        Assert.InRange(advances, 2, int.MaxValue);
    }

    [Fact]
    public async Task A_redirect_loop_is_reported_as_such()
    {
        var outcome = await FaultRun.AssessAsync($"""
            baseUrl: {Base}
            pages: [/good/start, /faults/redirect-loop, /good/help]
            """);

        FaultRun.AssertPageError(outcome, service.Url("/faults/redirect-loop").AbsoluteUri, "redirect-loop", "the page redirects in a loop");
        FaultRun.AssertAssessed(outcome, service.Url("/good/start"), service.Url("/good/help"));
    }

    [Fact]
    public async Task A_10_MB_page_is_assessed_by_axe_within_the_page_timeout()
    {
        // What happens (measured on 2 cores): the page loads in ~2-3 s and its DOM is read in ~1-4 s;
        // axe is the slow part (~8-17 s on 10,000 paragraphs, depending on load), and with every
        // probe on the whole visit takes ~20-40 s, near or over the default 30 s page timeout, when
        // it is reported as a timeout. An axe-only run, as `--checks accessibility/axe` gives,
        // assesses it well within a 45 s page timeout.
        var outcome = await FaultRun.AssessAsync($"""
            baseUrl: {Base}
            pages: [/good/start, /faults/huge-dom, /good/help]
            timeouts:
              pageSeconds: 45
              navigationSeconds: 10
            """, filter: CheckFilter.Only("accessibility/axe"));

        FaultRun.AssertAssessed(outcome, service.Url("/good/start"), service.Url("/faults/huge-dom"), service.Url("/good/help"));
        var huge = outcome.Evidence.Pages.Single(p => p.RequestedUrl == service.Url("/faults/huge-dom").AbsoluteUri);
        Assert.Equal("A very large page", huge.Title);
        Assert.Equal("en", huge.Lang);
        Assert.True(huge.Html.Length > 10_000_000, $"expected the whole 10 MB DOM, got {huge.Html.Length} characters");
        Assert.NotNull(huge.Axe);
        Assert.Empty(huge.Axe.Violations);
    }

    [Fact]
    public async Task A_listed_page_outside_the_allowed_origins_is_reported_and_never_visited()
    {
        // A real listener on another loopback origin: any visit would show up as a connection.
        using var elsewhere = new TcpListener(IPAddress.Loopback, 0);
        elsewhere.Start();
        var other = $"http://127.0.0.1:{((IPEndPoint)elsewhere.LocalEndpoint).Port}";
        var request = FaultRun.Request(service, [service.Url("/good/start"), new Uri($"{other}/start"), service.Url("/good/help")]);

        var outcome = await new WebGatherer().GatherAsync(request, null, FaultRun.Timeout());

        Assert.Null(outcome.FatalError);
        var error = Assert.Single(outcome.Pages, p => p.RequestedUrl == $"{other}/start").Error;
        Assert.Equal(new PageError("outside-origin", $"{other} is not one of the allowed origins ({Origin}); the page was not visited"), error);
        Assert.False(elsewhere.Pending(), "the browser connected to the origin it was not allowed to visit");
        Assert.All(outcome.Pages.Where(p => p.RequestedUrl.StartsWith(Origin, StringComparison.Ordinal)), p => Assert.True(p.Error is null && p.Axe is not null, $"{p.RequestedUrl}: {p.Error}"));
        Assert.Equal(3, outcome.Pages.Count);
    }

    [Fact]
    public async Task A_redirect_to_another_origin_is_outside_origin()
    {
        var outcome = await FaultRun.AssessAsync($"""
            baseUrl: {Base}
            pages: [/good/start, /faults/elsewhere, /good/help]
            """);

        FaultRun.AssertPageError(outcome, service.Url("/faults/elsewhere").AbsoluteUri, "outside-origin",
            "the page redirected to http://127.0.0.2:9/, outside the allowed origins; it was not assessed");
        FaultRun.AssertAssessed(outcome, service.Url("/good/start"), service.Url("/good/help"));
    }

    [Fact]
    public async Task Page_errors_are_written_in_the_language_of_the_run()
    {
        var outcome = await FaultRun.AssessAsync($"""
            baseUrl: {Base}
            pages: [/good/start, /faults/500, /faults/elsewhere]
            timeouts:
              pageSeconds: 60
              navigationSeconds: 5
            journeys:
              - name: solicitar
                steps:
                  - goto: /good/start
                  - click: "#nope"
            """, language: "es");

        FaultRun.AssertPageError(outcome, service.Url("/faults/500").AbsoluteUri, "http-error", "el servidor respondió con HTTP 500");
        FaultRun.AssertPageError(outcome, service.Url("/faults/elsewhere").AbsoluteUri, "outside-origin",
            "la página redirigió a http://127.0.0.2:9/, fuera de los orígenes permitidos; no se ha evaluado");
        Assert.Equal(
            new PageErrorSummary("journey-step", "recorrido solicitar, paso 2 (click '#nope'): ningún elemento coincide con el selector '#nope' en 5 s"),
            outcome.Report!.Pages.Single(p => p.Journey == "solicitar" && p.Step == 2).Error);
    }

    [Fact]
    public async Task A_journey_step_whose_selector_matches_nothing_names_the_journey_the_step_and_the_selector()
    {
        var outcome = await FaultRun.AssessAsync($"""
            baseUrl: {Base}
            pages: [/good/help]
            timeouts:
              pageSeconds: 60
              navigationSeconds: 5
            journeys:
              - name: apply
                steps:
                  - goto: /good/start
                  - click: "#nope"
                  - click: "a.start-button"
            """);

        var report = outcome.Report!;
        var journey = report.Pages.Where(p => p.Journey == "apply").ToList();
        Assert.Equal(new int?[] { 1, 2 }, journey.Select(p => p.Step));
        Assert.Null(journey[0].Error);
        Assert.Equal(new PageErrorSummary("journey-step", "journey apply, step 2 (click '#nope'): no element matches the selector '#nope' within 5 s"), journey[1].Error);
        Assert.NotNull(outcome.Evidence.Pages.Single(p => p.Origin.Journey == "apply" && p.Origin.Step == 1).Axe);
        FaultRun.AssertAssessed(outcome, service.Url("/good/help"));
    }

    [Fact]
    public async Task A_click_whose_page_is_slower_to_answer_than_the_step_timeout_still_succeeds()
    {
        // /faults/slow answers after 8 s: the link is found at once, and the click waits for the
        // answer with the page timeout, not the 5 s given to find the element.
        var outcome = await FaultRun.AssessAsync($"""
            baseUrl: {Base}
            pages: [/good/help]
            timeouts:
              pageSeconds: 60
              navigationSeconds: 5
            journeys:
              - name: slow
                steps:
                  - goto: /faults/slow-link
                  - click: "#slow"
            """);

        var journey = outcome.Report!.Pages.Where(p => p.Journey == "slow").ToList();
        Assert.True(journey.All(p => p.Error is null), string.Join("\n", journey.Select(p => $"step {p.Step}: {p.Error}")));
        Assert.Equal(service.Url("/faults/slow").AbsoluteUri, journey.Single(p => p.Step == 2).FinalUrl);
    }

    [Fact]
    public async Task A_click_whose_page_never_answers_says_the_page_did_not_respond_not_that_the_element_is_missing()
    {
        var outcome = await FaultRun.AssessAsync($"""
            baseUrl: {Base}
            pages: [/good/help]
            timeouts:
              pageSeconds: 15
              navigationSeconds: 5
            journeys:
              - name: hang
                steps:
                  - goto: /faults/slow-link
                  - click: "#hang"
            """);

        Assert.Equal(
            new PageErrorSummary("journey-step", "journey hang, step 2 (click '#hang'): the element was there, but the page did not respond within 15 s"),
            outcome.Report!.Pages.Single(p => p.Journey == "hang" && p.Step == 2).Error);
    }

    [Fact]
    public async Task A_missing_browser_is_a_fatal_error_that_says_what_to_install()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-chromium-{Guid.NewGuid():N}", "chrome");
        var request = FaultRun.Request(service, [service.Url("/good/start")]) with { BrowserPath = missing };

        var outcome = await new WebGatherer().GatherAsync(request, null, FaultRun.Timeout());

        Assert.Empty(outcome.Pages);
        Assert.NotNull(outcome.FatalError);
        Assert.Contains($"does not exist: {missing}", outcome.FatalError, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y chromium", outcome.FatalError, StringComparison.Ordinal);
    }
}

/// <summary>
/// The browser dies in the middle of a run: it is relaunched, the run goes on and finishes, and a
/// page lost in the crash is reported with an error rather than silently dropped. Uses the
/// gatherer's static test seam, so it runs alone.
/// </summary>
[Collection(BrowserHookCollection.Name)]
public sealed class BrowserCrashTests(SampleServiceHost service) : IClassFixture<SampleServiceHost>
{
    [Fact]
    public async Task A_browser_killed_mid_run_is_relaunched_and_the_later_pages_are_assessed()
    {
        string[] paths = ["/good/start", "/good/help", "/good/cookies", "/bad/start", "/bad/help", "/bad/cookies"];
        var request = FaultRun.Request(service, [.. paths.Select(service.Url)]);
        var killed = 0;
        var killedAfter = -1;
        WebGatherer.AfterPageHook = async (host, done) =>
        {
            if (done >= 2 && Interlocked.Exchange(ref killed, 1) == 0)
            {
                killedAfter = done;
                await host.CloseForTestAsync();
            }
        };

        WebGatherOutcome outcome;
        try
        {
            outcome = await new WebGatherer().GatherAsync(request, null, FaultRun.Timeout());
        }
        finally
        {
            WebGatherer.AfterPageHook = null;
        }

        Assert.True(killed == 1, "the hook never ran: " + string.Join("; ", outcome.Pages.Select(p => $"{p.RequestedUrl} {p.Error}")) + $" fatal={outcome.FatalError}");
        Assert.Null(outcome.FatalError);
        Assert.False(outcome.Interrupted);
        Assert.True(outcome.BrowserRestarts >= 1, $"expected a relaunch, got {outcome.BrowserRestarts}");
        Assert.Equal(paths.Select(p => service.Url(p).AbsoluteUri), outcome.Pages.Select(p => p.RequestedUrl));
        foreach (var page in outcome.Pages)
        {
            // Either assessed, or reported lost with an error; never missing.
            Assert.True(page.Error is null ? page.Axe is not null : page.Error.Kind == "crashed", $"{page.RequestedUrl}: {page.Error}");
        }

        // The pages after the crash were assessed by the relaunched browser.
        var last = outcome.Pages[^1];
        Assert.True(last.Error is null && last.Axe is not null, $"{last.RequestedUrl}: {last.Error}");
        Assert.True(outcome.Pages.Count(p => p.Error is null) >= paths.Length - 1, $"killed after page {killedAfter}: " + string.Join("; ", outcome.Pages.Select(p => $"{p.RequestedUrl} {p.Error}")));
    }
}

/// <summary>Tests that set <see cref="WebGatherer.AfterPageHook"/> run alone: the hook is shared by every run in the process.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserHookCollection
{
    public const string Name = "browser hook (runs alone)";
}

/// <summary>
/// The same-origin crawl of the sample service: it follows links only (never submits a form),
/// obeys robots.txt unless told not to, and keeps to its include/exclude globs and page cap.
/// </summary>
public sealed class CrawlTests(SampleServiceHost service) : IClassFixture<SampleServiceHost>
{
    private static readonly string[] AfterTheFirstForm = ["/good/date-of-birth", "/good/address", "/good/permit-type", "/good/declaration", "/good/check-answers", "/good/confirmation"];

    [Fact]
    public async Task The_crawl_obeys_robots_txt_and_never_submits_a_form()
    {
        var outcome = await CrawlAsync(new CrawlPlan(20, 3, ["/good/**", "/admin/**"], [], RespectRobotsTxt: true), probes: true);

        var paths = Paths(outcome);
        Assert.Contains("/good/start", paths);
        Assert.Contains("/good/name", paths);
        Assert.Contains("/good/help", paths);
        Assert.Contains("/good/cookies", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/admin", StringComparison.Ordinal));
        Assert.All(paths, p => Assert.StartsWith("/good/", p, StringComparison.Ordinal));

        // The pages after /good/name are reached only by posting its form.
        Assert.DoesNotContain(paths, p => AfterTheFirstForm.Contains(p));
        Assert.All(outcome.Pages, p => Assert.True(p.Error is null && p.Axe is not null, $"{p.RequestedUrl}: {p.Error}"));
        Assert.All(outcome.Pages, p => Assert.Null(p.ErrorSummary));
        Assert.All(outcome.Pages, p => Assert.DoesNotContain("There is a problem", p.Html, StringComparison.Ordinal));
        Assert.All(outcome.Pages, p => Assert.Equal("crawl", p.Origin.Kind));
    }

    [Fact]
    public async Task With_respectRobotsTxt_false_the_disallowed_pages_are_visited()
    {
        var outcome = await CrawlAsync(new CrawlPlan(20, 3, ["/good/**", "/admin/**"], [], RespectRobotsTxt: false));

        Assert.Contains("/admin/", Paths(outcome));
    }

    [Fact]
    public async Task Excluded_paths_are_never_visited()
    {
        var outcome = await CrawlAsync(new CrawlPlan(20, 3, ["/good/**"], ["/good/help", "**/cookies"], RespectRobotsTxt: true));

        var paths = Paths(outcome);
        Assert.Contains("/good/name", paths);
        Assert.DoesNotContain("/good/help", paths);
        Assert.DoesNotContain("/good/cookies", paths);
    }

    [Fact]
    public async Task MaxPages_caps_the_crawl()
    {
        var outcome = await CrawlAsync(new CrawlPlan(3, 3, ["/**"], [], RespectRobotsTxt: true));

        Assert.Equal(3, outcome.Pages.Count);
        Assert.Equal("/good/start", new Uri(outcome.Pages[0].RequestedUrl).AbsolutePath);
    }

    [Fact]
    public async Task MaxDepth_1_visits_only_the_start_page_and_its_links()
    {
        var outcome = await CrawlAsync(new CrawlPlan(50, 1, ["/good/**"], [], RespectRobotsTxt: true));

        // /good/name links back to /good/start and on to nothing new at depth 2.
        var paths = Paths(outcome);
        Assert.Contains("/good/name", paths);
        Assert.DoesNotContain(paths, p => AfterTheFirstForm.Contains(p));
    }

    private async Task<WebGatherOutcome> CrawlAsync(CrawlPlan crawl, bool probes = false)
    {
        var request = FaultRun.Request(service, []) with
        {
            BaseUrl = service.Url("/good/start"),
            Crawl = crawl,
            Evidence = probes ? FaultRun.Request(service, []).Evidence : new HashSet<EvidenceKind> { EvidenceKind.Axe },
        };
        var outcome = await new WebGatherer().GatherAsync(request, null, FaultRun.Timeout());
        Assert.Null(outcome.FatalError);
        Assert.False(outcome.Interrupted);
        return outcome;
    }

    private static List<string> Paths(WebGatherOutcome outcome) => [.. outcome.Pages.Select(p => new Uri(p.RequestedUrl).AbsolutePath).Distinct()];
}

public sealed class BrowserLocatorTests
{
    [Fact]
    public void An_explicit_path_comes_first()
    {
        using var files = new TempFiles();
        var explicitPath = files.Create("explicit-chrome");
        var fromVariable = files.Create("variable-chrome");

        var (path, problem) = BrowserLocator.Locate(explicitPath, Environment(("SERVICESTANDARD_CHROMIUM", fromVariable)));

        Assert.Equal(explicitPath, path);
        Assert.Null(problem);
    }

    [Fact]
    public void The_environment_variable_comes_before_the_system_browsers()
    {
        using var files = new TempFiles();
        var fromVariable = files.Create("variable-chrome");
        var playwrightRoot = files.Directory("ms-playwright");
        var installed = files.Create(Path.Combine("ms-playwright", "chromium-1200", "chrome-linux", "chrome"));

        var (path, _) = BrowserLocator.Locate(null, Environment(("SERVICESTANDARD_CHROMIUM", fromVariable), ("PLAYWRIGHT_BROWSERS_PATH", playwrightRoot)));

        Assert.Equal(fromVariable, path);
        Assert.True(File.Exists(installed));
    }

    [Fact]
    public void A_Playwright_installed_chromium_comes_before_the_system_one()
    {
        using var files = new TempFiles();
        var playwrightRoot = files.Directory("ms-playwright");
        files.Create(Path.Combine("ms-playwright", "chromium-1100", "chrome-linux", "chrome"));
        var newest = files.Create(Path.Combine("ms-playwright", "chromium-1200", "chrome-linux64", "chrome"));

        var (path, _) = BrowserLocator.Locate(null, Environment(("PLAYWRIGHT_BROWSERS_PATH", playwrightRoot)));

        Assert.Equal(newest, path);
    }

    [Fact]
    public void Without_a_choice_the_system_chromium_is_found()
    {
        var (path, problem) = BrowserLocator.Locate(null, Environment());

        // Debian's /usr/bin/chromium is a launcher script; the binary it starts is used directly.
        Assert.Equal("/usr/lib/chromium/chromium", path);
        Assert.Null(problem);
    }

    [Fact]
    public void A_variable_that_points_nowhere_is_named_in_the_problem()
    {
        var (path, problem) = BrowserLocator.Locate(null, Environment(("SERVICESTANDARD_CHROMIUM", "/nonexistent/chrome")));

        Assert.Null(path);
        Assert.StartsWith("SERVICESTANDARD_CHROMIUM points at /nonexistent/chrome, which does not exist", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_path_that_points_nowhere_is_not_replaced_by_another_browser()
    {
        var (path, problem) = BrowserLocator.Locate("/nonexistent/chrome", Environment(("SERVICESTANDARD_CHROMIUM", "/usr/bin/chromium")));

        Assert.Null(path);
        Assert.Contains("/nonexistent/chrome", problem, StringComparison.Ordinal);
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.Where(v => v.Name == name).Select(v => v.Value).FirstOrDefault();

    private sealed class TempFiles : IDisposable
    {
        private readonly string _root = System.IO.Directory.CreateTempSubdirectory("servicestandard-locator-").FullName;

        public string Create(string relative)
        {
            var path = Path.Combine(_root, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "#!/bin/sh\n");
            return path;
        }

        public string Directory(string relative) => System.IO.Directory.CreateDirectory(Path.Combine(_root, relative)).FullName;

        public void Dispose() => System.IO.Directory.Delete(_root, recursive: true);
    }
}

public sealed class UrlGlobTests
{
    [Theory]
    [InlineData("/good/**", "/good/start", true)]
    [InlineData("/good/**", "/good/a/b/c", true)]
    [InlineData("/good/**", "/good/", true)]
    [InlineData("/good/**", "/good", false)]
    [InlineData("/good/**", "/goodness/start", false)]
    [InlineData("/good/*", "/good/start", true)]
    [InlineData("/good/*", "/good/a/b", false)]
    [InlineData("**/cookies", "/good/cookies", true)]
    [InlineData("**/cookies", "/cookies", true)]
    [InlineData("**/cookies", "/good/cookies-policy", false)]
    [InlineData("/p?ge", "/page", true)]
    [InlineData("/p?ge", "/p/ge", false)]
    [InlineData("/a.b", "/axb", false)]
    [InlineData("/a+b(c)", "/a+b(c)", true)]
    [InlineData("/GOOD/**", "/good/start", true)]
    [InlineData("/**", "/", true)]
    public void Matches_url_paths(string pattern, string path, bool expected) =>
        Assert.Equal(expected, new UrlGlob(pattern).IsMatch(path));
}

public sealed class RobotsTxtTests
{
    [Fact]
    public void The_sample_services_robots_txt_disallows_admin_only()
    {
        var robots = RobotsTxt.Parse(File.ReadAllText(RepositoryPaths.Combine("tests", "SampleService", "wwwroot", "robots.txt")));

        Assert.False(robots.Allows("/admin/"));
        Assert.False(robots.Allows("/admin/users?page=2"));
        Assert.True(robots.Allows("/admin"));
        Assert.True(robots.Allows("/good/start"));
    }

    [Fact]
    public void The_longest_matching_rule_wins_and_allow_wins_a_tie()
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /private\nAllow: /private/public\nDisallow: /x\nAllow: /x\n");

        Assert.False(robots.Allows("/private/secret"));
        Assert.True(robots.Allows("/private/public/page"));
        Assert.True(robots.Allows("/x/y"));
    }

    [Fact]
    public void Our_own_group_replaces_the_star_group()
    {
        var robots = RobotsTxt.Parse("""
            User-agent: *
            Disallow: /

            User-agent: ServiceStandard
            Disallow: /drafts/
            """);

        Assert.True(robots.Allows("/good/start"));
        Assert.False(robots.Allows("/drafts/1"));
    }

    [Fact]
    public void The_crawl_delay_of_the_group_that_applies_is_read_and_bounded()
    {
        Assert.Equal(TimeSpan.FromSeconds(2.5), RobotsTxt.Parse("User-agent: *\nCrawl-delay: 2.5\nDisallow: /x\n").CrawlDelay);
        // Our own group says everything for us: the star group's delay does not apply.
        Assert.Null(RobotsTxt.Parse("User-agent: *\nCrawl-delay: 5\n\nUser-agent: servicestandard\nDisallow: /drafts/\n").CrawlDelay);
        Assert.Equal(TimeSpan.FromSeconds(1), RobotsTxt.Parse("User-agent: *\nDisallow: /\n\nUser-agent: servicestandard\nCrawl-delay: 1\n").CrawlDelay);
        // A hostile delay cannot stall the run; nonsense is ignored.
        Assert.Equal(TimeSpan.FromMinutes(1), RobotsTxt.Parse("User-agent: *\nCrawl-delay: 86400\n").CrawlDelay);
        Assert.Null(RobotsTxt.Parse("User-agent: *\nCrawl-delay: soon\nCrawl-delay: -3\n").CrawlDelay);
    }

    [Fact]
    public void Consecutive_user_agent_lines_share_their_rules_and_other_groups_do_not_apply()
    {
        var robots = RobotsTxt.Parse("User-agent: googlebot\r\nUser-agent: *\r\nDisallow: /search # no search pages\r\n\r\nUser-agent: bingbot\r\nDisallow: /\r\n");

        Assert.False(robots.Allows("/search?q=permit"));
        Assert.True(robots.Allows("/good/start"));
    }

    [Fact]
    public void An_empty_disallow_a_trailing_star_and_an_empty_file_are_understood()
    {
        Assert.True(RobotsTxt.Parse("User-agent: *\nDisallow:\n").Allows("/anything"));
        Assert.False(RobotsTxt.Parse("User-agent: *\nDisallow: /tmp*\n").Allows("/tmp/file"));
        Assert.True(RobotsTxt.Parse(string.Empty).Allows("/admin/"));
        Assert.True(RobotsTxt.AllowAll.Allows("/admin/"));
    }
}

public sealed class UrlNormalizerTests
{
    [Theory]
    [InlineData("HTTP://Permits.Example.GOV:80/Apply#top", "http://permits.example.gov/Apply")]
    [InlineData("https://permits.example.gov:443", "https://permits.example.gov/")]
    [InlineData("http://127.0.0.1:5000/good/start?lang=es#main", "http://127.0.0.1:5000/good/start?lang=es")]
    [InlineData("http://127.0.0.1:5000/good/start", "http://127.0.0.1:5000/good/start")]
    public void Gives_one_spelling_per_page(string url, string expected) =>
        Assert.Equal(expected, UrlNormalizer.Normalize(new Uri(url)).AbsoluteUri);

    [Fact]
    public void Spellings_of_the_same_page_are_equal_and_different_queries_are_not()
    {
        Assert.Equal(UrlNormalizer.Normalize(new Uri("http://LOCALHOST:80/a#x")), UrlNormalizer.Normalize(new Uri("http://localhost/a")));
        Assert.NotEqual(UrlNormalizer.Normalize(new Uri("http://localhost/a?lang=es")), UrlNormalizer.Normalize(new Uri("http://localhost/a?lang=en")));
    }
}

/// <summary>Runs an assessment of a target written as YAML, as servicestandard.yml would give it.</summary>
internal static class FaultRun
{
    private static readonly StandardDefinition Standard = ShippedStandards.Load("digital-service-standard").Value!;

    /// <summary>Every run here finishes well within this; a hang fails the test instead of the suite.</summary>
    public static CancellationToken Timeout() => new CancellationTokenSource(ChildProcess.HangGuard).Token;

    public static WebGatherRequest Request(SampleServiceHost service, IReadOnlyList<Uri> pages) => new()
    {
        BaseUrl = service.BaseUrl,
        AllowedOrigins = [service.BaseUrl.GetLeftPart(UriPartial.Authority)],
        Pages = pages,
        Concurrency = 2,
        PageTimeout = TimeSpan.FromSeconds(20),
        StepTimeout = TimeSpan.FromSeconds(10),
    };

    public static async Task<AssessmentOutcome> AssessAsync(string target, ILogger? logger = null, CheckFilter? filter = null, string language = "en")
    {
        var directory = AppContext.BaseDirectory;
        var yaml = $"schemaVersion: 1\nstandard: digital-service-standard\nlanguage: {language}\ntarget:\n  concurrency: 2\n" +
                   string.Join("\n", target.Split('\n').Select(line => "  " + line)) + "\n";
        var parsed = ConfigLoader.Parse(yaml, "test.yml", directory);
        Assert.True(parsed.Succeeded, yaml + "\n" + string.Join("\n", parsed.Diagnostics));
        var config = ConfigDefaults.ApplyOverrides(parsed.Value, ConfigOverrides.None, directory);
        Assert.True(config.Succeeded, string.Join("\n", config.Diagnostics));

        var run = await new AssessmentRunner(logger).RunAsync(config.Value!, Standard, filter ?? CheckFilter.All, null, null, Timeout());

        Assert.True(run.Succeeded, string.Join("\n", run.Diagnostics));
        var outcome = run.Value!;
        Assert.NotNull(outcome.Report);
        Assert.NotEqual(AssessmentVerdict.Interrupted, outcome.Verdict);
        Assert.Equal(outcome.Evidence.Pages.Count, outcome.Report.Pages.Count);
        return outcome;
    }

    /// <summary>The page is in the report with this error, and the report counts it as a page error.</summary>
    public static void AssertPageError(AssessmentOutcome outcome, string url, string kind, string message)
    {
        var report = outcome.Report!;
        var page = Assert.Single(report.Pages, p => p.Url == url);
        Assert.Equal(new PageErrorSummary(kind, message), page.Error);
        Assert.Equal(report.Pages.Count(p => p.Error is not null), report.Totals.PageErrors);
    }

    /// <summary>Each page was visited and assessed in the same run: no error, axe ran on it.</summary>
    public static void AssertAssessed(AssessmentOutcome outcome, params Uri[] urls)
    {
        foreach (var url in urls)
        {
            var page = Assert.Single(outcome.Report!.Pages, p => p.Url == url.AbsoluteUri);
            Assert.True(page.Error is null, $"{url} was not assessed: {page.Error}");
            var snapshot = Assert.Single(outcome.Evidence.Pages, p => p.RequestedUrl == url.AbsoluteUri);
            Assert.NotNull(snapshot.Axe);
        }

        Assert.True(outcome.Report!.Totals.PagesAssessed >= urls.Length);
        Assert.NotEqual(AssessmentVerdict.NotAssessable, outcome.Verdict);
    }
}

/// <summary>Progress reported on the reporting thread, at once (<see cref="Progress{T}"/> posts it for later).</summary>
internal sealed class ImmediateProgress(Action<GatherProgress> report) : IProgress<GatherProgress>
{
    public void Report(GatherProgress value) => report(value);
}

/// <summary>Keeps what the gatherer logs, to see how many attempts a page took.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyList<string> Messages => [.. _messages];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _messages.Enqueue(formatter(state, exception));
}
