using System.Text.Json.Nodes;
using ServiceStandard.Testing;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// The sample service's /bad variant assessed three ways, one after another: uninterrupted; killed
/// outright (SIGKILL) mid-run and resumed; interrupted (SIGINT, as Ctrl+C) mid-run and resumed.
/// </summary>
public sealed class ResumeRunsFixture : IAsyncLifetime
{
    public const string Config = ShardRunsFixture.Config;

    public SampleServiceHost Service { get; } = new();

    public DirectoryInfo Directory { get; } = TestOutput.Create("resume");

    public string Out(string name) => Path.Combine(Directory.FullName, name);

    public CliResult Whole { get; private set; } = null!;

    public CliResult Killed { get; private set; } = null!;

    public int KilledPages { get; private set; }

    public CliResult ResumedAfterKill { get; private set; } = null!;

    public CliResult Interrupted { get; private set; } = null!;

    public CliResult ResumedAfterInterrupt { get; private set; } = null!;

    /// <summary>The evidence.json the interrupted run wrote, before its resumption replaced it.</summary>
    public JsonNode InterruptedEvidence { get; private set; } = null!;

    public string[] Target => ["--config", Config, "--base-url", Service.BaseUrl.AbsoluteUri];

    public Task<CliResult> AssessAsync(string output, params string[] more) =>
        CliProcess.RunAsync(["assess", .. Target, "--out", output, .. more]);

    public async Task InitializeAsync()
    {
        Whole = await AssessAsync(Out("whole"));

        // Killed once two pages are in its journal (its first line says how they are gathered).
        var journal = Path.Combine(Out("killed") + ".partial", "evidence.jsonl");
        Killed = await CliProcess.RunAndSignalAsync(["assess", .. Target, "--out", Out("killed")], null, () => SecurityMeasuresTests.CompleteLines(journal) >= 3, "KILL");
        KilledPages = SecurityMeasuresTests.CompleteLines(journal) - 1;
        ResumedAfterKill = await CliProcess.RunAsync(["assess", .. Target, "--resume", Out("killed")]);

        journal = Path.Combine(Out("interrupted") + ".partial", "evidence.jsonl");
        Interrupted = await CliProcess.RunAndSignalAsync(["assess", .. Target, "--out", Out("interrupted")], null, () => SecurityMeasuresTests.CompleteLines(journal) >= 3, "INT");
        InterruptedEvidence = JsonNode.Parse(File.ReadAllText(Path.Combine(Out("interrupted"), "evidence.json")))!;
        ResumedAfterInterrupt = await CliProcess.RunAsync(["assess", .. Target, "--resume", Out("interrupted")]);
    }

    public async Task DisposeAsync() => await Service.DisposeAsync();
}

