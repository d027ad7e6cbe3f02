using System.Text.Json;
using System.Text.RegularExpressions;
using ServiceStandard.Testing;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// <c>servicestandard assess</c> run as CI runs it, against the real sample service in the real
/// browser, with the sample's own run configs: exit code, printed summary and written reports.
/// </summary>
public sealed class AssessCommandTests(SampleServiceHost service) : IClassFixture<SampleServiceHost>
{
    // Kept after the run (artifacts/test-output): a failure's message names it, with report.html and the element pictures.
    private readonly DirectoryInfo _out = TestOutput.Create("assess");

    [Fact]
    public async Task The_bad_variant_fails_with_DSS_05_not_met_and_writes_its_findings()
    {
        var result = await CliProcess.RunAsync(
            "assess", "--config", "tests/SampleService/servicestandard.bad.yml", "--base-url", service.BaseUrl.AbsoluteUri, "--out", _out.FullName);

        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, result);
        CliAssert.NoStackTrace(result);
        Assert.Matches(new Regex(@"^Id\s+Title\s+Outcome\s+Violations\s+To review$", RegexOptions.Multiline), result.Stdout);
        Assert.Matches(new Regex(@"^DSS-05\s+Make sure everyone can use the service\s+Not met\s+[1-9]\d*\s+\d+$", RegexOptions.Multiline), result.Stdout);

        using var assessment = AssessmentFiles.Read(_out, "assessment.json");
        var imageAlt = AssessmentFiles.Findings(assessment)
            .Where(f => f.GetProperty("checkId").GetString() == "accessibility/axe" && f.GetProperty("ruleId").GetString() == "image-alt")
            .ToList();
        Assert.NotEmpty(imageAlt);
        Assert.All(imageAlt, f => Assert.Matches("^[0-9a-f]{32}$", f.GetProperty("fingerprint").GetString()));
        Assert.True(File.Exists(Path.Combine(_out.FullName, "evidence.json")));
    }

    [Fact]
    public async Task The_good_variant_passes()
    {
        var result = await CliProcess.RunAsync(
            "assess", "--config", "tests/SampleService/servicestandard.good.yml", "--base-url", service.BaseUrl.AbsoluteUri, "--out", _out.FullName);

        CliAssert.Exit(ExitCodes.Success, result);
        Assert.DoesNotContain("Not met", result.Stdout, StringComparison.Ordinal);
        using var assessment = AssessmentFiles.Read(_out, "assessment.json");
        Assert.DoesNotContain(AssessmentFiles.Findings(assessment), f => f.GetProperty("kind").GetString() == "violation");
    }
}

/// <summary>
/// The options and failure modes of <c>assess</c>, on one page of the sample service (or none)
/// so each run takes seconds: thresholds, check selection, language, bad input, an unreachable
/// target, a missing browser, and secrets from the environment kept out of every output.
/// </summary>
public sealed class AssessCommandOptionTests(SampleServiceHost service) : IClassFixture<SampleServiceHost>
{
    // Kept after the run (artifacts/test-output): a failure's message names it.
    private readonly DirectoryInfo _directory = TestOutput.Create("assess-options");

    private string OutDirectory => Path.Combine(_directory.FullName, "out");

    [Fact]
    public async Task Fail_on_none_passes_the_bad_variant_and_still_reports_its_findings()
    {
        var result = await AssessAsync(BadStartConfig(), "--fail-on", "none");

        CliAssert.Exit(ExitCodes.Success, result);
        using var assessment = AssessmentFiles.Read(new DirectoryInfo(OutDirectory), "assessment.json");
        Assert.Contains(AssessmentFiles.Findings(assessment), f => f.GetProperty("kind").GetString() == "violation");
        Assert.Equal("none", assessment.RootElement.GetProperty("run").GetProperty("failOn").GetString());
    }

