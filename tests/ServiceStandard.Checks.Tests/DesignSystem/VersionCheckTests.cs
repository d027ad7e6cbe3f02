using ServiceStandard.Checks.DesignSystem;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.DesignSystem;

public class VersionCheckTests
{
    [Fact]
    public void A_page_on_the_latest_version_has_no_findings()
    {
        Assert.Empty(DesignPages.Run(DesignPages.Check(VersionCheck.CheckId), null, DesignPages.Page(DesignPages.Html(DesignPages.GoodMain, "0.1.0"))));
    }

    [Fact]
    public void A_page_older_than_the_latest_known_version_is_outdated()
    {
        var finding = Assert.Single(DesignPages.Run(DesignPages.Check(VersionCheck.CheckId), null, DesignPages.Page(DesignPages.Html(DesignPages.GoodMain, "0.0.9"))));

        Assert.Equal("design-system/version/outdated", finding.QualifiedRuleId);
        Assert.Equal("The page uses ServiceStandard design system 0.0.9; the latest known version is 0.1.0.", finding.Message);
        Assert.Equal("meta[name=\"ds-version\"]", ((PageLocation)finding.Location).Selector);
    }

    [Fact]
    public void A_page_older_than_the_configured_minimum_is_outdated_and_serious()
    {
        var finding = Assert.Single(DesignPages.Run(DesignPages.Check(VersionCheck.CheckId, minimumVersion: "0.2.0"), null, DesignPages.Page(DesignPages.Html(DesignPages.GoodMain))));

        Assert.Equal(Severity.Serious, finding.Severity);
        Assert.Contains("minimum 0.2.0", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_version_is_read_from_the_stylesheet_banner_or_a_versioned_asset_url_without_the_meta()
    {
        var head = """<title>x</title><link rel="stylesheet" href="/ds/ds.css">""";
        var banner = DesignPages.Page(
            DesignPages.Html(DesignPages.GoodMain, head: head),
            DesignPages.Probe(stylesheets: [new StylesheetHead("/ds/ds.css", "/*! ServiceStandard Design System v0.0.5 */\n/* Design tokens")]));
        var asset = DesignPages.Page(DesignPages.Html(DesignPages.GoodMain, head: """<title>x</title><link rel="stylesheet" href="/_content/ServiceStandard.DesignSystem.Assets/ds.min.css?v=0.0.7">"""));

        Assert.Contains("0.0.5", Assert.Single(DesignPages.Run(DesignPages.Check(VersionCheck.CheckId), null, banner)).Message, StringComparison.Ordinal);
        Assert.Contains("0.0.7", Assert.Single(DesignPages.Run(DesignPages.Check(VersionCheck.CheckId), null, asset)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_on_different_versions_are_mixed()
    {
        var latest = DesignPages.Page(DesignPages.Html(DesignPages.GoodMain, "0.1.0"), url: "https://service.test/a");
        var also = DesignPages.Page(DesignPages.Html(DesignPages.GoodMain, "0.1.0"), url: "https://service.test/b");
        var older = DesignPages.Page(DesignPages.Html(DesignPages.GoodMain, "0.0.9"), url: "https://service.test/c");

        var findings = DesignPages.Run(DesignPages.Check(VersionCheck.CheckId), null, latest, also, older);

        Assert.Equal(3, findings.Count(f => f.RuleId == "mixed"));
        Assert.Contains("2 versions of ServiceStandard design system (0.0.9, 0.1.0)", findings.First(f => f.RuleId == "mixed").Message, StringComparison.Ordinal);
        Assert.Single(findings, f => f.RuleId == "outdated");
    }

    [Fact]
    public void A_deprecated_component_is_reported_with_its_replacement()
    {
        using var folder = TempPack.Create();
        var check = DesignPages.Check(VersionCheck.CheckId, DesignPages.Load(folder.Path));
        var page = DesignPages.Page("""<html><head><meta name="ds-version" content="2.0.0"></head><body><span class="x-old-tag">a</span><span class="x-old-tag">b</span><span class="x-tag">c</span></body></html>""");

        var finding = Assert.Single(DesignPages.Run(check, null, page));

        Assert.Equal("design-system/version/deprecated-component", finding.QualifiedRuleId);
        Assert.Equal("The component Old tag is deprecated (2 on this page); use Tag instead.", finding.Message);
        Assert.NotNull(((PageLocation)finding.Location).Selector);
        Assert.Empty(DesignPages.Run(check, null, DesignPages.Page("""<html><head><meta name="ds-version" content="2.0.0"></head><body><span class="x-tag">c</span></body></html>""")));
    }
}
