using AngleSharp.Html.Parser;
using ServiceStandard.Assessing;
using ServiceStandard.Configuration;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Standard;
using ServiceStandard.Testing;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Checks.Tests.Web;

/// <summary>
/// The oracle test: the full web assessment of the real sample service, in the real browser.
/// Every planted defect in /bad (tests/SampleService/expected-findings.yml) is found by its
/// check at its element, and /good has no violations at all.
/// </summary>
public sealed class SampleServiceOracleTests(SampleServiceHost host) : IClassFixture<SampleServiceHost>
{
    [Fact]
    public async Task Every_planted_defect_in_bad_is_found_by_its_check()
    {
        var outcome = await AssessAsync("servicestandard.bad.yml");
        var report = outcome.Report!;
        // Web defects name a page; code defects (a file) are the code checks' oracle.
        var expected = LoadExpected().Where(e => !string.IsNullOrEmpty(e.Page)).ToList();
        Assert.True(expected.Count >= 15, $"expected the planted web defects, found {expected.Count}");

        var missing = expected.Where(e => !report.Findings.Any(f => Matches(f, e, outcome))).ToList();
        Assert.True(missing.Count == 0,
            "Planted defects not found:\n" + string.Join("\n", missing.Select(m => $"  {m.Id}: {m.Check}/{m.Rule} on {m.Page} {m.Selector}")) +
            "\nFindings were:\n" + string.Join("\n", report.Findings.Select(Describe)));
        Assert.Equal(AssessmentVerdict.Failed, outcome.Verdict);
        var errors = report.Pages.Where(p => p.Error is not null).ToList();
        Assert.True(errors.Count == 0, "Page errors on /bad:\n" + string.Join("\n", errors.Select(p => $"  {p.Url} (journey {p.Journey} step {p.Step}): {p.Error}")));
    }

    [Fact]
    public async Task Good_variant_has_no_violations_and_no_page_errors()
    {
        var outcome = await AssessAsync("servicestandard.good.yml");
        var report = outcome.Report!;
        var violations = report.Findings.Where(f => f.Kind == FindingKind.Violation).ToList();
        Assert.True(violations.Count == 0, "Violations on /good:\n" + string.Join("\n", violations.Select(Describe)));
        var errors = report.Pages.Where(p => p.Error is not null).ToList();
        Assert.True(errors.Count == 0, "Page errors on /good:\n" + string.Join("\n", errors.Select(p => $"  {p.Url} (journey {p.Journey} step {p.Step}): {p.Error}")));
        Assert.True(report.Pages.Count >= 10, $"expected the journeys to reach every page, got {report.Pages.Count}");
        Assert.Equal(AssessmentVerdict.Passed, outcome.Verdict);
        Assert.Equal(CriterionOutcome.NeedsReview, report.Criteria.Single(c => c.Id == "DSS-05").Outcome);
    }

    private async Task<AssessmentOutcome> AssessAsync(string configName)
    {
        var path = RepositoryPaths.Combine("tests", "SampleService", configName);
        var loaded = ConfigLoader.LoadFile(path);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var config = ConfigDefaults.ApplyOverrides(loaded.Value, new ConfigOverrides { BaseUrl = host.BaseUrl.AbsoluteUri }, Path.GetDirectoryName(path)!);
        Assert.True(config.Succeeded, string.Join("\n", config.Diagnostics));
        var standard = ShippedStandards.Load("digital-service-standard").Value!;
        var run = await new AssessmentRunner().RunAsync(config.Value!, standard, CheckFilter.All, null, null, CancellationToken.None);
        Assert.True(run.Succeeded, string.Join("\n", run.Diagnostics));
        Assert.Null(run.Value!.Problem);
        return run.Value;
    }

    private static bool Matches(Finding finding, ExpectedFinding expected, AssessmentOutcome outcome)
    {
        if (finding.CheckId != expected.Check || finding.RuleId != expected.Rule || finding.Location is not PageLocation location)
        {
            return false;
        }

        if (!Uri.TryCreate(location.Url, UriKind.Absolute, out var url) || url.AbsolutePath != expected.Page)
        {
            return false;
        }

        if (expected.Selector is null)
        {
            return true;
        }

        if (location.Selector is null)
        {
            return false;
        }

        // Same element: resolve both selectors in a DOM the browser saw at that URL (a journey
        // may visit one URL in several states, e.g. before and after a failed submit).
        var selector = location.Selector.Split(" >>> ")[0];
        return outcome.Evidence.Pages
            .Where(p => p.FinalUrl == location.Url && p.Html.Length > 0)
            .Any(snapshot => SameElement(snapshot.Html, expected.Selector, selector));
    }

    private static bool SameElement(string html, string expectedSelector, string foundSelector)
    {
        var document = new HtmlParser().ParseDocument(html);
        try
        {
            var wanted = document.QuerySelectorAll(expectedSelector);
            var found = document.QuerySelectorAll(foundSelector);
            return found.Any(f => wanted.Any(w => w == f || w.Contains(f) || f.Contains(w)));
        }
        catch (AngleSharp.Dom.DomException)
        {
            return false;
        }
    }

    private static string Describe(Finding f) =>
        $"  {f.CheckId}/{f.RuleId} [{f.Kind}, {f.Severity}] {(f.Location as PageLocation)?.Url} {(f.Location as PageLocation)?.Selector}: {f.Message}";

    private static List<ExpectedFinding> LoadExpected()
    {
        var yaml = File.ReadAllText(RepositoryPaths.Combine("tests", "SampleService", "expected-findings.yml"));
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
        return deserializer.Deserialize<ExpectedFile>(yaml).Findings;
    }

    private sealed class ExpectedFile
    {
        public List<ExpectedFinding> Findings { get; set; } = [];
    }

    private sealed class ExpectedFinding
    {
        public string Id { get; set; } = string.Empty;

        public string Check { get; set; } = string.Empty;

        public string Rule { get; set; } = string.Empty;

        public string Page { get; set; } = string.Empty;

        public string? Selector { get; set; }
    }
}
