using System.Text;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports.Tests;

public class MarkdownReportTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(500)]
    [InlineData(20000)]
    public void Stays_under_64_KB_however_large_the_run_and_counts_what_it_left_out(int findings)
    {
        var markdown = new MarkdownReport().Render(ReportExamples.Input(ReportExamples.Huge(findings)));

        Assert.True(Encoding.UTF8.GetByteCount(markdown) < MarkdownReport.MaxBytes, $"{Encoding.UTF8.GetByteCount(markdown)} bytes");
        var shown = markdown.Split('\n').Count(line => line.StartsWith("| ", StringComparison.Ordinal) && line.Contains("accessibility/axe/rule-", StringComparison.Ordinal));
        if (shown < findings)
        {
            Assert.Contains($"{findings - shown} more item(s) left out", markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_tight_budget_still_counts_every_finding_left_out()
    {
        var markdown = new MarkdownReport(maxBytes: 6000).Render(ReportExamples.Input(ReportExamples.Huge(300)));

        Assert.True(Encoding.UTF8.GetByteCount(markdown) <= 6000);
        var shown = markdown.Split('\n').Count(line => line.Contains("accessibility/axe/rule-", StringComparison.Ordinal));
        Assert.Contains($"{300 - shown} more item(s) left out", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_text_cannot_become_markup_a_link_or_a_broken_table()
    {
        var markdown = new MarkdownReport().Render(ReportExamples.Input(ReportExamples.Hostile()));

        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u202E", markdown, StringComparison.Ordinal);
        Assert.Contains("U+202E", markdown, StringComparison.Ordinal);
        var rows = markdown.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)).ToList();
        Assert.All(rows, row => Assert.Equal(5, UnescapedPipes(row)));
    }

    [Fact]
    public void Shows_new_and_fixed_counts_against_the_baseline()
    {
        var markdown = new MarkdownReport().Render(ReportExamples.Input());

        Assert.Contains("Compared with main.json (2025-03-13): 2 new, 5 unchanged, 1 fixed.", markdown, StringComparison.Ordinal);
        Assert.Contains("🆕 New", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_verdict_line_matches_the_exit_code()
    {
        var failing = new MarkdownReport().Render(ReportExamples.Input());
        var passing = new MarkdownReport().Render(ReportExamples.Input(ReportExamples.Assessment() with { Run = ReportExamples.Assessment().Run with { FailOn = "none" } }));

        Assert.Equal(AssessmentVerdict.Failed, AssessmentVerdicts.Decide(ReportExamples.Assessment()));
        Assert.StartsWith("## ❌", failing, StringComparison.Ordinal);
        Assert.StartsWith("## ✅", passing, StringComparison.Ordinal);
    }

    private static int UnescapedPipes(string row)
    {
        var count = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++;
            }
            else if (row[i] == '|')
            {
                count++;
            }
        }

        return count;
    }
}
