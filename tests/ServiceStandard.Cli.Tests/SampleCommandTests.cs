using System.Text.Json.Nodes;
using ServiceStandard.Assessing.Sampling;
using ServiceStandard.Configuration;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Testing;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// <c>servicestandard sample</c> in real Chromium against a small fixture site on 127.0.0.1
/// (tests/fixtures/sample-site: three articles of one template with different text and list
/// lengths, two listings of another, a contact and a help page in Spanish, a privacy page named only
/// by its link's text, a form and a video): what the table says about each page, that the same
/// seed gives the same sample, that --write keeps the config's own lines and makes plan (and so
/// assess) visit exactly the sample, and one-line errors with exit 2 for bad input.
/// </summary>
public sealed class SampleCommandTests : IAsyncLifetime
{
    private static readonly string Site = RepositoryPaths.Combine("tests", "fixtures", "sample-site");

    private readonly StaticFileServer _server = new(Site);
    private readonly DirectoryInfo _folder = TestOutput.Create("sample");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private string WriteConfig(string extra = "")
    {
        var path = Path.Combine(_folder.FullName, "servicestandard.yml");
        File.WriteAllText(path, $"""
            # The team's own comment, kept by --write.
            schemaVersion: 1
            target:
              baseUrl: {_server.BaseUrl.AbsoluteUri}
              crawl:
                maxPages: 40
              concurrency: 1
            {extra}
            # A trailing comment.

            """);
        return path;
    }

    private static Task<CliResult> SampleAsync(string config, params string[] more) =>
        CliProcess.RunAsync(["sample", "--config", config, "--verbosity", "detailed", .. more]);

    /// <summary>The line of the table for a page: its path, then title and reasons.</summary>
    private static string Row(CliResult result, string path) =>
        result.Stdout.Split('\n').SingleOrDefault(l => l.StartsWith(path + " ", StringComparison.Ordinal)) ?? throw new Xunit.Sdk.XunitException($"no row for {path} in:\n{result}");

    private static IReadOnlyList<string[]> Templates(CliResult result) =>
        [.. (result.Stdout + result.Stderr).Split('\n')
            .Where(l => l.StartsWith("template ", StringComparison.Ordinal) && l.Contains(": /", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..].Trim().Split(' '))];

