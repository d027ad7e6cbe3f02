using ServiceStandard.Checks.DesignSystem;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.DesignSystem;

public class AdoptionCheckTests
{
    private readonly ServiceStandard.Checks.Engine.IWebCheck _check = DesignPages.Check(AdoptionCheck.CheckId);

    private static PageSnapshot Good(DesignProbe? probe = null, string main = DesignPages.GoodMain) => DesignPages.Page(DesignPages.Html(main), probe);

    [Fact]
    public void A_page_built_with_the_design_system_has_no_adoption_findings()
    {
        Assert.Empty(DesignPages.Run(_check, null, Good()));
    }

    [Fact]
    public void A_page_without_the_design_system_is_not_loaded_and_nothing_else_is_reported()
    {
        var page = DesignPages.Page("""<html lang="en"><head><title>x</title><link rel="stylesheet" href="/css/site.css"></head><body><main><h1>Hi</h1><div class="error-summary">x</div></main></body></html>""",
            DesignPages.Probe(colours: [new ColourUse("#ff00ff", "color", 1, "h1", "<h1>")]));

        var finding = Assert.Single(DesignPages.Run(_check, null, page));

        Assert.Equal("design-system/adoption/not-loaded", finding.QualifiedRuleId);
        Assert.Null(((PageLocation)finding.Location).Selector);
    }

    [Fact]
    public void Design_system_markup_without_its_stylesheet_is_not_loaded()
    {
        var page = DesignPages.Page(DesignPages.Html(DesignPages.GoodMain, head: "<title>x</title>"));

        Assert.Equal("not-loaded", Assert.Single(DesignPages.Run(_check, null, page)).RuleId);
    }

