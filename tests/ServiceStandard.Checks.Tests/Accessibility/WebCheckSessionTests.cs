using ServiceStandard.Checks.Accessibility;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Findings;

namespace ServiceStandard.Checks.Tests.Accessibility;

/// <summary>
/// Issue 18: a run checks each page as it is finished and keeps only what the site checks compare,
/// so its memory does not grow with every page's HTML, axe results and Tab walk.
/// </summary>
public class WebCheckSessionTests
{
    private static readonly AxeRuleResult ImageAlt = new(
        "image-alt", "critical", ["cat.text-alternatives", "wcag2a", "wcag111"], "d", "Images must have alternative text", "https://dequeuniversity.com/rules/axe/4.10/image-alt",
        [new AxeNode(["img.logo"], "<img class=\"logo\">", "critical", "Fix any of the following: no alt")]);

    private static PageSnapshot Heavy(PageSnapshot page) => page with
    {
        Axe = new AxeRun("4.10.3", "en", [ImageAlt], []),
        Keyboard = Snapshots.CleanWalk(),
        Html = "<main><h1 class=\"govuk-heading-l\">Check your answers</h1><p id=\"a\"></p><p id=\"a\"></p></main>",
        Probed = [EvidenceKind.ErrorSummary],
    };

    private static IReadOnlyList<PageSnapshot> Pages() =>
    [
        Heavy(Snapshots.Page("https://service.test/a")),
        Heavy(Snapshots.Page("https://service.test/b")),
        Heavy(Snapshots.Step("apply", 1, "https://service.test/apply/1")),
        Snapshots.Page("https://service.test/gone") with { Error = new PageError("http-error", "404") },
        Heavy(Snapshots.Page("https://service.test/c", title: "Other")),
    ];

    [Fact]
    public void The_site_checks_see_no_page_s_html_axe_results_or_tab_walk()
    {
        var seen = new SeeingSiteCheck();
        new WebCheckRunner([.. AccessibilityChecks.Create(TestCatalog.Instance), seen]).Run(new WebEvidence(Pages()), CheckContext.Default);

        Assert.Equal(5, seen.Pages.Count);
        Assert.All(seen.Pages, page =>
        {
            Assert.True(page.Axe is null || page.Axe.Violations.Count == 0 && page.Axe.Incomplete.Count == 0, page.FinalUrl);
            Assert.Null(page.Keyboard);
            Assert.Null(page.Design);
            Assert.Null(page.Content);
            Assert.Null(page.Reflow);
        });
        // A journey's page keeps its first heading (the journey check reads it); no other page keeps HTML.
        Assert.Equal(["", "", "<h1 class=\"govuk-heading-l\">Check your answers</h1>", "", ""], seen.Pages.Select(p => p.Html));
        Assert.Equal("4.10.3", seen.Pages[0].Axe!.AxeVersion);
    }

    [Fact]
    public void Pages_added_as_they_finish_give_the_result_of_checking_them_in_visit_order()
    {
        var pages = Pages();
        var runner = new WebCheckRunner(AccessibilityChecks.Create(TestCatalog.Instance));
        var whole = runner.Run(new WebEvidence(pages), CheckContext.Default);

        var session = runner.Start(CheckContext.Default);
        var kept = new PageSnapshot[pages.Count];
        foreach (var i in new[] { 4, 2, 0, 3, 1 })
        {
            kept[i] = session.Add(pages[i]);
        }

        var streamed = session.Finish(kept);

        Assert.NotEmpty(whole.Findings);
        Assert.Equal(whole.Findings.Select(f => f.Fingerprint), streamed.Findings.Select(f => f.Fingerprint));
        Assert.Equal(AssessmentJson.Serialize(whole.Findings), AssessmentJson.Serialize(streamed.Findings));
        Assert.Equal(whole.Occurrences.OrderBy(o => o.Key, StringComparer.Ordinal), streamed.Occurrences.OrderBy(o => o.Key, StringComparer.Ordinal));
        Assert.Equal(whole.NotAssessed.Select(g => $"{g.CheckId} {g.Url} {string.Join(",", g.Missing)}"), streamed.NotAssessed.Select(g => $"{g.CheckId} {g.Url} {string.Join(",", g.Missing)}"));
        Assert.Equal(whole.Errors, streamed.Errors);
        Assert.Equal(whole.ChecksRun, streamed.ChecksRun);
    }

    /// <summary>A site check that records the pages it is given.</summary>
    private sealed class SeeingSiteCheck : IWebCheck
    {
        public List<PageSnapshot> Pages { get; } = [];

        public string Id => "test/sees";

        public CheckScope Scope => CheckScope.Site;

        public IReadOnlyList<EvidenceKind> RequiredEvidence { get; } = [];

        public IEnumerable<Finding> Run(WebEvidence evidence, CheckContext context)
        {
            Pages.AddRange(evidence.Pages);
            return [];
        }
    }
}
