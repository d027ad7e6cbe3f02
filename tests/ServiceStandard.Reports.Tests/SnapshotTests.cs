using ServiceStandard.Checks.Configuration;
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
    [InlineData(ReportFormat.Json, "json")]
    [InlineData(ReportFormat.Sarif, "sarif")]
    [InlineData(ReportFormat.Junit, "xml")]
    [InlineData(ReportFormat.Markdown, "md")]
    public void Each_format_is_unchanged(ReportFormat format, string extension) =>
        Snapshot.Verify(ReportRenderers.For(format).Render(ReportExamples.Input()), $"report.{format.ToString().ToLowerInvariant()}", extension);

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
    public void Every_format_has_a_renderer_and_its_own_file()
    {
        Assert.Equal(Enum.GetValues<ReportFormat>().Order(), ReportRenderers.All.Select(r => r.Format).Order());
        Assert.Equal(ReportRenderers.All.Count, ReportRenderers.All.Select(r => r.FileName).Distinct().Count());
    }
}
