using ServiceStandard.Checks.Accessibility;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;
using ServiceStandard.Testing;

namespace ServiceStandard.Checks.Tests.Web;

/// <summary>Serves <c>tests/fixtures/wcag/</c> on a loopback port for the fixture cases, one server for the class.</summary>
public sealed class WcagFixtureServer : IAsyncDisposable
{
    private readonly StaticFileServer _server = new(WcagFixtureCase.Root, "/wcag/");

    public Uri BaseUrl => _server.BaseUrl;

    /// <summary>Every accessibility check, and the evidence they need.</summary>
    public IReadOnlyList<IWebCheck> Checks { get; } = AccessibilityChecks.Create();

    public IReadOnlySet<EvidenceKind> Evidence => EvidencePlan.For(Checks, CheckFilter.All, Enum.GetValues<EvidenceKind>().ToHashSet());

    /// <summary>Every case gathered together in real Chromium, once for the class (as a run assesses many pages at once).</summary>
    public Task<IReadOnlyList<PageSnapshot>> All => _all ??= GatherAsync(WcagFixtureCase.All());

    private Task<IReadOnlyList<PageSnapshot>>? _all;

    public async Task<IReadOnlyList<PageSnapshot>> GatherAsync(IEnumerable<WcagFixtureCase> cases)
    {
        var gathered = await new WebGatherer().GatherAsync(WcagFixtureCase.Request(cases, BaseUrl, Evidence), null, CancellationToken.None);
        Assert.Null(gathered.FatalError);
        return gathered.Pages;
    }

    /// <summary>Every accessibility check over the case's own pages, as if it had been assessed alone.</summary>
    public WebCheckResult Check(WcagFixtureCase fixture, IReadOnlyList<PageSnapshot> pages)
    {
        var context = new CheckContext { Language = "en", ServiceLanguages = ["en"] };
        return new WebCheckRunner(Checks).Run(new WebEvidence([.. pages.Where(p => fixture.Owns(p, BaseUrl))]), context);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

/// <summary>
/// Each rule against its fixture pages (<see cref="WcagFixtureCase"/>): pages written from the rule's
/// definition (WCAG's understanding documents, W3C's ACT rules and their published examples), where a
/// failing page must be reported and a passing one must not.
/// </summary>
public sealed class WcagFixtureTests(WcagFixtureServer server) : IClassFixture<WcagFixtureServer>
{
    public static TheoryData<string> Cases() => [.. WcagFixtureCase.All().Select(c => c.Key)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Rule_reports_its_failing_pages_and_only_them(string key)
    {
        var fixture = WcagFixtureCase.Find(key);
        var pages = (await server.All).Where(p => fixture.Owns(p, server.BaseUrl)).ToList();
        Assert.NotEmpty(pages);
        var result = server.Check(fixture, pages);

        Assert.Empty(result.Errors);
        Assert.All(pages, p => Assert.True(p.Error is null || fixture.Expectation != "pass", $"{p.RequestedUrl}: {p.Error}"));
        var findings = result.Findings.Where(f => f.QualifiedRuleId == fixture.RuleId).ToList();
        var described = string.Join(Environment.NewLine, findings.Select(f => $"  {f.Kind} {(f.Location as PageLocation)?.Selector}: {f.Message}"));
        switch (fixture.Expectation)
        {
            case "fail":
                Assert.True(findings.Any(f => f.Kind == FindingKind.Violation), $"{key}: expected a violation, found:{Environment.NewLine}{described}");
                break;
            case "review":
                Assert.True(findings.Any(f => f.Kind == FindingKind.NeedsReview) && findings.All(f => f.Kind == FindingKind.NeedsReview), $"{key}: expected needs-review only, found:{Environment.NewLine}{described}");
                break;
            default:
                Assert.True(findings.Count == 0, $"{key}: expected nothing, found:{Environment.NewLine}{described}");
                break;
        }
    }

    /// <summary>
    /// The keyboard walk and the layout probes give the same findings however the pages of a run
    /// share the browser: the keyboard and layout cases assessed together, 20 times over.
    /// </summary>
    [Fact]
    public async Task Keyboard_and_layout_findings_are_the_same_every_time_pages_are_assessed_together()
    {
        var cases = WcagFixtureCase.All()
            .Where(c => c.Journey is null && (c.RuleId.StartsWith("accessibility/keyboard/", StringComparison.Ordinal) || c.RuleId.StartsWith("accessibility/reflow/", StringComparison.Ordinal)))
            .ToList();
        Assert.True(cases.Count >= 10, $"only {cases.Count} keyboard and layout cases");
        List<string>? first = null;
        for (var run = 1; run <= 20; run++)
        {
            var pages = await server.GatherAsync(cases);
            Assert.All(pages, p => Assert.True(p.Error is null, $"run {run}, {p.RequestedUrl}: {p.Error}"));
            var outcome = cases
                .SelectMany(c => server.Check(c, pages).Findings.Select(f => $"{c.Key}: {f.QualifiedRuleId} {f.Kind} {(f.Location as PageLocation)?.Selector}"))
                .Order(StringComparer.Ordinal)
                .ToList();
            first ??= outcome;
            // Only the lines that differ: the whole outcome is too long for a CI log to keep.
            var onlyFirst = first.Except(outcome, StringComparer.Ordinal).ToList();
            var onlyThis = outcome.Except(first, StringComparer.Ordinal).ToList();
            Assert.True(
                first.SequenceEqual(outcome, StringComparer.Ordinal),
                $"run {run} differs from run 1 ({first.Count} and {outcome.Count} findings).{Environment.NewLine}" +
                $"only in run 1:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", onlyFirst)}{Environment.NewLine}" +
                $"only in run {run}:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", onlyThis)}");
        }
    }

    [Fact]
    public void Every_rule_with_fixtures_has_two_failing_and_two_passing_cases()
    {
        var byRule = WcagFixtureCase.All().GroupBy(c => c.RuleId).ToList();
        Assert.NotEmpty(byRule);
        Assert.All(byRule, rule =>
        {
            Assert.True(rule.Count(c => c.Expectation != "pass") >= 2, $"{rule.Key} has fewer than two failing cases");
            Assert.True(rule.Count(c => c.Expectation == "pass") >= 2, $"{rule.Key} has fewer than two passing cases");
        });
    }
}
