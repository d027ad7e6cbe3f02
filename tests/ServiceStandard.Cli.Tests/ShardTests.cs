using System.Text.Json.Nodes;
using ServiceStandard.Testing;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// One plan of the sample service's /bad variant, run as one shard and as four, each merged: what
/// every test of <see cref="ShardTests"/> reads. Made once for the class, so the browser runs five
/// shards in all, one after another.
/// </summary>
public sealed class ShardRunsFixture : IAsyncLifetime
{
    public const string Config = "tests/SampleService/servicestandard.bad.yml";

    public SampleServiceHost Service { get; } = new();

    // Kept after the run (artifacts/test-output): a failure's message names it.
    public DirectoryInfo Directory { get; } = TestOutput.Create("shards");

    public string Plan => Path.Combine(Directory.FullName, "plan.json");

    public string Shard(int index, int count) => Path.Combine(Directory.FullName, $"shard-{index}-of-{count}");

    public CliResult Planned { get; private set; } = null!;

    public IReadOnlyList<CliResult> Shards { get; private set; } = [];

    public CliResult MergedOne { get; private set; } = null!;

    public CliResult MergedFour { get; private set; } = null!;

    public Task<CliResult> AssessShardAsync(int index, int count, params string[] more) =>
        CliProcess.RunAsync(["assess", "--config", Config, "--base-url", Service.BaseUrl.AbsoluteUri, "--plan", Plan, "--shard", $"{index}/{count}", "--out", Shard(index, count), .. more]);

    public Task<CliResult> MergeAsync(string output, params string[] shards) =>
        CliProcess.RunAsync(["merge", .. shards, "--config", Config, "--out", output, "--format", "json,html,sarif"]);

    public async Task InitializeAsync()
    {
        Planned = await CliProcess.RunAsync("plan", "--config", Config, "--base-url", Service.BaseUrl.AbsoluteUri, "--out", Plan);
        CliAssert.Exit(ExitCodes.Success, Planned);

        // One at a time: two browsers at once on a loaded 2-core machine make journey steps time out.
        var shards = new List<CliResult>();
        for (var index = 1; index <= 4; index++)
        {
            shards.Add(await AssessShardAsync(index, 4));
        }

        Shards = shards;
        var whole = await AssessShardAsync(1, 1);
        CliAssert.Exit(ExitCodes.Success, whole);
        MergedOne = await MergeAsync(Path.Combine(Directory.FullName, "merged-1"), Shard(1, 1));
        MergedFour = await MergeAsync(Path.Combine(Directory.FullName, "merged-4"), Shard(1, 4), Shard(2, 4), Shard(3, 4), Shard(4, 4));
    }

    public async Task DisposeAsync() => await Service.DisposeAsync();
}

/// <summary>
/// The shard tests run alone: they compare two gatherings of the same pages, and a keyboard walk
/// beside other browsers on a loaded 2-core machine can miss what a timing-sensitive probe sees
/// (the on-focus navigation of /bad/help).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ShardCollection
{
    public const string Name = "shards (run alone)";
}

