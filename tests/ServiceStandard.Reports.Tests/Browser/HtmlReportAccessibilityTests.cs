using ServiceStandard.Checks.Accessibility;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Web;

namespace ServiceStandard.Reports.Tests.Browser;

/// <summary>
/// The HTML report passes our own accessibility checks (axe-core at WCAG 2.2 AA, the Tab walk,
/// reflow at 320 px, text spacing, duplicate ids) with zero violations: served on loopback and
/// gathered by the same WebGatherer an assessment uses, in the real browser.
/// </summary>
public sealed class HtmlReportAccessibilityTests : IAsyncLifetime
{
    private readonly LoopbackServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_report_has_no_violations_of_our_own_checks_in_english_and_spanish() =>
        await AssertNoViolationsAsync(
        [
            _server.Add("/report.html", new HtmlReport().Render(ReportExamples.Input())),
            _server.Add("/informe.html", new HtmlReport().Render(ReportExamples.Input(language: "es"))),
            _server.Add("/hostile.html", new HtmlReport().Render(ReportExamples.Input(ReportExamples.Hostile()))),
        ]);

    [Fact]
    public async Task The_statement_the_conformance_report_and_the_wcag_em_report_have_no_violations_of_our_own_checks() =>
        await AssertNoViolationsAsync(
        [
            _server.Add("/statement.html", new StatementReport().Html(ReportExamples.Input())),
            _server.Add("/declaracion.html", new StatementReport().Html(ReportExamples.Input(ReportExamples.Hostile(), "es"))),
            _server.Add("/acr.html", new AcrReport().Html(ReportExamples.Input())),
            _server.Add("/acr-es.html", new AcrReport().Html(ReportExamples.Input(ReportExamples.Hostile(), "es"))),
            _server.Add("/wcag-em.html", new WcagEmReport().Html(ReportExamples.Input())),
        ]);

    private async Task AssertNoViolationsAsync(IReadOnlyList<Uri> pages)
    {
        var request = new WebGatherRequest
        {
            BaseUrl = _server.BaseUrl,
            AllowedOrigins = [_server.BaseUrl.GetLeftPart(UriPartial.Authority)],
            Pages = pages,
            Concurrency = 2,
            BrowserPath = HostileReportBrowserTests.ChromiumPath(),
            Axe = new AxeSettings { Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        };

        var gathered = await new WebGatherer().GatherAsync(request, null, CancellationToken.None);

        Assert.Null(gathered.FatalError);
        Assert.All(gathered.Pages, p => Assert.Null(p.Error));
        Assert.All(gathered.Pages, p => Assert.NotNull(p.Axe));
        Assert.All(gathered.Pages, p => Assert.True(p.Keyboard is { Completed: true }, $"the Tab walk did not go round {p.FinalUrl}"));
        var context = new CheckContext { Language = "en", ServiceLanguages = ["en", "es"] };
        var result = new WebCheckRunner(AccessibilityChecks.Create()).Run(new WebEvidence(gathered.Pages), context);
        Assert.Empty(result.Errors);
        var violations = result.Findings.Where(f => f.Kind == FindingKind.Violation).ToList();
        Assert.True(violations.Count == 0, "violations in the report:" + Environment.NewLine + string.Join(Environment.NewLine, violations.Select(Describe)));
    }

    private static string Describe(Finding f) => $"{f.QualifiedRuleId} {(f.Location as PageLocation)?.Url} {(f.Location as PageLocation)?.Selector}: {f.Message}";
}
