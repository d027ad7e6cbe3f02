using System.Text.Json;
using ServiceStandard.Testing;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// <c>assess</c> writing its reports, against one page of the real sample service in the real
/// browser: every format asked for, where it went, a baseline and --new-only, suppressions.
/// </summary>
public sealed class AssessReportsTests(SampleServiceHost service) : IClassFixture<SampleServiceHost>, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("servicestandard-reports-");

    public void Dispose() => _directory.Delete(recursive: true);

    private string Out(string name) => Path.Combine(_directory.FullName, name);

    private string Config(string extra = "")
    {
        var path = Path.Combine(_directory.FullName, "servicestandard.yml");
        File.WriteAllText(path, $"""
            schemaVersion: 1
            service:
              name: Apply for a fishing permit
            target:
              baseUrl: {service.BaseUrl.AbsoluteUri}
              pages: [/bad/start]
            {extra}
            """);
        return path;
    }

    private Task<CliResult> AssessAsync(params string[] options) =>
        CliProcess.RunAsync(["assess", "--config", Config(), .. options], _directory.FullName);

    [Fact]
    public async Task Writes_every_format_asked_for_and_says_where_then_a_baseline_run_finds_nothing_new()
    {
        var first = await AssessAsync("--out", Out("main"), "--format", "json,html,sarif,junit,md");

        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, first);
        foreach (var file in new[] { "assessment.json", "evidence.json", "report.html", "report.sarif", "junit.xml", "report.md" })
        {
            Assert.True(File.Exists(Path.Combine(Out("main"), file)), file);
            Assert.Contains(Path.Combine(Out("main"), file), first.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains($"The report for the assessor: {Path.Combine(Out("main"), "report.html")}", first.Stdout, StringComparison.Ordinal);
        using (var evidence = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Out("main"), "evidence.json"))))
        {
            Assert.Equal(1, evidence.RootElement.GetProperty("schemaVersion").GetInt32());
            Assert.Single(evidence.RootElement.GetProperty("pages").EnumerateArray());
        }

        var html = await File.ReadAllTextAsync(Path.Combine(Out("main"), "report.html"));
        Assert.Contains("data:image/png;base64,", html, StringComparison.Ordinal);

        // The same page again, against the first run: every finding unchanged, so --new-only passes.
        var second = await AssessAsync("--out", Out("pr"), "--baseline", Path.Combine(Out("main"), "assessment.json"), "--new-only", "--format", "md");

        CliAssert.Exit(ExitCodes.Success, second);
        Assert.Contains("Against the baseline assessment.json: 0 new,", second.Stdout, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Out("pr"), "assessment.json")));
        Assert.All(report.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.Equal("unchanged", f.GetProperty("baseline").GetString()));
        Assert.Empty(report.RootElement.GetProperty("baseline").GetProperty("fixed").EnumerateArray());
    }

    [Fact]
    public async Task Assess_then_a_judgements_file_gives_the_four_assessor_documents_in_english_and_spanish()
    {
        var config = Config("""
            statement:
              organisation: Ministry of Examples
              feedback: { email: accessibility@example.gov }
              enforcement: { name: Office for Accessibility Monitoring }
              method: self-assessment
            """);
        var assessed = await CliProcess.RunAsync(["assess", "--config", config, "--out", Out("run"), "--format", "json"], _directory.FullName);
        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, assessed);
        var assessment = Path.Combine(Out("run"), "assessment.json");
        CliAssert.Exit(ExitCodes.Success, await CliProcess.RunAsync(["judge", "--init", assessment], _directory.FullName));

        // The assessor decides one criterion the machine cannot: 3.1.1, which checks only found nothing for.
        var judgementsPath = Path.Combine(Out("run"), "judgements.yml");
        var template = await File.ReadAllTextAsync(judgementsPath);
        Assert.Contains("  - criterion: \"3.1.1\"\n    outcome: untested", template, StringComparison.Ordinal);
        Assert.DoesNotContain("outcome: passed", template, StringComparison.Ordinal);
        await File.WriteAllTextAsync(judgementsPath, template
            .Replace("assessor: ~ ", "assessor: Ana Pérez ", StringComparison.Ordinal)
            .Replace("  - criterion: \"3.1.1\"\n    outcome: untested", "  - criterion: \"3.1.1\"\n    outcome: passed", StringComparison.Ordinal));

        foreach (var language in new[] { "en", "es" })
        {
            var result = await CliProcess.RunAsync(
                ["report", "--judgements", judgementsPath, "--format", "statement,acr,wcag-em,earl", "--lang", language, "--out", Out(language), assessment],
                _directory.FullName);

            CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, result);
            foreach (var file in new[] { "statement.html", "statement.md", "acr.html", "acr.md", "wcag-em.json", "wcag-em.html", "earl.jsonld" })
            {
                Assert.True(File.Exists(Path.Combine(Out(language), file)), $"{language}/{file}");
                Assert.Contains(Path.Combine(Out(language), file), result.Stdout, StringComparison.Ordinal);
            }

            var outcomes = Reports.WcagEmReport.ReadOutcomes(await File.ReadAllTextAsync(Path.Combine(Out(language), "wcag-em.json")))!;
            Assert.Equal(Model.Assessment.WcagEmOutcome.Passed, Assert.Single(outcomes, o => o.Value == Model.Assessment.WcagEmOutcome.Passed).Value);
            Assert.Equal(Model.Assessment.WcagEmOutcome.Passed, outcomes["WCAG2:language-of-page"]);
            Assert.Contains(Model.Assessment.WcagEmOutcome.Failed, outcomes.Values);
            Assert.DoesNotContain("earl:passed", await File.ReadAllTextAsync(Path.Combine(Out(language), "earl.jsonld")), StringComparison.Ordinal);
        }

        var acr = await File.ReadAllTextAsync(Path.Combine(Out("en"), "acr.md"));
        Assert.Matches(@"3\.1\.1 Language of Page[^|]*\| Supports \|", acr);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(acr, @"\| Supports \|"));
        var statement = await File.ReadAllTextAsync(Path.Combine(Out("en"), "statement.md"));
        Assert.Contains("Ministry of Examples is committed", statement, StringComparison.Ordinal);
        Assert.DoesNotContain("fully compliant", statement, StringComparison.Ordinal);
        Assert.Contains("Declaración de accesibilidad de Apply for a fishing permit", await File.ReadAllTextAsync(Path.Combine(Out("es"), "statement.md")), StringComparison.Ordinal);
        Assert.Contains("| No evaluado |", await File.ReadAllTextAsync(Path.Combine(Out("es"), "acr.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suppressed_findings_leave_the_verdict_and_are_listed_with_their_reason()
    {
        var config = Config("""
            suppressions:
              - check: accessibility
                url: /bad/**
                reason: The /bad variant is broken on purpose
            """);

        var result = await CliProcess.RunAsync(["assess", "--config", config, "--out", Out("suppressed")], _directory.FullName);

        CliAssert.Exit(ExitCodes.Success, result);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Out("suppressed"), "assessment.json")));
        Assert.Empty(report.RootElement.GetProperty("findings").EnumerateArray());
        var suppressed = report.RootElement.GetProperty("suppressed").EnumerateArray().ToList();
        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, s => Assert.Equal("The /bad variant is broken on purpose", s.GetProperty("reason").GetString()));
        Assert.Equal(suppressed.Count, report.RootElement.GetProperty("totals").GetProperty("suppressed").GetInt32());
        Assert.Contains("The /bad variant is broken on purpose", await File.ReadAllTextAsync(Path.Combine(Out("suppressed"), "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_only_without_a_baseline_is_bad_input() =>
        CliAssert.Exit(ExitCodes.BadInput, await AssessAsync("--out", Out("x"), "--new-only"));
}
