using ServiceStandard.Checks.Accessibility.CrossPage;
using ServiceStandard.Checks.Accessibility;
using ServiceStandard.Checks.Accessibility.Axe;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.Accessibility;

public class WebCheckRunnerTests
{
    private static readonly AxeRuleResult ImageAlt = new(
        "image-alt", "critical", ["cat.text-alternatives", "wcag2a", "wcag111"], "d", "Images must have alternative text", "https://dequeuniversity.com/rules/axe/4.10/image-alt",
        [new AxeNode(["img.logo"], "<img class=\"logo\">", "critical", "Fix any of the following: no alt")]);

    private static readonly AxeRuleResult ColorContrast = new(
        "color-contrast", "serious", ["cat.color", "wcag2aa", "wcag143"], "d", "Contrast", "https://dequeuniversity.com/rules/axe/4.10/color-contrast",
        [new AxeNode(["p.hint"], "<p class=\"hint\">", "serious", "Fix contrast")]);

    private static readonly AxeRuleResult TargetSize = new(
        "target-size", "serious", ["cat.sensory-and-visual-cues", "wcag22aa", "wcag258"], "d", "Target size", "https://dequeuniversity.com/rules/axe/4.10/target-size",
        [new AxeNode(["a.tiny"], "<a class=\"tiny\">", "serious", "Too small")]);

    private static readonly AxeRuleResult Region = new(
        "region", "moderate", ["cat.keyboard", "best-practice"], "d", "Landmarks", "https://dequeuniversity.com/rules/axe/4.10/region",
        [new AxeNode(["footer > p"], "<p>", "moderate", "Not in a landmark")]);

    private static PageSnapshot Page(string url = Snapshots.Start, PageOrigin? origin = null, params AxeRuleResult[] violations) =>
        Snapshots.Page(url, origin) with
        {
            Axe = new AxeRun("4.10.3", "en", violations, []),
            Keyboard = Snapshots.CleanWalk() with { Traps = [new KeyboardTrap("#modal", "<div id=\"modal\">", "x")] },
            Html = "<p id=\"a\"></p><p id=\"a\"></p>",
        };

    private static WebCheckRunner Runner(params IWebCheck[] extra) => new([.. AccessibilityChecks.Create(TestCatalog.Instance), .. extra]);