    [Fact]
    public async Task Checks_limits_the_findings_to_the_chosen_check()
    {
        var result = await AssessAsync(BadStartConfig(), "--checks", "accessibility/axe");

        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, result);
        using var assessment = AssessmentFiles.Read(new DirectoryInfo(OutDirectory), "assessment.json");
        var findings = AssessmentFiles.Findings(assessment).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("accessibility/axe", f.GetProperty("checkId").GetString()));
    }

    [Fact]
    public async Task An_unknown_check_is_bad_input()
    {
        var result = await AssessAsync(BadStartConfig(), "--checks", "nope");

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains("'nope'", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(OutDirectory, "assessment.json")));
    }

    [Fact]
    public async Task A_contract_rule_the_configured_pack_does_not_have_is_bad_input()
    {
        var result = await AssessAsync(BadStartConfig(), "--checks", "code/repository/licence,design-system/contract/button/no-such-rule");

        CliAssert.Exit(ExitCodes.BadInput, result);
        Assert.Contains("'design-system/contract/button/no-such-rule'", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("'code/repository/licence'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_format_no_renderer_writes_is_bad_input_where_it_was_asked_for_before_any_page_is_visited()
    {
        var config = Path.Combine(_directory.FullName, "servicestandard.yml");
        await File.WriteAllTextAsync(config, $"schemaVersion: 1\ntarget:\n  baseUrl: \"{service.BaseUrl.AbsoluteUri}\"\n  pages: [/bad/start]\noutput:\n  formats: [html, pdf]\n");

        var fromFile = await CliProcess.RunAsync(["assess", "--config", config, "--out", OutDirectory], _directory.FullName);
        var fromCommandLine = await CliProcess.RunAsync(["assess", "--config", config, "--format", "sarif,docx", "--out", OutDirectory], _directory.FullName);

        CliAssert.Exit(ExitCodes.BadInput, fromFile);
        Assert.Equal($"{config}:6:19: error: 'pdf' in output.formats is not a report format; use one of: json, html, sarif, junit, md, statement, acr, wcag-em, earl", fromFile.Stderr.Trim());
        CliAssert.Exit(ExitCodes.BadInput, fromCommandLine);
        Assert.Equal("command line:1:1: error: --format 'docx' is not one of: json, html, sarif, junit, md, statement, acr, wcag-em, earl", fromCommandLine.Stderr.Trim());
        Assert.False(Directory.Exists(OutDirectory), "nothing is assessed or written");
    }

    [Fact]
    public async Task A_fifo_given_as_the_config_is_bad_input_not_a_hang()
    {
        var fifo = Path.Combine(_directory.FullName, "config.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Bounded by the harness: before the fix, opening the FIFO blocked for ever.
        var result = await CliProcess.RunAsync(["assess", "--config", fifo, "--out", OutDirectory], _directory.FullName).WaitAsync(TimeSpan.FromMinutes(2));

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.StartsWith($"{fifo}:", result.Stderr.Trim(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(OutDirectory), "nothing is assessed or written");
    }

    [Fact]
    public async Task A_config_nested_fifty_thousand_deep_is_bad_input_not_a_stack_overflow()
    {
        // Written here, not committed: 100 KB of brackets. Before the fix the process died (exit 134).
        var config = Path.Combine(_directory.FullName, "deep.yml");
        await File.WriteAllTextAsync(config, "schemaVersion: 1\ntarget:\n  pages: " + new string('[', 50_000) + new string(']', 50_000) + "\n");

        var result = await CliProcess.RunAsync(["assess", "--config", config, "--out", OutDirectory], _directory.FullName).WaitAsync(TimeSpan.FromMinutes(2));

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.StartsWith($"{config}:3:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("nest more than 64 levels deep", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(OutDirectory), "nothing is assessed or written");
    }

    [Fact]
    public async Task A_malformed_config_is_bad_input_at_its_file_line_and_column()
    {
        var config = Path.Combine(_directory.FullName, "servicestandard.yml");
        await File.WriteAllTextAsync(config, $"schemaVersion: 1\ntarget:\n  baseUrl: \"{service.BaseUrl.AbsoluteUri}\n  pages: [/bad/start]\n");

        var result = await CliProcess.RunAsync(["assess", "--config", config, "--out", OutDirectory], _directory.FullName);

        CliAssert.Exit(ExitCodes.BadInput, result);
        CliAssert.NoStackTrace(result);
        Assert.StartsWith($"{config}:3:12: error: ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task A_target_where_every_page_is_unreachable_is_not_assessable_and_says_why()
    {
        var url = $"http://127.0.0.1:{SampleServiceHost.FreePort()}/";

        var result = await CliProcess.RunAsync(["assess", "--url", url, "--out", OutDirectory], _directory.FullName);

        CliAssert.Exit(ExitCodes.TargetNotAssessable, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains("the service could not be assessed: no page could be assessed: connection refused: nothing is listening at that address", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_variable_that_points_nowhere_is_not_assessable_and_names_the_variable()
    {
        var result = await CliProcess.RunAsync(
            ["assess", "--url", service.Url("/bad/start").AbsoluteUri, "--out", OutDirectory],
            _directory.FullName,
            new Dictionary<string, string?> { ["SERVICESTANDARD_CHROMIUM"] = "/nonexistent" });

        CliAssert.Exit(ExitCodes.TargetNotAssessable, result);
        CliAssert.NoStackTrace(result);
        Assert.Contains("SERVICESTANDARD_CHROMIUM points at /nonexistent, which does not exist", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lang_es_prints_the_summary_in_Spanish()
    {
        var result = await AssessAsync(BadStartConfig(), "--lang", "es");

        CliAssert.Exit(ExitCodes.FindingsAtOrAboveThreshold, result);
        Assert.Contains("Criterios", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^DSS-05\s.*\sNo cumple\s+[1-9]\d*\s+\d+$", RegexOptions.Multiline), result.Stdout);
        Assert.DoesNotContain("Not met", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secret_from_the_environment_never_reaches_any_output()
    {
        // Four real steps must pass before the last one fails by design: their step timeout
        // (navigationSeconds) is what the failing step waits for nothing, and what each real step
        // may take on a loaded 2-core machine (6 s was once not enough with every assembly at once).
        var secret = $"hunter2-{Guid.NewGuid():N}";
        var config = Write($$"""
            schemaVersion: 1
            target:
              baseUrl: {{service.BaseUrl.AbsoluteUri}}
              pages: [/good/help]
              timeouts:
                pageSeconds: 60
                navigationSeconds: 10
              journeys:
                - name: sign-in
                  steps:
                    - goto: /good/start?lang=en
                    - click: "a.start-button"
                    - fill: { selector: "#full-name", value: "${env:SAMPLE_PASSWORD}" }
                    - click: "button[type=submit]"
                    - fill: { selector: "#nope", value: "${env:SAMPLE_PASSWORD}" }
            """);

        var result = await CliProcess.RunAsync(
            ["assess", "--config", config, "--out", OutDirectory, "--fail-on", "none", "--verbosity", "detailed"],
            _directory.FullName,
            new Dictionary<string, string?> { ["SAMPLE_PASSWORD"] = secret });

        CliAssert.Exit(ExitCodes.Success, result);
        var assessment = await File.ReadAllTextAsync(Path.Combine(OutDirectory, "assessment.json"));
        var evidence = await File.ReadAllTextAsync(Path.Combine(OutDirectory, "evidence.json"));

        // The secret was used: it filled the name, so the form went on to the next question.
        using (var report = JsonDocument.Parse(assessment))
        {
            var steps = report.RootElement.GetProperty("pages").EnumerateArray().Where(p => p.GetProperty("journey").GetString() == "sign-in").ToList();
            Assert.Contains(steps, p => new Uri(p.GetProperty("finalUrl").GetString()!).AbsolutePath == "/good/date-of-birth" && p.GetProperty("error").ValueKind == JsonValueKind.Null);
            Assert.Contains(steps, p => p.GetProperty("error").ValueKind == JsonValueKind.Object &&
                p.GetProperty("error").GetProperty("message").GetString()!.StartsWith("journey sign-in, step 5 (fill '#nope'): ", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(secret, result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, assessment, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_password_that_a_GET_form_puts_in_the_URL_reaches_no_output_file_nor_the_console()
    {
        // A space and a plus: the URL carries it encoded, HTML and JSON spell it their own ways.
        var secret = "correct horse battery staple"; // the sample service's test password (AccountEndpoints.TestPassword)
        var config = Write($$"""
            schemaVersion: 1
            target:
              baseUrl: {{service.BaseUrl.AbsoluteUri}}
              pages: [/good/help]
              timeouts:
                pageSeconds: 60
                navigationSeconds: 10
              journeys:
                - name: get-sign-in
                  steps:
                    - goto: /account/get-sign-in
                    - fill: { selector: "#email", value: "ana@example.org" }
                    - fill: { selector: "#password", value: "${env:SAMPLE_PASSWORD}" }
                    - click: "button[type=submit]"
            output:
              formats: [json, html, sarif, junit, md]
            """);

        var result = await CliProcess.RunAsync(
            ["assess", "--config", config, "--out", OutDirectory, "--fail-on", "none", "--verbosity", "detailed"],
            _directory.FullName,
            new Dictionary<string, string?> { ["SAMPLE_PASSWORD"] = secret });

        CliAssert.Exit(ExitCodes.Success, result);
        // The password was typed and sent: the journey reached the page the GET form leads to.
        using (var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(OutDirectory, "assessment.json"))))
        {
            var signedIn = report.RootElement.GetProperty("pages").EnumerateArray()
                .Select(p => p.GetProperty("finalUrl").GetString()!)
                .Single(url => new Uri(url).AbsolutePath == "/account/get-sign-in/check");
            Assert.Contains("password=REDACTED", signedIn, StringComparison.Ordinal);
            Assert.Contains("email=ana%40example.org", signedIn, StringComparison.Ordinal);
        }

        var forms = new[] { secret, Uri.EscapeDataString(secret), System.Net.WebUtility.UrlEncode(secret), "battery" };
        var files = Directory.EnumerateFiles(OutDirectory, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith("report.sarif", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("junit.xml", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file);
            foreach (var form in forms)
            {
                Assert.False(text.Contains(form, StringComparison.Ordinal), $"{Path.GetFileName(file)} contains '{form}'");
            }

            // The page's own link carries a session token: named like a credential, its value is not kept either.
            Assert.DoesNotContain("session_token=28", text, StringComparison.Ordinal);
            Assert.False(Path.GetFileName(file).Contains("battery", StringComparison.Ordinal), file);
        }

        foreach (var form in forms)
        {
            Assert.DoesNotContain(form, result.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain(form, result.Stderr, StringComparison.Ordinal);
        }
    }

    private string BadStartConfig() => Write($"""
        schemaVersion: 1
        service:
          name: Apply for a fishing permit
        target:
          baseUrl: {service.BaseUrl.AbsoluteUri}
          pages: [/bad/start]
        """);

    private string Write(string yaml)
    {
        var path = Path.Combine(_directory.FullName, "servicestandard.yml");
        File.WriteAllText(path, yaml);
        return path;
    }

    private Task<CliResult> AssessAsync(string config, params string[] options) =>
        CliProcess.RunAsync(["assess", "--config", config, "--out", OutDirectory, .. options], _directory.FullName);
}

internal static class AssessmentFiles
{
    public static JsonDocument Read(DirectoryInfo directory, string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.FullName, name)));

    public static IEnumerable<JsonElement> Findings(JsonDocument assessment) =>
        assessment.RootElement.GetProperty("findings").EnumerateArray();
}
