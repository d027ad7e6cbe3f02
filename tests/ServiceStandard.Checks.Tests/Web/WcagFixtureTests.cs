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

    /// <summary>Gathers the case in real Chromium and runs every accessibility check over it.</summary>
    public async Task<(IReadOnlyList<PageSnapshot> Pages, WebCheckResult Result)> AssessAsync(WcagFixtureCase fixture)
    {
        var request = fixture.Request(BaseUrl, Evidence) with { BrowserPath = File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null };
        var gathered = await new WebGatherer().GatherAsync(request, null, CancellationToken.None);
        Assert.Null(gathered.FatalError);
        var context = new CheckContext { Language = "en", ServiceLanguages = ["en"] };
        return (gathered.Pages, new WebCheckRunner(Checks).Run(new WebEvidence(gathered.Pages), context));
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
        var (pages, result) = await server.AssessAsync(fixture);

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
