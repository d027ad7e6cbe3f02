using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using ServiceStandard.Reports.Html;

namespace ServiceStandard.Reports.Tests;

/// <summary>The HTML report as markup: self-contained, a strict CSP that matches its one style element, page text encoded.</summary>
public partial class HtmlReportTests
{
    private static readonly string Html = new HtmlReport().Render(ReportExamples.Input());
    private static readonly string HostileHtml = new HtmlReport().Render(ReportExamples.Input(ReportExamples.Hostile()));

    [Fact]
    public void The_csp_allows_no_script_and_only_the_reports_own_style()
    {
        var document = new HtmlParser().ParseDocument(Html);

        var csp = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        var style = Assert.Single(document.QuerySelectorAll("style")).TextContent;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
        Assert.Equal($"default-src 'none'; style-src 'sha256-{hash}'; img-src data:; base-uri 'none'; form-action 'none'", csp);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.Same(document.Head!.Children[1], document.QuerySelector("meta[http-equiv]"));
    }

    [Fact]
    public void It_is_one_file_that_loads_nothing()
    {
        var document = new HtmlParser().ParseDocument(Html);

        Assert.Empty(document.QuerySelectorAll("link, script, iframe, object, embed, base, form"));
        Assert.All(document.QuerySelectorAll("img"), img => Assert.StartsWith("data:image/png;base64,", img.GetAttribute("src"), StringComparison.Ordinal));
        Assert.DoesNotContain("url(", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void It_embeds_the_design_system_when_it_was_built()
    {
        var style = ReportStylesheet.Default;

        if (File.Exists(Testing.RepositoryPaths.Combine("designsystem", "dist", "ds.min.css")))
        {
            Assert.True(style.UsesDesignSystem);
            Assert.Contains(".ds-table", style.Css, StringComparison.Ordinal);
        }

        Assert.Contains("@media print", style.Css, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_section_the_assessor_needs_is_there()
    {
        var document = new HtmlParser().ParseDocument(Html);
        var headings = document.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Result", headings);
        Assert.Contains("About this assessment", headings);
        Assert.Contains("Criteria", headings);
        Assert.Contains(headings, h => h.EndsWith("Make sure everyone can use the service", StringComparison.Ordinal));
        Assert.Contains("WCAG 2.2 coverage", headings);
        Assert.Contains("Pages scanned", headings);
        Assert.Contains("Changes since the baseline", headings);
        Assert.Contains("Suppressed findings", headings);
        Assert.Contains("Findings not linked to any criterion", headings);
        Assert.Contains("Assessor sign-off", headings);
        Assert.Contains("The old site is switched off in May", Html, StringComparison.Ordinal);
        Assert.Contains("Have you tested the service with disabled people?", Html, StringComparison.Ordinal);
        Assert.Contains("Six rounds of research", Html, StringComparison.Ordinal);
        Assert.Contains("found 3 times", Html, StringComparison.Ordinal);
        Assert.Contains("Pages that could not be assessed", Html, StringComparison.Ordinal);
        Assert.Contains("Checks that failed to run", Html, StringComparison.Ordinal);
        Assert.Contains("Evidence not gathered", Html, StringComparison.Ordinal);
        Assert.Contains("Only a person can test", Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_label_is_in_Spanish_with_lang_es()
    {
        var html = new HtmlReport().Render(ReportExamples.Input(language: "es"));
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal("es", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Cobertura de WCAG 2.2", html, StringComparison.Ordinal);
        Assert.Contains("Conformidad del evaluador", html, StringComparison.Ordinal);
        foreach (var english in new[] { "Suppressed findings", "Pages scanned", "How to fix", "Skip to main content", "Questions for the assessor" })
        {
            Assert.DoesNotContain(english, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Ids_are_unique()
    {
        var ids = new HtmlParser().ParseDocument(Html).QuerySelectorAll("[id]").Select(e => e.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Hostile_page_text_is_encoded_never_markup()
    {
        var document = new HtmlParser().ParseDocument(HostileHtml);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Single(document.QuerySelectorAll("style"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(document.QuerySelectorAll("a[href]"), a => !a.GetAttribute("href")!.StartsWith("http", StringComparison.Ordinal) && !a.GetAttribute("href")!.StartsWith('#'));
        Assert.Contains(document.QuerySelectorAll("pre code"), c => c.TextContent == ReportExamples.HostileSnippet.Replace("\u202E", "[U+202E]", StringComparison.Ordinal).Replace("\u2066", "[U+2066]", StringComparison.Ordinal));
        Assert.DoesNotContain("\u202E", HostileHtml, StringComparison.Ordinal);
        Assert.Equal(1, TitleElements().Count(HostileHtml));
    }

    [Fact]
    public void Many_places_of_one_rule_are_counted_not_all_listed()
    {
        var html = new HtmlReport(options: new HtmlReportOptions { MaxInstancesPerRule = 3 }).Render(ReportExamples.Input(ReportExamples.Huge(200)));

        Assert.Contains("more place(s) are listed in assessment.json", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_big_or_missing_screenshot_is_named_not_inlined()
    {
        var input = ReportExamples.Input() with { Screenshots = new Dictionary<string, byte[]>() };

        var html = new HtmlReport().Render(input);

        Assert.DoesNotContain("data:image/png", html, StringComparison.Ordinal);
        Assert.Contains("screenshots/3f9a0c1d2e4b5a67.png", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<title>")]
    private static partial Regex TitleElements();
}
