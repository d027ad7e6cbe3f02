using ServiceStandard.Assessing;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Model.Findings;
using ServiceStandard.Standard.Wcag;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Checks.Tests.Assessment;

public class WcagCoverageTests
{
    private static readonly IReadOnlyList<string> AA22 = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static Finding Tagged(FindingKind kind, params string[] tags) => new(
        "accessibility/axe", "x", Severity.Serious, kind, "m", "h", null, ["accessibility", .. tags], new PageLocation("http://s.test/"), new string('d', 32));

    private static WcagCoverage Build(IReadOnlyList<Finding> findings, IReadOnlyList<SuppressedFinding>? suppressed = null, IReadOnlyList<string>? checks = null)
    {
        var rules = WcagCoverageBuilder.RulesRun(CheckCatalog.Shipped, AxeRules.All, checks ?? ["accessibility/axe", "accessibility/keyboard", "accessibility/reflow"], AA22, _ => true);
        return WcagCoverageBuilder.Build(WcagCatalog.Wcag22, AA22, rules, findings, suppressed ?? [], "en");
    }

    private static WcagStatus StatusOf(WcagCoverage coverage, string number) => coverage.Criteria.Single(c => c.Number == number).Status;

    [Fact]
    public void Every_A_and_AA_criterion_of_WCAG_22_is_listed_once_without_the_obsolete_one()
    {
        var coverage = Build([]);

        Assert.Equal("2.2", coverage.Version);
        Assert.Equal(55, coverage.Criteria.Count);
        Assert.DoesNotContain(coverage.Criteria, c => c.Number == "4.1.1" || c.Level == "AAA");
        Assert.Equal(coverage.Criteria.Count, coverage.Criteria.Select(c => c.Number).Distinct().Count());
    }

    [Fact]
    public void Each_criterion_gets_one_of_the_four_statuses()
    {
        var coverage = Build(
            [Tagged(FindingKind.Violation, "wcag2a", "wcag111"), Tagged(FindingKind.NeedsReview, "wcag2aa", "wcag143")],
            [new SuppressedFinding(Tagged(FindingKind.Violation, "wcag2a", "wcag412"), "accepted", "check x")]);

        Assert.Equal(WcagStatus.Failed, StatusOf(coverage, "1.1.1"));
        Assert.Equal(WcagStatus.NeedsReview, StatusOf(coverage, "1.4.3"));
        Assert.Equal(WcagStatus.NeedsReview, StatusOf(coverage, "4.1.2"));
        Assert.Equal(WcagStatus.MachinePassed, StatusOf(coverage, "2.1.2"));
        Assert.Contains("accessibility/keyboard/trap", coverage.Criteria.Single(c => c.Number == "2.1.2").TestedBy);
        Assert.Equal(WcagStatus.ManualOnly, StatusOf(coverage, "3.3.7"));
        Assert.Empty(coverage.Criteria.Single(c => c.Number == "3.3.7").TestedBy);
    }

    [Fact]
    public void A_criterion_only_a_check_that_did_not_run_tests_is_manual_only()
    {
        Assert.Equal(WcagStatus.MachinePassed, StatusOf(Build([]), "1.4.10"));
        Assert.Equal(WcagStatus.ManualOnly, StatusOf(Build([], checks: ["accessibility/axe"]), "2.1.2"));
    }

    [Fact]
    public void A_run_at_level_A_lists_level_A_criteria_only()
    {
        var coverage = WcagCoverageBuilder.Build(WcagCatalog.Wcag22, ["wcag2a"], [], [], [], "es");

        Assert.All(coverage.Criteria, c => Assert.Equal("A", c.Level));
        Assert.Equal("Contenido no textual", coverage.Criteria[0].Title);
    }
}
