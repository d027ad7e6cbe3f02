using System.Text.Json;
using System.Text.Json.Nodes;
using ServiceStandard.Testing;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// <c>servicestandard judge</c> and <c>servicestandard report</c> on a stored assessment.json (the
/// format's own example): no browser, so each run takes a moment.
/// </summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("servicestandard-report-");

    public ReportCommandTests() =>
        File.Copy(RepositoryPaths.Combine("tests", "ServiceStandard.Checks.Tests", "Schemas", "assessment.verified.json"), Assessment);

    private string Assessment => Path.Combine(_directory.FullName, "assessment.json");

    private string Judgements => Path.Combine(_directory.FullName, "judgements.yml");

    public void Dispose() => _directory.Delete(recursive: true);

    private Task<CliResult> RunAsync(params string[] args) => CliProcess.RunAsync(args, _directory.FullName);

    [Fact]
    public async Task Judge_init_writes_a_template_with_every_criterion_and_will_not_overwrite_it()
    {
        var result = await RunAsync("judge", "--init", "assessment.json");

        CliAssert.Exit(ExitCodes.Success, result);
        var template = await File.ReadAllTextAsync(Judgements);
        foreach (var id in new[] { "DSS-05", "DSS-12", "DSS-01", "DSS-14" })
        {
            Assert.Contains($"  - criterion: {id}", template, StringComparison.Ordinal);
        }

        Assert.Contains("servicestandard report --judgements", result.Stdout, StringComparison.Ordinal);
        CliAssert.Exit(ExitCodes.BadInput, await RunAsync("judge", "--init", "assessment.json"));
        CliAssert.Exit(ExitCodes.Success, await RunAsync("judge", "--init", "assessment.json", "--force"));
    }

    [Fact]
    public async Task Judge_without_an_assessment_is_bad_usage() =>
        CliAssert.Exit(ExitCodes.BadInput, await RunAsync("judge"));

    [Fact]
    public async Task Report_merges_the_judgements_into_every_format_and_keeps_the_verdict()
    {
        await File.WriteAllTextAsync(Judgements, """
            schemaVersion: 1
            standard: digital-service-standard
            assessor: Ana Pérez
            date: 2025-03-20
            judgements:
              - criterion: DSS-14
                outcome: met
                note: Runbooks seen; on-call rota in place.
            """);

        var result = await RunAsync("report", "--judgements", "judgements.yml", "assessment.json", "--format", "json,html,sarif,junit,md", "--out", "final");

        // The assessment fails at serious with a new critical violation: judgements never change that.
        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, result);
        var final = Path.Combine(_directory.FullName, "final");
        foreach (var file in new[] { "assessment.json", "report.html", "report.sarif", "junit.xml", "report.md" })
        {
            Assert.True(File.Exists(Path.Combine(final, file)), file);
        }

        Assert.Contains($"The report for the assessor: {Path.Combine(final, "report.html")}", result.Stdout, StringComparison.Ordinal);
        using var merged = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(final, "assessment.json")));
        var dss14 = merged.RootElement.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "DSS-14");
        Assert.Equal("met", dss14.GetProperty("outcome").GetString());
        Assert.Equal("not-assessed", dss14.GetProperty("automatedOutcome").GetString());
        Assert.Equal("Ana Pérez", dss14.GetProperty("judgement").GetProperty("assessor").GetString());
        Assert.Contains("Runbooks seen; on-call rota in place.", await File.ReadAllTextAsync(Path.Combine(final, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_judgements_file_is_bad_input_at_its_line_and_column()
    {
        await File.WriteAllTextAsync(Judgements, "schemaVersion: 1\nstandard: digital-service-standard\nassessor: Ana\njudgements:\n  - criterion: DSS-05\n    outcome: passed\n");

        var result = await RunAsync("report", "--judgements", "judgements.yml", "assessment.json");

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.StartsWith("judgements.yml:6:14: error: 'outcome' of DSS-05 must be met or not-met", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory.FullName, "report.html")));
    }

    [Fact]
    public async Task A_criterion_the_assessment_does_not_have_is_bad_input()
    {
        await File.WriteAllTextAsync(Judgements, "schemaVersion: 1\nstandard: digital-service-standard\nassessor: Ana\njudgements:\n  - criterion: DSS-99\n    outcome: met\n");

        var result = await RunAsync("report", "--judgements", "judgements.yml", "assessment.json");

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.Contains("judgements.yml:5:5: error: 'DSS-99' is not a criterion of digital-service-standard", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_an_assessment_is_bad_input()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory.FullName, "other.json"), "{\n  \"schemaVersion\": 1,\n  \"run\": 3\n}");

        var result = await RunAsync("report", "other.json");

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.StartsWith("other.json:3:", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serious", ExitCodes.FindingsAtOrAboveThreshold)]
    [InlineData("none", ExitCodes.Success)]
    public async Task The_exit_code_is_the_assessments_verdict(string failOn, int expected)
    {
        var report = JsonNode.Parse(await File.ReadAllTextAsync(Assessment))!;
        report["run"]!["failOn"] = failOn;
        await File.WriteAllTextAsync(Assessment, report.ToJsonString());

        CliAssert.Exit(expected, await RunAsync("report", "assessment.json", "--format", "md"));
    }

    [Fact]
    public async Task New_only_against_a_baseline_that_has_every_finding_passes()
    {
        File.Copy(Assessment, Path.Combine(_directory.FullName, "main.json"));

        var result = await RunAsync("report", "assessment.json", "--baseline", "main.json", "--new-only", "--format", "md", "--out", "pr");

        CliAssert.Exit(ExitCodes.Success, result);
        var markdown = await File.ReadAllTextAsync(Path.Combine(_directory.FullName, "pr", "report.md"));
        Assert.Contains("Compared with main.json", markdown, StringComparison.Ordinal);
        Assert.Contains(": 0 new,", markdown, StringComparison.Ordinal);
        CliAssert.Exit(ExitCodes.BadInput, await RunAsync("report", "assessment.json", "--new-only"));
    }

    [Fact]
    public async Task Lang_es_writes_the_report_in_Spanish()
    {
        var result = await RunAsync("--lang", "es", "report", "assessment.json", "--format", "html");

        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, result);
        var html = await File.ReadAllTextAsync(Path.Combine(_directory.FullName, "report.html"));
        Assert.Contains("<html lang=\"es\"", html, StringComparison.Ordinal);
        Assert.Contains("Conformidad del evaluador", html, StringComparison.Ordinal);
    }
}
