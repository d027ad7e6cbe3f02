using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using ServiceStandard.Testing;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// A run spares the service it assesses: a local server counts when each page is asked for and by
/// whom. <c>--max-requests-per-second</c> (or <c>target.maxRequestsPerSecond</c>) spaces the page
/// loads on the origin, robots.txt's <c>Crawl-delay</c> slows a crawl further, and every request
/// names the tool, its version and the team's contact from the configuration.
/// </summary>
[Collection(ShardCollection.Name)]
public sealed class PolitenessTests : IAsyncLifetime
{
    private const string Contact = "mailto:a11y@team.example";
    private readonly ConcurrentQueue<(string Path, TimeSpan At, string? UserAgent)> _requests = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly DirectoryInfo _directory = TestOutput.Create("politeness");
    private LoopbackHttpServer _server = null!;

    public Task InitializeAsync()
    {
        _server = new LoopbackHttpServer("/", path => Task.FromResult(Answer(path)))
        {
            OnRequest = request => _requests.Enqueue((request.Url!.AbsolutePath, _clock.Elapsed, request.UserAgent)),
        };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Max_requests_per_second_spaces_the_page_loads_and_the_user_agent_names_the_tool_and_contact()
    {
        var config = Config("rate.yml", $"""
              pages: [{string.Join(", ", Enumerable.Range(1, 6).Select(i => $"/page/{i}"))}]
              concurrency: 3
              contact: "{Contact}"
            """);

        var result = await CliProcess.RunAsync(["assess", "--config", config, "--max-requests-per-second", "1", "--checks", "accessibility/axe", "--out", Out("rate"), "--fail-on", "none"]);

        CliAssert.Exit(ExitCodes.Success, result);
        var pages = Pages();
        Assert.Equal(6, pages.Count);
        // One a second.
        AssertSpacedBy(pages, TimeSpan.FromSeconds(1));
        var version = typeof(CliProcess).Assembly.GetName().Version!.ToString(3);
        Assert.All(pages, p => Assert.EndsWith($" servicestandard/{version} (+{Contact})", p.UserAgent, StringComparison.Ordinal));
        Assert.All(pages, p => Assert.Contains("Chrome/", p.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_crawl_honours_the_crawl_delay_of_robots_txt_and_asks_for_it_as_servicestandard()
    {
        var config = Config("crawl.yml", """
              pages: [/page/1]
              concurrency: 3
              crawl: { enabled: true, maxPages: 5, maxDepth: 2 }
            """);

        var result = await CliProcess.RunAsync(["assess", "--config", config, "--checks", "accessibility/axe", "--out", Out("crawl"), "--fail-on", "none"]);

        CliAssert.Exit(ExitCodes.Success, result);
        var robots = Assert.Single(_requests, r => r.Path == "/robots.txt");
        Assert.StartsWith("servicestandard/", robots.UserAgent, StringComparison.Ordinal);
        var pages = Pages();
        Assert.Equal(5, pages.Count);
        // Crawl-delay: 1 (for servicestandard) outweighs no limit of the run's own.
        AssertSpacedBy(pages, TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData("maxRequestsPerSecond: -1", "'maxRequestsPerSecond' in target must be 0 or more, found -1")]
    [InlineData("maxRequestsPerSecond: fast", "'maxRequestsPerSecond' in target must be a number")]
    [InlineData("contact: \"Team (a11y)\"", "'contact' in target must be a URL or e-mail address in plain ASCII")]
    public async Task A_bad_politeness_setting_is_bad_input_naming_its_line(string line, string expected)
    {
        var config = Config("bad.yml", $"""
              pages: [/page/1]
              {line}
            """);

        var result = await CliProcess.RunAsync(["assess", "--config", config, "--out", Out("bad")]);

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains($"{config}:6:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.Empty(_requests);
    }

    [Fact]
    public async Task A_negative_rate_on_the_command_line_is_bad_input()
    {
        var config = Config("cli.yml", "  pages: [/page/1]\n");

        var result = await CliProcess.RunAsync(["assess", "--config", config, "--max-requests-per-second", "-2", "--out", Out("negative")]);

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.Contains("--max-requests-per-second must be 0 (no limit) or more, found -2", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(_requests);
    }

    /// <summary>
    /// Loads <paramref name="interval"/> apart, as the server sees them. What a loaded machine adds
    /// between the tool starting a load and the server seeing it varies from load to load, so one gap
    /// can come out short by what the one before came out late: each gap after the first is at least
    /// half the interval (unpaced, they are a few milliseconds), and together they are at least 70 % of
    /// the intervals. The first gap alone is left out of the first test: the browser's first
    /// navigation takes longer to leave it, so the first request reaches the server late.
    /// </summary>
    private static void AssertSpacedBy(IReadOnlyList<(string Path, TimeSpan At, string? UserAgent)> pages, TimeSpan interval)
    {
        var gaps = pages.Zip(pages.Skip(1), (a, b) => b.At - a.At).ToList();
        var said = $"gaps between page loads: {string.Join(", ", gaps.Select(g => $"{g.TotalMilliseconds:F0} ms"))}, {interval.TotalMilliseconds} ms apart asked";
        Assert.True(gaps.Skip(1).All(g => g >= interval / 2), said);
        Assert.True(pages[^1].At - pages[0].At >= interval * gaps.Count * 0.7, said);
    }

    /// <summary>The requests for pages (not robots.txt, not the favicon), in the order they came; the crawl starts at the base URL too.</summary>
    private List<(string Path, TimeSpan At, string? UserAgent)> Pages() =>
        [.. _requests.Where(r => r.Path == "/" || r.Path.StartsWith("/page/", StringComparison.Ordinal)).OrderBy(r => r.At)];

    private static LoopbackAnswer Answer(string path)
    {
        if (path == "/robots.txt")
        {
            return new(200, "text/plain; charset=utf-8", "User-agent: *\nDisallow: /private\n\nUser-agent: servicestandard\nCrawl-delay: 1\n"u8.ToArray());
        }

        var n = 0;
        if (path != "/" && (!path.StartsWith("/page/", StringComparison.Ordinal) || !int.TryParse(path["/page/".Length..], out n)))
        {
            return LoopbackAnswer.NotFound;
        }

        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head>
            <body><main><h1>Page {n}</h1><p><a href="/page/{n + 1}">Next</a> <a href="/page/{n + 2}">Skip</a></p></main></body></html>
            """;
        return new(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));
    }

    private string Config(string name, string target)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, $"""
            schemaVersion: 1
            standard: digital-service-standard
            target:
              baseUrl: {_server.BaseUrl.AbsoluteUri}
            {target}
            """);
        return path;
    }

    private string Out(string name) => Path.Combine(_directory.FullName, name);
}
