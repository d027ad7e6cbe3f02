using ServiceStandard.Checks.Accessibility.Axe;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.Accessibility;

public class AxeCheckTests
{
    private static readonly AxeRuleResult ColorContrast = new(
        "color-contrast",
        "serious",
        ["cat.color", "wcag2aa", "wcag143", "TTv5", "EN-301-549"],
        "Ensures the contrast between foreground and background colors meets WCAG 2 AA minimum contrast ratio thresholds",
        "Elements must meet minimum color contrast ratio thresholds",
        "https://dequeuniversity.com/rules/axe/4.10/color-contrast?application=axeAPI",
        [
            new AxeNode(
                ["p.hint"],
                "<p class=\"hint\">We will only use this to contact you</p>",
                "serious",
                "Fix any of the following:\n  Element has insufficient color contrast of 2.85 (foreground color: #999999, background color: #ffffff)\n"),
        ]);

    private static PageSnapshot PageWith(IReadOnlyList<AxeRuleResult> violations, IReadOnlyList<AxeRuleResult>? incomplete = null) =>
        Snapshots.Page() with { Axe = new AxeRun("4.10.3", "en", violations, incomplete ?? []) };

    [Fact]
    public void Reports_one_violation_per_axe_node_with_axe_texts_and_tags()
    {
        var finding = Assert.Single(Snapshots.Run(new AxeCheck(), PageWith([ColorContrast])));

        FindingAssert.Is(
            finding,
            "accessibility/axe/color-contrast",
            Severity.Serious,
            FindingKind.Violation,
            Snapshots.Start,
            "p.hint",
            "Fix any of the following:\n  Element has insufficient color contrast of 2.85 (foreground color: #999999, background color: #ffffff)",
            ["cat.color", "wcag2aa", "wcag143", "TTv5", "EN-301-549", "accessibility"]);
        Assert.Equal("Elements must meet minimum color contrast ratio thresholds", finding.Help);
        Assert.Equal(ColorContrast.HelpUrl, finding.HelpUrl);
        Assert.Equal("<p class=\"hint\">We will only use this to contact you</p>", ((PageLocation)finding.Location).Snippet);
        Assert.Equal(Fingerprints.ForPage("accessibility/axe", "color-contrast", Snapshots.Start, "p.hint"), finding.Fingerprint);
    }

    [Fact]
    public void Incomplete_results_need_review_and_null_impact_reads_as_moderate()
    {
        var unsure = ColorContrast with
        {
            Impact = null,
            Nodes = [new AxeNode(["h1"], "<h1>Apply</h1>", null, null), new AxeNode(["p.hint"], "<p class=\"hint\">x</p>", "minor", "Check it")],
        };

        var findings = Snapshots.Run(new AxeCheck(), PageWith([], [unsure]));

        Assert.Equal([FindingKind.NeedsReview, FindingKind.NeedsReview], findings.Select(f => f.Kind));
        Assert.Equal([Severity.Moderate, Severity.Minor], findings.Select(f => f.Severity));
        Assert.Equal(["Elements must meet minimum color contrast ratio thresholds", "Check it"], findings.Select(f => f.Message));
    }

    [Fact]
    public void Targets_in_frames_or_shadow_roots_are_joined()
    {
        var framed = ColorContrast with { Nodes = [new AxeNode(["iframe#payment", "#card-number"], "<input id=\"card-number\">", "serious", "Fix it")] };

        var finding = Assert.Single(Snapshots.Run(new AxeCheck(), PageWith([framed])));

        Assert.Equal("iframe#payment >>> #card-number", ((PageLocation)finding.Location).Selector);
    }

    [Fact]
    public void Screenshot_and_journey_step_are_part_of_the_location()
    {
        var page = PageWith([ColorContrast]) with
        {
            Origin = PageOrigin.JourneyStep("apply", 2, "click 'button'"),
            Screenshots = [new ElementScreenshot("p.hint", "3f2a.png", 120, 30)],
        };

        var location = (PageLocation)Assert.Single(Snapshots.Run(new AxeCheck(), page)).Location;

        Assert.Equal("3f2a.png", location.Screenshot);
        Assert.Equal("apply, step 2 (click 'button')", location.Journey);
    }

    [Fact]
    public void A_clean_run_or_a_page_without_axe_evidence_reports_nothing()
    {
        Assert.Empty(Snapshots.Run(new AxeCheck(), PageWith([])));
        Assert.Empty(Snapshots.Run(new AxeCheck(), Snapshots.Page()));
        Assert.Equal(["axe"], Snapshots.Missing(new AxeCheck(), Snapshots.Page()));
        Assert.Empty(Snapshots.Missing(new AxeCheck(), PageWith([])));
    }
}
