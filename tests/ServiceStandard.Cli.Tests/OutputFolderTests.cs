using System.Text.Json;
using ServiceStandard.Testing;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// What <c>assess</c> leaves in <c>--out</c> when runs share it, when it cannot be written, and
/// when a run is killed or interrupted: a whole report set or the old one, never a mix, and the
/// finished pages kept as they finish.
/// </summary>
public sealed class OutputFolderTests(SampleServiceHost service) : IClassFixture<SampleServiceHost>
{
    private readonly DirectoryInfo _directory = TestOutput.Create("output-folder");

    private string OutDirectory => Path.Combine(_directory.FullName, "out");

    [Fact]
    public async Task An_out_that_cannot_be_a_folder_is_bad_input_before_any_browser_starts()
    {
        var file = Path.Combine(_directory.FullName, "a-file");
        await File.WriteAllTextAsync(file, "not a folder");

        // Nothing listens on port 9: had a browser started, the run would end "not assessable" (3).
        foreach (var output in new[] { file, Path.Combine(file, "reports") })
        {
            var result = await CliProcess.RunAsync(["assess", "--url", "http://127.0.0.1:9/", "--out", output], _directory.FullName);

            CliAssert.Exit(ExitCodes.BadInput, result);
            Assert.Contains("--out", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        }

        Assert.Equal("not a folder", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task A_second_run_replaces_the_whole_report_set_and_writes_through_no_link()
    {
        var first = await AssessAsync("json,html,sarif");
        CliAssert.Exit(ExitCodes.Success, first);
        Assert.True(File.Exists(Path.Combine(OutDirectory, "report.sarif")));

        // A link planted in the folder, pointing at a file that must stay as it is.
        var victim = Path.Combine(_directory.FullName, "victim.txt");
        await File.WriteAllTextAsync(victim, "untouched");
        File.Delete(Path.Combine(OutDirectory, "report.html"));
        File.CreateSymbolicLink(Path.Combine(OutDirectory, "report.html"), victim);

        var second = await AssessAsync("json,html");

        CliAssert.Exit(ExitCodes.Success, second);
        Assert.Equal("untouched", await File.ReadAllTextAsync(victim));
        Assert.Null(new FileInfo(Path.Combine(OutDirectory, "report.html")).LinkTarget);
        Assert.StartsWith("<!DOCTYPE html>", await File.ReadAllTextAsync(Path.Combine(OutDirectory, "report.html")), StringComparison.OrdinalIgnoreCase);
        // The format not asked for this time is gone, not left from the earlier run.
        Assert.False(File.Exists(Path.Combine(OutDirectory, "report.sarif")));
        Assert.False(Directory.Exists(OutDirectory + ".partial"));
        Assert.Contains(OutDirectory, second.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(".partial", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_folder_keeps_files_that_are_not_reports()
    {
        Directory.CreateDirectory(OutDirectory);
        var notes = Path.Combine(OutDirectory, "notes.md");
        await File.WriteAllTextAsync(notes, "the team's own notes");
        await File.WriteAllTextAsync(Path.Combine(OutDirectory, "report.sarif"), "stale");

        var result = await AssessAsync("json,html");

        CliAssert.Exit(ExitCodes.Success, result);
        Assert.Equal("the team's own notes", await File.ReadAllTextAsync(notes));
        Assert.False(File.Exists(Path.Combine(OutDirectory, "report.sarif")));
        Assert.True(File.Exists(Path.Combine(OutDirectory, "report.html")));
    }

    [Fact]
    public async Task A_killed_run_leaves_the_old_reports_untouched_and_its_finished_pages_readable()
    {
        Directory.CreateDirectory(OutDirectory);
        var old = Path.Combine(OutDirectory, "assessment.json");
        await File.WriteAllTextAsync(old, "{ \"the\": \"earlier run\" }");
        var journal = Path.Combine(OutDirectory + ".partial", "evidence.jsonl");

        await CliProcess.RunAndSignalAsync(
            ["assess", "--config", ManyPagesConfig(), "--out", OutDirectory, "--checks", "accessibility/axe"],
            _directory.FullName,
            () => CompleteLines(journal) >= 3,
            "KILL");

        Assert.Equal("{ \"the\": \"earlier run\" }", await File.ReadAllTextAsync(old));
        var finished = CompleteLines(journal) - 1;
        Assert.True(finished >= 2, $"{finished} pages in the journal");

        // The journal is evidence: a re-audit rebuilds the assessment of the pages that finished.
        var rebuilt = Path.Combine(_directory.FullName, "rebuilt");
        var result = await CliProcess.RunAsync(
            ["assess", "--config", ManyPagesConfig(), "--evidence", journal, "--out", rebuilt, "--checks", "accessibility/axe", "--fail-on", "none"],
            _directory.FullName);

        CliAssert.Exit(ExitCodes.Interrupted, result);
        using var assessment = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(rebuilt, "assessment.json")));
        Assert.True(assessment.RootElement.GetProperty("pages").GetArrayLength() >= finished);
    }

    [Fact]
    public async Task SIGTERM_writes_the_report_of_the_finished_pages_and_exits_130()
    {
        var journal = Path.Combine(OutDirectory + ".partial", "evidence.jsonl");

        var result = await CliProcess.RunAndSignalAsync(
            ["assess", "--config", ManyPagesConfig(), "--out", OutDirectory, "--checks", "accessibility/axe"],
            _directory.FullName,
            () => CompleteLines(journal) >= 3,
            "TERM");

        CliAssert.Exit(ExitCodes.Interrupted, result);
        using var assessment = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(OutDirectory, "assessment.json")));
        Assert.True(assessment.RootElement.GetProperty("pages").GetArrayLength() >= 2);
        Assert.True(File.Exists(Path.Combine(OutDirectory, "evidence.json")));
        Assert.False(Directory.Exists(OutDirectory + ".partial"));
    }

    private Task<CliResult> AssessAsync(string formats) =>
        CliProcess.RunAsync(
            ["assess", "--url", service.Url("/good/help").AbsoluteUri, "--out", OutDirectory, "--format", formats, "--checks", "accessibility/axe", "--fail-on", "none"],
            _directory.FullName);

    /// <summary>Forty pages, more than a loaded machine finishes before the test has seen two.</summary>
    private string ManyPagesConfig()
    {
        var path = Path.Combine(_directory.FullName, "many.yml");
        var pages = string.Join(", ", Enumerable.Range(1, 40).Select(i => $"/good/help?page={i}"));
        File.WriteAllText(path, $"""
            schemaVersion: 1
            target:
              baseUrl: {service.BaseUrl.AbsoluteUri}
              pages: [{pages}]
              concurrency: 1
            """);
        return path;
    }

    private static int CompleteLines(string path) => SecurityMeasuresTests.CompleteLines(path);
}
