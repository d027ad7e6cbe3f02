using ServiceStandard.Configuration;
using ServiceStandard.Reports.Html;
using ServiceStandard.Testing;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports.Tests;

/// <summary>
/// Every format rendered from the fixed assessment, pinned by a snapshot so any change to a report
/// shows up in review. The HTML snapshot uses a one-line stylesheet: the design system's CSS is
/// another team's and would make every change of theirs a change here.
/// </summary>
public class SnapshotTests
{
    public static readonly ReportStylesheet TestStylesheet = new("body { margin: 0; }\n", UsesDesignSystem: false);

    [Theory]
    [InlineData("json", "report.json", "json")]
    [InlineData("sarif", "report.sarif", "sarif")]
    [InlineData("junit", "report.junit", "xml")]
    [InlineData("md", "report.markdown", "md")]
    public void Each_format_is_unchanged(string format, string snapshot, string extension) =>
        Snapshot.Verify(ReportRenderers.Find(format)!.Render(ReportExamples.Input()), snapshot, extension);

    [Fact]
    public void The_html_report_is_unchanged() =>
        Snapshot.Verify(new HtmlReport(TestStylesheet).Render(ReportExamples.Input()), "report.html", "html");

    [Fact]
    public void The_spanish_markdown_report_is_unchanged() =>
        Snapshot.Verify(new MarkdownReport().Render(ReportExamples.Input(language: "es")), "report.es.markdown", "md");

    [Fact]
    public void Rendering_is_deterministic()
    {
        foreach (var renderer in ReportRenderers.All)
        {
            Assert.Equal(renderer.Render(ReportExamples.Input()), renderer.Render(ReportExamples.Input()));
        }
    }

    [Fact]
    public void Every_format_has_its_own_name_and_file_and_says_what_it_is_for_in_english_and_spanish()
    {
        Assert.Equal(["json", "html", "sarif", "junit", "md", "statement", "acr", "wcag-em", "earl"], ReportRenderers.Names);
        Assert.Equal(ReportRenderers.All.Sum(r => r.FileNames.Count), ReportRenderers.All.SelectMany(r => r.FileNames).Distinct().Count());
        Assert.Equal(ReportRenderers.All.Count, ReportRenderers.All.Select(r => r.FileName).Distinct().Count());
        Assert.All(ReportRenderers.All, r =>
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", r.Name);
            Assert.True(r.Description.Has("en") && r.Description.Has("es"), $"{r.Name} needs a description in en and es");
            Assert.StartsWith(r.FileName, r.Description.Get("en"), StringComparison.Ordinal);
            Assert.StartsWith(r.FileName, r.Description.Get("es"), StringComparison.Ordinal);
        });
        Assert.All(ReportRenderers.Defaults, name => Assert.NotNull(ReportRenderers.Find(name)));
    }
}