/// <summary>
/// <c>assess --resume DIR</c> against the real sample service in Chromium: a run killed or
/// interrupted mid-way and resumed gives the assessment of a run that was never stopped (timings
/// aside), gathering only what was missing; evidence of another run is refused in one line, exit 2,
/// with nothing written.
/// </summary>
[Collection(ShardCollection.Name)]
public sealed class ResumeTests(ResumeRunsFixture runs) : IClassFixture<ResumeRunsFixture>
{
    [Fact]
    public void A_run_killed_mid_way_and_resumed_gives_the_assessment_of_an_uninterrupted_run()
    {
        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, runs.Whole);
        Assert.True(runs.KilledPages >= 2 && runs.KilledPages < 24, $"{runs.KilledPages} pages finished before the kill");
        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, runs.ResumedAfterKill);
        Assert.Contains($"the {runs.KilledPages} pages it had gathered were kept", Said(runs.ResumedAfterKill), StringComparison.Ordinal);

        AssertSameAssessment(AssessmentJson.Read(runs.Out("whole")), AssessmentJson.Read(runs.Out("killed")));
        // The killed run's staging folder was taken over and is gone.
        Assert.False(Directory.Exists(runs.Out("killed") + ".partial"));
        Assert.False(File.Exists(Path.Combine(runs.Out("killed"), "evidence.jsonl")));
    }

    [Fact]
    public void A_run_interrupted_with_ctrl_c_and_resumed_gives_the_assessment_of_an_uninterrupted_run()
    {
        CliAssert.Exit(ExitCodes.Interrupted, runs.Interrupted);
        var partial = runs.InterruptedEvidence;
        Assert.True(partial["gathering"]!["interrupted"]!.GetValue<bool>());
        var kept = partial["pages"]!.AsArray().Count;
        Assert.InRange(kept, 2, 23);

        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, runs.ResumedAfterInterrupt);
        Assert.Contains($"the {kept} pages it had gathered were kept", Said(runs.ResumedAfterInterrupt), StringComparison.Ordinal);
        var resumed = AssessmentJson.Read(runs.Out("interrupted"));
        Assert.False(resumed["run"]!["incomplete"]!.GetValue<bool>());
        AssertSameAssessment(AssessmentJson.Read(runs.Out("whole")), resumed);
    }

    [Fact]
    public void A_resumed_run_records_what_gathered_it()
    {
        var evidence = JsonNode.Parse(File.ReadAllText(Path.Combine(runs.Out("killed"), "evidence.json")))!;
        var identity = evidence["gathering"]!["identity"]!;
        Assert.Null(identity["planId"]);
        Assert.Null(identity["shard"]);
        Assert.Equal("digital-service-standard", identity["standard"]!["id"]!.GetValue<string>());
        Assert.Contains("axe", identity["evidence"]!.AsArray().Select(k => k!.GetValue<string>()));
    }

    [Fact]
    public async Task Evidence_of_another_configuration_is_refused_in_one_line_and_nothing_is_written()
    {
        var copy = CopyOfWhole("other-config");
        var config = Path.Combine(runs.Directory.FullName, "changed.yml");
        File.WriteAllText(config, File.ReadAllText(RepositoryPaths.Combine(ResumeRunsFixture.Config)) + "# changed\n");
        var before = Snapshot(copy);

        var result = await CliProcess.RunAsync("assess", "--config", config, "--base-url", runs.Service.BaseUrl.AbsoluteUri, "--resume", copy);

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{Path.Combine(copy, "evidence.json")}:1:1: error: this evidence was gathered with another configuration", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(copy));
        Assert.False(Directory.Exists(copy + ".partial"));
    }

    [Fact]
    public async Task Evidence_gathered_for_other_checks_or_another_plan_is_refused()
    {
        var copy = CopyOfWhole("other-checks");
        var before = Snapshot(copy);

        var checks = await CliProcess.RunAsync(["assess", .. runs.Target, "--checks", "accessibility/axe", "--resume", copy]);
        CliAssert.Exit(ExitCodes.BadInput, checks);
        Assert.Contains("error: this evidence was gathered for other checks", checks.Stderr, StringComparison.Ordinal);

        var plan = Path.Combine(runs.Directory.FullName, "plan.json");
        CliAssert.Exit(ExitCodes.Success, await CliProcess.RunAsync(["plan", .. runs.Target, "--out", plan]));
        var planned = await CliProcess.RunAsync(["assess", .. runs.Target, "--plan", plan, "--shard", "1/2", "--resume", copy]);
        CliAssert.Exit(ExitCodes.BadInput, planned);
        Assert.Contains("error: this evidence was gathered for a run without a plan, this run is shard 1/2 of plan", planned.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(copy));
    }

    [Fact]
    public async Task A_version_or_standard_that_differs_is_refused()
    {
        var copy = CopyOfWhole("other-version");
        var path = Path.Combine(copy, "evidence.json");
        var evidence = JsonNode.Parse(File.ReadAllText(path))!;
        evidence["gathering"]!["identity"]!["toolVersion"] = "0.0.1";
        File.WriteAllText(path, evidence.ToJsonString());

        var result = await CliProcess.RunAsync(["assess", .. runs.Target, "--resume", copy]);

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.StartsWith($"{path}:1:1: error: this evidence was gathered by servicestandard 0.0.1 and this is ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_with_nothing_to_resume_is_bad_input()
    {
        var empty = Directory.CreateDirectory(Path.Combine(runs.Directory.FullName, "empty")).FullName;

        var result = await CliProcess.RunAsync(["assess", .. runs.Target, "--resume", empty]);

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.StartsWith($"{empty}:1:1: error: there is nothing to resume here", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(empty));
    }

    /// <summary>A copy of the uninterrupted run's folder, for a refusal to leave alone.</summary>
    private string CopyOfWhole(string name)
    {
        var copy = Directory.CreateDirectory(Path.Combine(runs.Directory.FullName, name)).FullName;
        foreach (var file in Directory.EnumerateFiles(runs.Out("whole")))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)), overwrite: true);
        }

        return copy;
    }

    /// <summary>What the run printed, its lines as wrapped to the console joined again.</summary>
    private static string Said(CliResult result) =>
        string.Join(' ', (result.Stdout + "\n" + result.Stderr).Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static Dictionary<string, string> Snapshot(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText);

    private static void AssertSameAssessment(JsonObject whole, JsonObject resumed)
    {
        var errors = resumed["pages"]!.AsArray().Where(p => p!["error"] is JsonObject).Select(p => $"{p!["url"]}: {p["error"]!["message"]}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Equal(24, resumed["pages"]!.AsArray().Count);
        Assert.NotEmpty(resumed["findings"]!.AsArray());
        Assert.Equal(AssessmentJson.Fingerprints(whole), AssessmentJson.Fingerprints(resumed));
        Assert.Equal(Outcomes(whole), Outcomes(resumed));
        Assert.Equal(whole["criteria"]!.ToJsonString(), resumed["criteria"]!.ToJsonString());
        Assert.Equal(AssessmentJson.WithoutTimings(whole), AssessmentJson.WithoutTimings(resumed));
    }

    private static IEnumerable<string> Outcomes(JsonObject assessment) =>
        assessment["criteria"]!.AsArray().Select(c => $"{c!["id"]}: {c["outcome"]}");
}
