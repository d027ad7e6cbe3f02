using ServiceStandard.Configuration;
using ServiceStandard.Checks.DesignSystem;
using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Tests.DesignSystem;

public class ShippedPacksTests
{
    [Theory]
    [InlineData("servicestandard", "ds-", 34)]
    [InlineData("govuk-frontend", "govuk-", 25)]
    [InlineData("nhsuk-frontend", "nhsuk-", 25)]
    public void Config_selects_a_shipped_pack_copied_next_to_the_assembly(string id, string prefix, int minimumComponents)
    {
        var loaded = ShippedPacks.Load(ConfigDefaults.DesignSystem with { Pack = id }, Path.GetTempPath());

        Assert.True(loaded.Succeeded, string.Join('\n', loaded.Diagnostics));
        Assert.Equal(id, loaded.Value!.Pack.Id);
        Assert.Equal(prefix, loaded.Value.Pack.Prefix);
        Assert.True(loaded.Value.Pack.Library.Components.Count >= minimumComponents);
        Assert.NotEmpty(loaded.Value.Palette);
    }

    [Fact]
    public void The_govuk_frontend_pack_checks_govuk_markup()
    {
        var pack = ShippedPacks.Load(ConfigDefaults.DesignSystem with { Pack = "govuk-frontend" }, Path.GetTempPath()).Value!.Pack;
        var checks = DesignSystemChecks.Create(pack, catalog: Accessibility.TestCatalog.Instance);
        var page = DesignPages.Page("""
            <html lang="en"><head><title>x</title><link rel="stylesheet" href="/assets/govuk-frontend-6.6.0.min.css"></head><body>
            <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
            <header class="govuk-template__header"><div class="govuk-header" data-module="govuk-header"></div></header>
            <main id="main-content"><button type="submit" class="govuk-button govuk-button--huge" data-module="govuk-button">Save</button></main>
            <footer class="govuk-template__footer"><div class="govuk-footer"></div></footer></body></html>
            """);

        var findings = DesignPages.Run(checks[0], DesignPages.Context("live", ["en"]), page)
            .Concat(DesignPages.Run(checks[1], DesignPages.Context("live", ["en"]), page))
            .Concat(DesignPages.Run(checks[2], DesignPages.Context("live", ["en"]), page))
            .ToList();

        var finding = Assert.Single(findings);
        Assert.Equal("design-system/contract/button/unknown-modifier", finding.QualifiedRuleId);
        Assert.Contains("govuk-button--huge", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_is_held_to_the_govuk_frontend_edition_of_the_version_it_declares()
    {
        var pack = ShippedPacks.Load(ConfigDefaults.DesignSystem with { Pack = "govuk-frontend" }, Path.GetTempPath()).Value!.Pack;
        var contract = DesignSystemChecks.Create(pack, catalog: Accessibility.TestCatalog.Instance)[0];
        // 6.x writes the header as a div inside the template's <header>; 5.x as the <header> itself.
        static PageSnapshot Page(string version) => DesignPages.Page($"""
            <html lang="en"><head><title>x</title><link rel="stylesheet" href="/assets/govuk-frontend-{version}.min.css"></head><body>
            <div class="govuk-header" data-module="govuk-header"></div><main id="main-content"></main></body></html>
            """);

        Assert.Empty(DesignPages.Run(contract, DesignPages.Context("live", ["en"]), Page("6.6.0")));
        Assert.Equal("design-system/contract/header/element", Assert.Single(DesignPages.Run(contract, DesignPages.Context("live", ["en"]), Page("5.14.0"))).QualifiedRuleId);
    }

    [Theory]
    [InlineData("<link rel=\"stylesheet\" href=\"/assets/nhsuk-frontend-10.6.1.min.css\">", "asset")]
    [InlineData("<style>:root{--nhsuk-frontend-version:\"10.6.1\";--nhsuk-blue-colour:#005eb8}</style>", "banner")]
    public void The_nhsuk_frontend_pack_reads_the_version_a_page_declares_and_checks_nhsuk_markup(string head, string source)
    {
        var pack = ShippedPacks.Load(ConfigDefaults.DesignSystem with { Pack = "nhsuk-frontend" }, Path.GetTempPath()).Value!.Pack;
        var page = DesignPages.Page($"""
            <html lang="en"><head><title>x</title>{head}</head><body>
            <main id="maincontent"><button type="submit" class="nhsuk-button nhsuk-button--huge" data-module="nhsuk-button">Save</button></main></body></html>
            """);

        var usage = PackUsage.Of(pack, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Html), page);
        Assert.True(usage.LoadsAssets);
        Assert.Equal(("10.6.1", source), (usage.Version, usage.Source));
        var contract = DesignSystemChecks.Create(pack, catalog: Accessibility.TestCatalog.Instance)[0];
        var finding = Assert.Single(DesignPages.Run(contract, DesignPages.Context("live", ["en"]), page));
        Assert.Equal("design-system/contract/button/unknown-modifier", finding.QualifiedRuleId);
    }

    [Fact]
    public void A_missing_pack_folder_is_an_error_naming_the_file()
    {
        var loaded = ShippedPacks.Load(ConfigDefaults.DesignSystem with { Pack = "./no-such-pack" }, Path.GetTempPath());

        Assert.False(loaded.Succeeded);
        Assert.Contains("pack.yml", Assert.Single(loaded.Diagnostics).Location.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("versionFile: /etc/passwd")]
    [InlineData("versionFile: ../../../../../../etc/passwd")]
    [InlineData("palette: ../outside.json")]
    [InlineData("palette: linked/passwd")]
    [InlineData("versionFile: passwd-link")]
    public void A_pack_path_that_leads_outside_the_pack_is_an_error_and_nothing_outside_is_read(string line)
    {
        var pack = Path.Combine(Path.GetTempPath(), "ss-pack-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(pack, "components"));
            Directory.CreateSymbolicLink(Path.Combine(pack, "linked"), "/etc");
            File.CreateSymbolicLink(Path.Combine(pack, "passwd-link"), "/etc/passwd");
            File.WriteAllText(Path.Combine(pack, "pack.yml"), $"schemaVersion: 1\nid: test\nprefix: x-\ncomponents: components\n{line}\n");

            var loaded = DesignSystemPack.Load(pack);

            Assert.False(loaded.Succeeded);
            var error = Assert.Single(loaded.Diagnostics);
            Assert.EndsWith("pack.yml", error.Location.File, StringComparison.Ordinal);
            Assert.Contains("outside the pack folder", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(pack, recursive: true);
        }
    }
}
