using System.Text.Json.Nodes;
using ServiceStandard.Testing;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// <c>servicestandard assess --evidence</c>: the checks, criteria and reports again over the
/// evidence.json of an earlier run, with no browser. A re-audit of a run's own evidence gives the
/// same assessment as the run (what a later check or a merge of shards relies on).
/// </summary>
public sealed class AssessEvidenceTests(SampleServiceHost service) : IClassFixture<SampleServiceHost>
{
    // Kept after the run (artifacts/test-output): a failure's message names it.
    private readonly DirectoryInfo _directory = TestOutput.Create("assess-evidence");

    [Fact]
    public async Task A_re_audit_of_a_runs_evidence_gives_the_same_assessment_without_a_browser()
    {
        var first = Path.Combine(_directory.FullName, "run");
        var again = Path.Combine(_directory.FullName, "re-audit");
        var run = await CliProcess.RunAsync(
            "assess", "--config", "tests/SampleService/servicestandard.bad.yml", "--base-url", service.BaseUrl.AbsoluteUri, "--out", first);
        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, run);

        // A browser that cannot start proves none is needed.
        var reaudit = await CliProcess.RunAsync(
            "assess", "--config", "tests/SampleService/servicestandard.bad.yml", "--evidence", Path.Combine(first, "evidence.json"),
            "--browser-path", "/no/such/chromium", "--out", again);

        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, reaudit);
        CliAssert.NoStackTrace(reaudit);
        Assert.Equal(WithoutTimings(first), WithoutTimings(again));
        Assert.NotEmpty(JsonNode.Parse(File.ReadAllText(Path.Combine(again, "assessment.json")))!["findings"]!.AsArray());
        Assert.False(File.Exists(Path.Combine(again, "evidence.json")), "a re-audit leaves the evidence where it is");
        // The report embeds the first run's element pictures, read from beside its evidence.
        var pictures = Pictures(first);
        Assert.True(pictures > 0, "the bad variant's report shows element pictures");
        Assert.Equal(pictures, Pictures(again));

        var axeOnly = Path.Combine(_directory.FullName, "axe-only");
        var narrowed = await CliProcess.RunAsync(
            "assess", "--config", "tests/SampleService/servicestandard.bad.yml", "--evidence", Path.Combine(first, "evidence.json"),
            "--checks", "accessibility/axe", "--fail-on", "none", "--out", axeOnly);

        CliAssert.Exit(ExitCodes.Success, narrowed);
        var assessment = JsonNode.Parse(File.ReadAllText(Path.Combine(axeOnly, "assessment.json")))!;
        Assert.Equal(["accessibility/axe"], assessment["scope"]!["checksRun"]!.AsArray().Select(c => c!.GetValue<string>()));
        var findings = assessment["findings"]!.AsArray();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("accessibility/axe", f!["checkId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_damaged_evidence_file_is_bad_input_at_its_line_and_column()
    {
        var evidence = Path.Combine(_directory.FullName, "evidence.json");
        await File.WriteAllTextAsync(evidence, "{\n  \"schemaVersion\": 1,\n  \"pages\": [ { \"requestedUrl\": 7 } ]\n}\n");

        var result = await CliProcess.RunAsync(["assess", "--evidence", evidence, "--out", Path.Combine(_directory.FullName, "out")], _directory.FullName);

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.StartsWith($"{evidence}:3:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("pages[0].requestedUrl", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_assessment_json_given_as_evidence_says_what_to_give()
    {
        var wrong = Path.Combine(_directory.FullName, "assessment.json");
        await File.WriteAllTextAsync(wrong, "{ \"findings\": [] }");

        var result = await CliProcess.RunAsync(["assess", "--evidence", wrong], _directory.FullName);

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.StartsWith($"{wrong}:1:1: error: this is not an evidence.json", result.Stderr, StringComparison.Ordinal);
    }

    private static int Pictures(string directory) =>
        File.ReadAllText(Path.Combine(directory, "report.html")).Split("data:image/png;base64,").Length - 1;

    [Fact]
    public async Task Evidence_that_does_not_record_how_it_was_gathered_is_bad_input_that_says_to_run_again()
    {
        var evidence = Path.Combine(_directory.FullName, "old-evidence.json");
        await File.WriteAllTextAsync(evidence, "{ \"schemaVersion\": 1, \"pages\": [ { \"requestedUrl\": \"http://127.0.0.1:5000/\", \"finalUrl\": \"http://127.0.0.1:5000/\", \"origin\": { \"kind\": \"page\" } } ] }");

        var result = await CliProcess.RunAsync(["assess", "--evidence", evidence], _directory.FullName);

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.StartsWith($"{evidence}:1:1: error: this evidence.json does not record how its pages were gathered", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>assessment.json with the run's start time and duration taken out: all a re-audit may change.</summary>
    private static string WithoutTimings(string directory)
    {
        var assessment = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "assessment.json")))!.AsObject();
        var run = assessment["run"]!.AsObject();
        run.Remove("startedAt");
        run.Remove("durationSeconds");
        return assessment.ToJsonString();
    }
}