    [Fact]
    public async Task Pages_of_one_template_cluster_together_and_common_pages_are_found_in_english_and_spanish()
    {
        var result = await SampleAsync(WriteConfig(), "--seed", "11");

        CliAssert.Exit(ExitCodes.Success, result);
        var templates = Templates(result);
        var articles = templates.Single(t => t.Contains("/articles/a.html"));
        Assert.Equal(["/articles/a.html", "/articles/b.html", "/articles/c.html"], articles.Order(StringComparer.Ordinal));
        var listings = templates.Single(t => t.Contains("/products/list-1.html"));
        Assert.Equal(["/products/list-1.html", "/products/list-2.html"], listings.Order(StringComparer.Ordinal));

        Assert.Contains("common: home", Row(result, "/"), StringComparison.Ordinal);
        Assert.Contains("common: contact", Row(result, "/contacto.html"), StringComparison.Ordinal);
        Assert.Contains("common: help", Row(result, "/ayuda.html"), StringComparison.Ordinal);
        Assert.Contains("common: legal", Row(result, "/legal/p1.html"), StringComparison.Ordinal);
        Assert.Contains("(3 pages)", Row(result, "/articles/a.html"), StringComparison.Ordinal);
        Assert.Contains("technology: video", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"of {templates.Sum(t => t.Length)} pages crawled", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_sample_and_write_makes_plan_visit_exactly_it()
    {
        var config = WriteConfig();
        var first = await SampleAsync(config, "--seed", "5", "--random-share", "1");
        var second = await SampleAsync(config, "--seed", "5", "--random-share", "1", "--write");

        CliAssert.Exit(ExitCodes.Success, first);
        CliAssert.Exit(ExitCodes.Success, second);
        string Table(CliResult r) => string.Join('\n', r.Stdout.Split('\n').Where(l => l.StartsWith('/')));
        Assert.Equal(Table(first), Table(second));
        Assert.Contains("random", Table(first), StringComparison.Ordinal);

        var written = File.ReadAllText(config);
        Assert.StartsWith("# The team's own comment, kept by --write.", written, StringComparison.Ordinal);
        Assert.Contains("# A trailing comment.", written, StringComparison.Ordinal);
        Assert.Contains("  seed: 5", written, StringComparison.Ordinal);
        var loaded = ConfigLoader.LoadFile(config);
        Assert.True(loaded.Succeeded, string.Join('\n', loaded.Diagnostics));
        var sampled = loaded.Value!.Sample!.Pages.Select(p => p.Url).ToList();
        Assert.Equal(Table(first).Split('\n').Select(l => l.Split(' ')[0]), sampled);

        // Without --seed, the config's seed draws the same sample again.
        var again = await SampleAsync(config);
        Assert.Equal(Table(first), Table(again));

        var plan = Path.Combine(_folder.FullName, "plan.json");
        var planned = await CliProcess.RunAsync("plan", "--config", config, "--out", plan);
        CliAssert.Exit(ExitCodes.Success, planned);
        var pages = JsonNode.Parse(File.ReadAllText(plan))!["pages"]!.AsArray().Select(p => new Uri((string)p!["url"]!).PathAndQuery);
        Assert.Equal(sampled, pages);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public async Task A_random_share_outside_zero_to_one_is_a_one_line_error(string share)
    {
        var result = await CliProcess.RunAsync("sample", "--config", WriteConfig(), "--random-share", share);

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.Equal($"servicestandard: error: --random-share must be more than 0 and at most 1, found {share}", result.Stderr.Trim());
    }

    [Fact]
    public async Task An_unknown_config_is_bad_input()
    {
        var result = await CliProcess.RunAsync("sample", "--config", Path.Combine(_folder.FullName, "missing.yml"));

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.Contains("missing.yml:1:1: error:", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_sample_section_is_located()
    {
        var config = WriteConfig("""
            sample:
              randomShare: 2
              pages:
                - url: /articles/a.html
                  reasons: [random]
            """);
        var result = await CliProcess.RunAsync("sample", "--config", config);

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.Contains("servicestandard.yml:9:16: error: 'randomShare' in sample must be more than 0 and at most 1, found 2", result.Stderr, StringComparison.Ordinal);
    }
}

/// <summary>The parts of the sample with no browser: clustering, the seeded draw and the config section's writer.</summary>
public sealed class SampleSelectorTests
{
    private static SamplePage Page(string url, string title, IEnumerable<string> paths, params string[] features) =>
        new(new Uri("http://127.0.0.1:1" + url), title, new PageOutline([.. paths], features, []));

    private static readonly string[] Layout = ["body>header", "body>header>nav", "body>header>nav>ul>li>a", "body>main", "body>footer", "body>footer>ul>li>a"];

    [Fact]
    public void Clusters_do_not_depend_on_the_order_pages_were_crawled_in()
    {
        var pages = Enumerable.Range(0, 6).Select(i => Page($"/p{i}", "P", [.. Layout, i % 2 == 0 ? "body>main>table" : "body>main>form>input", $"body>main>x{i}"])).ToList();
        var forward = TemplateClusters.Cluster(pages, 0.7);
        var backward = TemplateClusters.Cluster([.. Enumerable.Reverse(pages)], 0.7);

        Assert.Equal(forward.Select(c => c.Pages.Select(p => p.Url)), backward.Select(c => c.Pages.Select(p => p.Url)));
    }

    [Fact]
    public void The_random_share_is_a_part_of_the_structured_sample_drawn_by_the_seed()
    {
        var pages = Enumerable.Range(0, 40).Select(i => Page($"/p{i:00}", "P", Layout)).Append(Page("/", "Home", ["body>h1"])).ToList();
        var one = SampleSelector.Select(pages, new Uri("http://127.0.0.1:1/"), [], 1, 42);
        var same = SampleSelector.Select([.. Enumerable.Reverse(pages)], new Uri("http://127.0.0.1:1/"), [], 1, 42);
        var other = SampleSelector.Select(pages, new Uri("http://127.0.0.1:1/"), [], 1, 43);

        // Structured: the home page and one page of the other template; random: as many again.
        Assert.Equal(2, one.Pages.Count(p => !p.RandomOnly));
        Assert.Equal(2, one.Pages.Count(p => p.RandomOnly));
        Assert.Equal(one.Pages.Select(p => p.Url), same.Pages.Select(p => p.Url));
        Assert.NotEqual(one.Pages.Select(p => p.Url), other.Pages.Select(p => p.Url));
    }

    [Fact]
    public void Writing_the_section_replaces_the_old_one_and_keeps_every_other_line()
    {
        var text = "# mine\nschemaVersion: 1\ntarget:\n  baseUrl: http://127.0.0.1:1/\nsample:\n  seed: 1\n  pages:\n    - url: /old\n\n# about output\noutput:\n  dir: out\n";
        var sample = new SampleConfig(9, 0.1, [new SampleEntry("/new \"page\"", ["common: home", "template 1 of 2 (3 pages)"])], new("x", 1, 1));

        var written = SampleSection.Write(text, sample, "chosen today");

        Assert.Equal(
            "# mine\nschemaVersion: 1\ntarget:\n  baseUrl: http://127.0.0.1:1/\nsample:\n  # chosen today\n  seed: 9\n  randomShare: 0.1\n  pages:\n    - url: \"/new \\\"page\\\"\"\n      reasons: [\"common: home\", \"template 1 of 2 (3 pages)\"]\n\n# about output\noutput:\n  dir: out\n",
            written);
        var loaded = ConfigLoader.Parse(written, "servicestandard.yml", Path.GetTempPath());
        Assert.True(loaded.Succeeded, string.Join('\n', loaded.Diagnostics));
        Assert.Equal(["common: home", "template 1 of 2 (3 pages)"], loaded.Value!.Sample!.Pages.Single().Reasons);
    }
}