/// <summary>
/// <c>plan</c>, <c>assess --plan --shard K/N</c> and <c>merge</c> against the real sample service in
/// Chromium: four shards merged give the assessment one shard gives (timings aside), a shard's
/// output says it is partial, and a missing, doubled or foreign shard, a plan from another
/// configuration or a bad <c>--shard</c> is bad input (2) that names what is wrong.
/// </summary>
[Collection(ShardCollection.Name)]
public sealed class ShardTests(ShardRunsFixture runs) : IClassFixture<ShardRunsFixture>
{
    [Fact]
    public void Four_shards_merged_give_the_assessment_of_one_shard_merged()
    {
        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, runs.MergedOne);
        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, runs.MergedFour);
        var one = AssessmentJson.Read(Path.Combine(runs.Directory.FullName, "merged-1"));
        var four = AssessmentJson.Read(Path.Combine(runs.Directory.FullName, "merged-4"));

        foreach (var (name, assessment) in new[] { ("merged-1", one), ("merged-4", four) })
        {
            var errors = assessment["pages"]!.AsArray().Where(p => p!["error"] is JsonObject).Select(p => $"{p!["url"]}: {p["error"]!["message"]}").ToList();
            Assert.True(errors.Count == 0, $"page errors in {Path.Combine(runs.Directory.FullName, name)}:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }

        Assert.NotEmpty(four["findings"]!.AsArray());
        Assert.Equal(24, four["pages"]!.AsArray().Count);
        Assert.Equal(AssessmentJson.Fingerprints(one), AssessmentJson.Fingerprints(four));
        Assert.Equal(one["criteria"]!.ToJsonString(), four["criteria"]!.ToJsonString());
        Assert.Equal(AssessmentJson.WithoutTimings(one), AssessmentJson.WithoutTimings(four));
        Assert.Null(four["shard"]);
        Assert.True(File.Exists(Path.Combine(runs.Directory.FullName, "merged-4", "report.sarif")));
        Assert.Contains("data:image/png;base64,", File.ReadAllText(Path.Combine(runs.Directory.FullName, "merged-4", "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_shard_takes_a_share_of_the_plan_and_says_its_assessment_is_partial()
    {
        var plan = JsonNode.Parse(File.ReadAllText(runs.Plan))!;
        Assert.Equal(3, plan["pages"]!.AsArray().Count);
        Assert.Equal(["apply-for-a-permit", "cancel-a-permit", "solicitar-un-permiso"], plan["journeys"]!.AsArray().Select(j => j!["name"]!.GetValue<string>()));
        var planId = plan["planId"]!.GetValue<string>();

        var journeys = new List<string>();
        var pages = new List<string>();
        for (var index = 1; index <= 4; index++)
        {
            // A shard's findings are not the verdict: merge decides over every page.
            CliAssert.Exit(ExitCodes.Success, runs.Shards[index - 1]);
            var assessment = AssessmentJson.Read(runs.Shard(index, 4));
            Assert.Equal(index, assessment["shard"]!["index"]!.GetValue<int>());
            Assert.Equal(4, assessment["shard"]!["count"]!.GetValue<int>());
            Assert.Equal(planId, assessment["shard"]!["planId"]!.GetValue<string>());
            Assert.Equal(File.ReadAllText(runs.Plan), File.ReadAllText(Path.Combine(runs.Shard(index, 4), "plan.json")));
            foreach (var page in assessment["pages"]!.AsArray())
            {
                if (page!["journey"]?.GetValue<string>() is { } journey)
                {
                    journeys.Add($"{journey}#{page["step"]}");
                }
                else
                {
                    pages.Add(page["url"]!.GetValue<string>());
                }
            }
        }

        // Every page once; a journey never split: all its steps in one shard.
        Assert.Equal(plan["pages"]!.AsArray().Select(p => p!["url"]!.GetValue<string>()).Order(), pages.Order());
        Assert.Equal(journeys.Count, journeys.Distinct().Count());
        Assert.Equal(21, journeys.Count);
    }

    [Fact]
    public async Task A_missing_shard_is_named()
    {
        var result = await runs.MergeAsync(Output("missing"), runs.Shard(1, 4), runs.Shard(2, 4), runs.Shard(4, 4));

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains("shard 3/4 of plan", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("is missing (the folders given hold 1/4, 2/4, 4/4)", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output("missing")));
    }

    [Fact]
    public async Task A_shard_given_twice_is_named()
    {
        var result = await runs.MergeAsync(Output("doubled"), runs.Shard(1, 4), runs.Shard(2, 4), runs.Shard(2, 4), runs.Shard(3, 4), runs.Shard(4, 4));

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains("shard 2/4 is given twice", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output("doubled")));
    }

    [Fact]
    public async Task A_shard_of_another_plan_is_refused()
    {
        // Another plan (another base URL spelling), and a shard folder that claims to be of it.
        var otherPlan = Path.Combine(runs.Directory.FullName, "other-plan.json");
        var planned = await CliProcess.RunAsync("plan", "--config", ShardRunsFixture.Config, "--base-url", $"http://localhost:{runs.Service.Port}/", "--out", otherPlan);
        CliAssert.Exit(ExitCodes.Success, planned);
        var foreign = Path.Combine(runs.Directory.FullName, "foreign-shard");
        Directory.CreateDirectory(foreign);
        File.Copy(otherPlan, Path.Combine(foreign, "plan.json"));
        var evidence = JsonNode.Parse(File.ReadAllText(Path.Combine(runs.Shard(4, 4), "evidence.json")))!;
        var otherId = JsonNode.Parse(File.ReadAllText(otherPlan))!["planId"]!.GetValue<string>();
        evidence["shard"]!["planId"] = otherId;
        File.WriteAllText(Path.Combine(foreign, "evidence.json"), evidence.ToJsonString());

        var result = await runs.MergeAsync(Output("foreign"), runs.Shard(1, 4), runs.Shard(2, 4), runs.Shard(3, 4), foreign);

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.StartsWith(Path.Combine(foreign, "evidence.json") + ":1:1: error: this is shard 4/4 of plan " + otherId, result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output("foreign")));
    }

    [Fact]
    public async Task A_plan_from_another_configuration_is_refused_before_any_browser_starts()
    {
        var config = Path.Combine(runs.Directory.FullName, "changed.yml");
        File.WriteAllText(config, File.ReadAllText(RepositoryPaths.Combine(ShardRunsFixture.Config)) + "# changed\n");

        var result = await CliProcess.RunAsync(
            "assess", "--config", config, "--base-url", runs.Service.BaseUrl.AbsoluteUri, "--plan", runs.Plan, "--shard", "1/4", "--out", Output("other-config"), "--browser-path", "/no/such/chromium");

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.StartsWith($"{runs.Plan}:1:1: error: this plan was made from another configuration than {config}", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output("other-config")));
    }

    [Fact]
    public async Task A_plan_changed_by_hand_is_refused()
    {
        var changed = Path.Combine(runs.Directory.FullName, "changed-plan.json");
        File.WriteAllText(changed, File.ReadAllText(runs.Plan).Replace("/bad/help", "/bad/cookies?again", StringComparison.Ordinal));

        var result = await CliProcess.RunAsync(
            "assess", "--config", ShardRunsFixture.Config, "--base-url", runs.Service.BaseUrl.AbsoluteUri, "--plan", changed, "--shard", "1/2", "--out", Output("changed"));

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.StartsWith($"{changed}:1:1: error: this plan.json was changed after servicestandard plan wrote it", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0/4", "K must be from 1 to N")]
    [InlineData("5/4", "K must be from 1 to N (here N is 4)")]
    [InlineData("1/0", "K must be from 1 to N")]
    [InlineData("a/b", "is not K/N")]
    [InlineData("3", "is not K/N")]
    [InlineData("-1/4", "is not K/N")]
    public async Task A_bad_shard_is_bad_input_in_one_line(string shard, string expected)
    {
        var output = Output("bad-shard");
        var result = await CliProcess.RunAsync(
            "assess", "--config", ShardRunsFixture.Config, "--plan", runs.Plan, "--shard", shard, "--out", output);

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task A_shard_without_a_plan_is_bad_input()
    {
        var result = await CliProcess.RunAsync("assess", "--config", ShardRunsFixture.Config, "--shard", "1/2", "--out", Output("no-plan"));

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.Contains("--shard needs --plan", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_that_is_not_a_shards_is_named()
    {
        var result = await runs.MergeAsync(Output("not-a-shard"), runs.Shard(1, 4), runs.Directory.FullName);

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.StartsWith($"{runs.Directory.FullName}:1:1: error: this is not a shard's output: it has no evidence.json", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_crawls_once_obeying_robots_txt_and_its_shards_visit_the_crawled_pages_without_crawling()
    {
        var config = Path.Combine(runs.Directory.FullName, "crawl.yml");
        File.WriteAllText(config, """
            schemaVersion: 1
            standard: digital-service-standard
            target:
              baseUrl: http://127.0.0.1:5000/good/start
              pages: [/good/start]
              crawl: { enabled: true, maxPages: 20, maxDepth: 3, include: ["/good/**", "/admin/**"] }
            """);
        var plan = Path.Combine(runs.Directory.FullName, "crawl-plan.json");
        string[] target = ["--config", config, "--base-url", runs.Service.Url("/good/start").AbsoluteUri];

        var planned = await CliProcess.RunAsync(["plan", .. target, "--out", plan]);

        CliAssert.Exit(ExitCodes.Success, planned);
        var written = JsonNode.Parse(File.ReadAllText(plan))!;
        Assert.True(written["crawled"]!.GetValue<bool>());
        var paths = written["pages"]!.AsArray().Select(p => new Uri(p!["url"]!.GetValue<string>()).AbsolutePath).ToList();
        Assert.Equal("/good/start", paths[0]);
        Assert.Contains("/good/name", paths);
        Assert.Contains("/good/help", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/admin", StringComparison.Ordinal));

        var output = Output("crawl-shard");
        var shard = await CliProcess.RunAsync(["assess", .. target, "--plan", plan, "--shard", "2/2", "--checks", "accessibility/axe", "--out", output]);

        CliAssert.Exit(ExitCodes.Success, shard);
        var evidence = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "evidence.json")))!;
        var visited = evidence["pages"]!.AsArray().Select(p => new Uri(p!["requestedUrl"]!.GetValue<string>()).AbsolutePath).ToList();
        Assert.Equal(paths.Count / 2, visited.Count);
        Assert.All(visited, p => Assert.Contains(p, paths));
        Assert.All(evidence["pages"]!.AsArray(), p => Assert.Equal("crawl", p!["origin"]!["kind"]!.GetValue<string>()));
        Assert.True(evidence["gathering"]!["crawled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_plan_written_over_a_folder_is_bad_input_and_writes_nothing()
    {
        var result = await CliProcess.RunAsync("plan", "--config", ShardRunsFixture.Config, "--base-url", runs.Service.BaseUrl.AbsoluteUri, "--out", runs.Directory.FullName);

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains($"--out {runs.Directory.FullName} is a folder", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(runs.Directory.FullName, "plan.json.partial")));
    }

    private string Output(string name) => Path.Combine(runs.Directory.FullName, "out-" + name);
}