    [Fact]
    public void A_div_with_a_click_handler_styled_as_a_button_is_a_look_alike_but_a_real_component_is_not()
    {
        var probe = DesignPages.Probe(controls:
        [
            new ControlProbe("#fake", "<div id=\"fake\" class=\"btn\">", "div", null, "btn", ClickHandler: true, StyledAsButton: true),
            new ControlProbe("#start", "<a id=\"start\" class=\"ds-button ds-button--start\">", "a", null, "ds-button ds-button--start", ClickHandler: true, StyledAsButton: true),
            new ControlProbe("#plain", "<span id=\"plain\">", "span", null, string.Empty, ClickHandler: true, StyledAsButton: false),
            new ControlProbe("#role", "<span id=\"role\" role=\"button\" class=\"pill\">", "span", "button", "pill", ClickHandler: false, StyledAsButton: true),
        ]);

        var findings = DesignPages.Run(_check, null, Good(probe));

        Assert.Equal(["#fake", "#role"], findings.Select(f => ((PageLocation)f.Location).Selector).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Equal("design-system/adoption/look-alike", f.QualifiedRuleId));
        Assert.Contains("A <div> is made to look and act like a button (click handler); use the Button component", findings.Select(f => f.Message).First(m => m.Contains("<div>", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("wcag412", findings[0].Tags);
    }

    [Fact]
    public void The_design_systems_own_components_are_never_look_alikes_of_one_another()
    {
        // The error summary's JavaScript gives it a click handler (issue 17); parts of components are styled and clicked too.
        var probe = DesignPages.Probe(controls:
        [
            new ControlProbe(".ds-error-summary", "<div class=\"ds-error-summary\">", "div", null, "ds-error-summary", ClickHandler: true, StyledAsButton: true),
            new ControlProbe("#toggle", "<span class=\"ds-details__summary-text\">", "span", null, "ds-details__summary-text", ClickHandler: true, StyledAsButton: true),
            new ControlProbe("#other", "<div class=\"ds-error-summaryish\">", "div", null, "ds-error-summaryish", ClickHandler: true, StyledAsButton: true),
        ]);

        var finding = Assert.Single(DesignPages.Run(_check, null, Good(probe)));

        Assert.Equal("#other", ((PageLocation)finding.Location).Selector);
    }

    [Fact]
    public void Custom_checkboxes_and_radios_are_look_alikes_but_native_inputs_are_not()
    {
        var main = DesignPages.GoodMain + """
            <span class="tick" role="checkbox" aria-checked="false" tabindex="0" id="terms">I agree</span>
            <div role="radio" aria-checked="true" tabindex="0" id="annual">Annual</div>
            <input type="checkbox" role="checkbox" id="native">
            """;

        var findings = DesignPages.Run(_check, null, Good(main: main));

        Assert.Equal(["#annual", "#terms"], findings.Select(f => ((PageLocation)f.Location).Selector).Order(StringComparer.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("imitates a radio", StringComparison.Ordinal) && f.Message.Contains("Radios", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hand_made_error_summary_is_a_look_alike_but_the_component_is_not()
    {
        var handMade = DesignPages.GoodMain + """<div class="error-summary" id="errors"><h2 class="error-summary__title">There is a problem</h2><ul><li><a href="#name">Enter your name</a></li></ul></div>""";
        var component = """
            <div class="ds-error-summary" data-module="ds-error-summary"><div role="alert"><h2 class="ds-error-summary__title">There is a problem</h2>
            <div class="ds-error-summary__body"><ul class="ds-list ds-error-summary__list"><li><a href="#name">Enter your name</a></li></ul></div></div></div>
            <h1 class="ds-heading-l">Name</h1>
            """;

        var finding = Assert.Single(DesignPages.Run(_check, null, Good(main: handMade)));
        Assert.Equal("#errors", ((PageLocation)finding.Location).Selector);
        Assert.Equal("A hand-made error summary (class=\"error-summary\"); use the Error summary component.", finding.Message);
        Assert.Empty(DesignPages.Run(_check, null, Good(main: component)));
    }

    [Fact]
    public void Colours_further_than_the_tolerance_from_every_token_are_off_palette()
    {
        var probe = DesignPages.Probe(colours:
        [
            new ColourUse("#ff00ff", "background-color", 4, "#promo", "<div id=\"promo\">"),
            new ColourUse("#1d70b9", "color", 9, "a", "<a>"),
            new ColourUse("#0b0c0c", "color", 30, "p", "<p>"),
        ]);

        var finding = Assert.Single(DesignPages.Run(_check, null, Good(probe)));

        Assert.Equal("design-system/adoption/off-palette", finding.QualifiedRuleId);
        Assert.Equal("#promo", ((PageLocation)finding.Location).Selector);
        Assert.StartsWith("The background-color #ff00ff (4 uses) is not a colour of ServiceStandard design system; the nearest token is", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_tolerance_reports_any_colour_that_is_not_exactly_a_token()
    {
        var probe = DesignPages.Probe(colours: [new ColourUse("#1d70b9", "color", 9, "a", "<a>")]);

        Assert.Single(DesignPages.Run(DesignPages.Check(AdoptionCheck.CheckId, tolerance: 0), null, Good(probe)));
    }

    [Fact]
    public void Page_patterns_follow_the_phase_and_the_languages()
    {
        var bare = DesignPages.Page(DesignPages.Html(DesignPages.GoodMain, header: "<div>", footer: "</div>"));

        var beta = DesignPages.Run(_check, DesignPages.Context("beta", ["en", "es"]), bare);
        var live = DesignPages.Run(_check, DesignPages.Context("live", ["en"]), bare);

        Assert.Equal(["footer", "header", "language-switcher", "phase-banner", "skip-link"], beta.Select(Pattern).Order(StringComparer.Ordinal));
        Assert.Equal(["footer", "header", "skip-link"], live.Select(Pattern).Order(StringComparer.Ordinal));
        Assert.All(beta, f => Assert.Equal("design-system/adoption/missing-pattern", f.QualifiedRuleId));
        Assert.Contains(beta, f => f.Message == "The service is in beta, but the page has no Phase banner (.ds-phase-banner) to say so.");
        Assert.Empty(DesignPages.Run(_check, DesignPages.Context("live", ["en"]), Good()));

        static string Pattern(Finding f) => f.Fingerprint.Length > 0 ? f.Message switch
        {
            var m when m.Contains("Phase banner", StringComparison.Ordinal) => "phase-banner",
            var m when m.Contains("Language", StringComparison.OrdinalIgnoreCase) && m.Contains("offered", StringComparison.Ordinal) => "language-switcher",
            var m when m.Contains("Skip link", StringComparison.Ordinal) => "skip-link",
            var m when m.Contains("Header", StringComparison.Ordinal) => "header",
            _ => "footer",
        } : string.Empty;
    }

    [Theory]
    [InlineData("#0b0c0c", "#0b0c0c", 0)]
    [InlineData("#1d70b8", "#1d70b9", 0.1)]
    public void Colour_distance_is_ciede2000(string a, string b, double expected)
    {
        Assert.Equal(expected, Colour.DeltaE2000(Colour.Parse(a)!.Value, Colour.Parse(b)!.Value), 1);
    }

    [Fact]
    public void Ciede2000_matches_sharma_wu_dalal_test_data()
    {
        // Pairs 1, 7 and 17 of Sharma, Wu and Dalal (2005), table 1.
        Assert.Equal(2.0425, Colour.DeltaE2000((50, 2.6772, -79.7751), (50, 0, -82.7485)), 4);
        Assert.Equal(2.3669, Colour.DeltaE2000((50, 0, 0), (50, -1, 2)), 4);
        Assert.Equal(27.1492, Colour.DeltaE2000((50, 2.5, 0), (73, 25, -18)), 4);
    }

    [Theory]
    [InlineData("rgb(29, 112, 184)", "#1d70b8")]
    [InlineData("rgba(29, 112, 184, 1)", "#1d70b8")]
    [InlineData("#fff", "#ffffff")]
    [InlineData("rgba(0, 0, 0, 0)", null)]
    [InlineData("transparent", null)]
    public void Colours_parse_from_computed_style(string text, string? expected)
    {
        Assert.Equal(expected, Colour.Parse(text)?.ToString());
    }
}