    [Fact]
    public void A_throwing_check_becomes_a_check_error_and_the_others_still_run()
    {
        var result = Runner(new ThrowingCheck()).Run(new WebEvidence([Page(violations: ImageAlt)]), CheckContext.Default);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new CheckError("test/throws", "InvalidOperationException: the check has a bug", Snapshots.Start), error);
        Assert.Contains("test/throws", result.ChecksRun);
        Assert.Equal(
            ["accessibility/axe/image-alt", "accessibility/keyboard/trap", "accessibility/html/duplicate-id"],
            result.Findings.Select(f => f.QualifiedRuleId));
    }

    [Fact]
    public void A_check_that_throws_on_one_page_still_reports_the_other_pages()
    {
        var good = Page("https://s.test/good");
        var bad = Page("https://s.test/bad") with { Keyboard = null };

        var result = new WebCheckRunner([new ThrowingCheck(onlyWhen: p => p.Keyboard is null), new AxeCheck()])
            .Run(new WebEvidence([good, bad]), CheckContext.Default);

        Assert.Equal("https://s.test/bad", Assert.Single(result.Errors).Url);
        Assert.Equal(["test/throws"], result.Findings.Select(f => f.CheckId));
    }

    [Fact]
    public void Page_level_checks_skip_pages_that_could_not_be_loaded()
    {
        var broken = Page("https://s.test/broken", violations: ImageAlt) with { Error = new PageError("timeout", "page did not load in 30 s") };

        var result = Runner().Run(new WebEvidence([broken]), CheckContext.Default);

        Assert.Empty(result.Findings);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Missing_evidence_is_recorded_as_not_assessed()
    {
        var page = Snapshots.Page() with { Html = "<p></p>" };

        var result = Runner().Run(new WebEvidence([page]), CheckContext.Default);

        Assert.Equal(
            [
                new EvidenceGap("accessibility/axe", Snapshots.Start, ["axe"]),
                new EvidenceGap("accessibility/keyboard", Snapshots.Start, ["keyboard"]),
                new EvidenceGap("accessibility/reflow", Snapshots.Start, ["reflow", "text-spacing"]),
                new EvidenceGap("accessibility/cross-page", Snapshots.Start, ["error-summary"]),
                new EvidenceGap("accessibility/content", Snapshots.Start, ["content"]),
                new EvidenceGap("accessibility/consistency", Snapshots.Start, ["page-structure"]),
                new EvidenceGap("accessibility/journey", Snapshots.Start, ["forms"]),
            ],
            result.NotAssessed.Select(g => g with { Missing = [.. g.Missing] }),
            new GapComparer());
    }

    [Fact]
    public void A_page_whose_error_summary_was_looked_for_has_no_gap_even_without_one()
    {
        var page = Snapshots.Page() with { Html = "<p></p>", Probed = [EvidenceKind.ErrorSummary] };

        var result = new WebCheckRunner([new CrossPageCheck(TestCatalog.Instance)]).Run(new WebEvidence([page]), CheckContext.Default);

        Assert.Empty(result.NotAssessed);
    }

    [Theory]
    [InlineData("accessibility", new[] { "html", "axe", "keyboard", "reflow", "text-spacing", "error-summary", "content", "page-structure", "forms" })]
    [InlineData("accessibility/consistency", new[] { "html", "page-structure" })]
    [InlineData("accessibility/journey", new[] { "html", "forms" })]
    [InlineData("accessibility/axe", new[] { "html", "axe" })]
    [InlineData("accessibility/axe/image-alt", new[] { "html", "axe" })]
    [InlineData("accessibility/keyboard/trap", new[] { "html", "keyboard" })]
    [InlineData("accessibility/cross-page", new[] { "html", "error-summary" })]
    [InlineData("code", new[] { "html" })]
    public void The_run_gathers_what_its_selected_checks_require(string include, string[] expected)
    {
        var allowed = Enum.GetValues<EvidenceKind>().ToHashSet();

        var plan = EvidencePlan.For(AccessibilityChecks.Create(TestCatalog.Instance), new CheckFilter([include], []), allowed);

        Assert.Equal(expected.Order(), plan.Select(kind => kind.Name()).Order());
    }

    [Fact]
    public void Evidence_the_configuration_turns_off_is_not_gathered_even_when_a_check_requires_it()
    {
        var allowed = Enum.GetValues<EvidenceKind>().Where(kind => kind != EvidenceKind.Keyboard).ToHashSet();

        var plan = EvidencePlan.For(AccessibilityChecks.Create(TestCatalog.Instance), CheckFilter.All, allowed);

        Assert.DoesNotContain(EvidenceKind.Keyboard, plan);
        Assert.Contains(EvidenceKind.Axe, plan);
    }

    [Theory]
    [InlineData("accessibility", new[] { "accessibility/axe/image-alt", "accessibility/keyboard/trap", "accessibility/html/duplicate-id" })]
    [InlineData("accessibility/keyboard", new[] { "accessibility/keyboard/trap" })]
    [InlineData("accessibility/axe/image-alt", new[] { "accessibility/axe/image-alt" })]
    [InlineData("accessibility/html/duplicate-id", new[] { "accessibility/html/duplicate-id" })]
    [InlineData("accessibility/key", new string[0])]
    [InlineData("code", new string[0])]
    public void Include_selects_by_family_check_or_rule(string include, string[] expected)
    {
        var result = Runner().Run(new WebEvidence([Page(violations: ImageAlt)]), CheckContext.Default, CheckFilter.Only(include));

        Assert.Equal(expected, result.Findings.Select(f => f.QualifiedRuleId));
    }

    [Fact]
    public void A_rule_filter_runs_only_the_check_that_owns_the_rule()
    {
        var result = Runner().Run(new WebEvidence([Page(violations: [ImageAlt, ColorContrast])]), CheckContext.Default, CheckFilter.Only("accessibility/axe/color-contrast"));

        Assert.Equal(["accessibility/axe"], result.ChecksRun);
        Assert.Equal(["accessibility/axe/color-contrast"], result.Findings.Select(f => f.QualifiedRuleId));
    }

    [Fact]
    public void Exclude_removes_checks_and_rules()
    {
        var evidence = new WebEvidence([Page(violations: [ImageAlt, ColorContrast])]);

        var withoutKeyboard = Runner().Run(evidence, CheckContext.Default, new CheckFilter([], ["accessibility/keyboard", "accessibility/axe/color-contrast"]));

        Assert.DoesNotContain("accessibility/keyboard", withoutKeyboard.ChecksRun);
        Assert.Equal(["accessibility/axe/image-alt", "accessibility/html/duplicate-id"], withoutKeyboard.Findings.Select(f => f.QualifiedRuleId));
        Assert.Empty(Runner().Run(evidence, CheckContext.Default, new CheckFilter(["accessibility"], ["accessibility"])).ChecksRun);
    }

    [Fact]
    public void Config_check_selection_maps_onto_the_filter()
    {
        var filter = CheckFilter.From(new global::ServiceStandard.Configuration.CheckSelection(["accessibility"], ["accessibility/reflow"]));

        Assert.True(filter.RunsCheck("accessibility/axe"));
        Assert.False(filter.RunsCheck("accessibility/reflow"));
        Assert.False(filter.RunsCheck("code/analyzers"));
    }

    [Fact]
    public void The_same_problem_on_several_journey_steps_is_reported_once_and_counted()
    {
        var evidence = new WebEvidence(
        [
            Page("https://s.test/apply/name", PageOrigin.JourneyStep("apply", 1, "goto /apply/name"), ImageAlt),
            Page("https://s.test/apply/name", PageOrigin.JourneyStep("apply", 2, "click 'button'"), ImageAlt),
            Page("https://s.test/apply/address", PageOrigin.JourneyStep("apply", 3, "click 'button'"), ImageAlt),
        ]);

        var result = Runner().Run(evidence, CheckContext.Default, CheckFilter.Only("accessibility/axe"));

        Assert.Equal(2, result.Findings.Count);
        Assert.Equal("apply, step 1 (goto /apply/name)", ((PageLocation)result.Findings[0].Location).Journey);
        Assert.Equal(2, result.TimesSeen(result.Findings[0]));
        Assert.Equal(1, result.TimesSeen(result.Findings[1]));
    }

    [Fact]
    public void The_wcag_level_filter_keeps_findings_in_scope_and_best_practice()
    {
        var evidence = new WebEvidence([Page(violations: [ImageAlt, ColorContrast, TargetSize, Region])]);
        var context = new CheckContext { WcagLevelTags = ["wcag2a", "wcag2aa"] };

        var result = Runner().Run(evidence, context, CheckFilter.Only("accessibility/axe", "accessibility/reflow"));

        Assert.Equal(["image-alt", "color-contrast", "region"], result.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Our_own_wcag_21_rules_are_left_out_at_a_wcag_20_level()
    {
        var page = Page() with { Reflow = new ReflowProbe(320, 500, true, []) };

        var at20 = Runner().Run(new WebEvidence([page]), new CheckContext { WcagLevelTags = ["wcag2a", "wcag2aa"] }, CheckFilter.Only("accessibility/reflow"));
        var at21 = Runner().Run(new WebEvidence([page]), new CheckContext { WcagLevelTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, CheckFilter.Only("accessibility/reflow"));

        Assert.Empty(at20.Findings);
        Assert.Equal(["accessibility/reflow/horizontal-scroll"], at21.Findings.Select(f => f.QualifiedRuleId));
    }

    [Fact]
    public void A_wcag_22_level_a_finding_is_in_scope_at_wcag_22_aa_though_axe_has_no_wcag22a_tag()
    {
        var finding = new Finding(
            "accessibility/journey", "redundant-entry", Severity.Serious, FindingKind.Violation, "m", "h", "u",
            ["accessibility", "wcag22a", "wcag337"], new PageLocation("https://s.test/a", null, null, null, null), "f");

        Assert.True(new CheckContext { WcagLevelTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }.IsInScope(finding));
        Assert.False(new CheckContext { WcagLevelTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }.IsInScope(finding));
    }

    [Fact]
    public void Site_checks_run_once_over_all_pages()
    {
        var evidence = new WebEvidence([Snapshots.Page("https://s.test/a", title: "Same"), Snapshots.Page("https://s.test/b", title: "Same")]);

        var result = Runner().Run(evidence, CheckContext.Default, CheckFilter.Only("accessibility/cross-page"));

        Assert.Equal(["https://s.test/a", "https://s.test/b"], result.Findings.Select(f => ((PageLocation)f.Location).Url));
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => Runner().Run(new WebEvidence([Page()]), CheckContext.Default, cancellationToken: cancelled.Token));
    }

    private sealed class ThrowingCheck(Func<PageSnapshot, bool>? onlyWhen = null) : IWebCheck
    {
        public string Id => "test/throws";

        public CheckScope Scope => CheckScope.Page;

        public IReadOnlyList<EvidenceKind> RequiredEvidence => [];

        public IEnumerable<Finding> Run(WebEvidence evidence, CheckContext context)
        {
            var page = evidence.Pages.Single();
            if (onlyWhen is null || onlyWhen(page))
            {
                throw new InvalidOperationException("the check has a bug");
            }

            yield return new Finding("test/throws", "ok", Severity.Minor, FindingKind.NeedsReview, "m", "h", null, [], new PageLocation(page.FinalUrl), Fingerprints.ForPage("test/throws", "ok", page.FinalUrl, null));
        }
    }

    private sealed class GapComparer : IEqualityComparer<EvidenceGap>
    {
        public bool Equals(EvidenceGap? x, EvidenceGap? y) =>
            x is not null && y is not null && x.CheckId == y.CheckId && x.Url == y.Url && x.Missing.SequenceEqual(y.Missing);

        public int GetHashCode(EvidenceGap obj) => HashCode.Combine(obj.CheckId, obj.Url);
    }
}
