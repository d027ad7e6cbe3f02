namespace ServiceStandard.Reports.Tests;

/// <summary>The console summary says what the reports say, in the same words and the run's language.</summary>
public sealed class ConsoleSummaryTests
{
    [Fact]
    public void The_summary_names_outcomes_and_severities_with_the_reports_labels_in_spanish()
    {
        var blocks = ConsoleSummary.Render(ReportExamples.Assessment(), "es");

        var criteria = Assert.IsType<SummaryTable>(blocks[2]);
        Assert.Equal(["Id", "Título", "Resultado", "Infracciones", "Para revisar"], criteria.Columns);
        Assert.Contains(criteria.Rows, r => r[0] == "DSS-05" && r[2] == "No cumple" && r[3] == "3" && r[4] == "1");
        var findings = blocks.OfType<SummaryTable>().Single(t => t.Columns[0] == "Regla");
        Assert.Equal(["accessibility/axe/image-alt", "Crítica", "1", "", "1"], findings.Rows[0]);
        Assert.Contains(blocks, b => b is SummaryParagraph { Text: var text } && text.StartsWith("Frente a la referencia ", StringComparison.Ordinal));
        Assert.IsType<SummaryParagraph>(blocks[^1]);
    }

    [Fact]
    public void A_code_rule_is_counted_on_no_page()
    {
        var blocks = ConsoleSummary.Render(ReportExamples.Assessment(), "en");

        var findings = blocks.OfType<SummaryTable>().Single(t => t.Columns[0] == "Rule");
        var code = Assert.Single(findings.Rows, r => r[0] == "code/analyzers/SS0101");
        Assert.Equal("", code[4]);
    }

    [Fact]
    public void Page_errors_and_check_errors_are_listed_so_nothing_that_failed_is_silent()
    {
        var blocks = ConsoleSummary.Render(ReportExamples.Assessment(), "en");

        var heading = blocks.ToList().IndexOf(new SummaryHeading("Pages that could not be assessed"));
        Assert.True(heading > 0);
        var errors = Assert.IsType<SummaryTable>(blocks[heading + 1]);
        Assert.Equal(["Page", "Problem"], errors.Columns);
        Assert.Equal([["http://127.0.0.1:5080/broken", "unreachable: connection refused"]], errors.Rows);
        var warning = Assert.Single(blocks.OfType<SummaryWarning>());
        Assert.Equal("check accessibility/reflow failed on http://127.0.0.1:5080/contact: NullReferenceException: Object reference not set to an instance of an object.", warning.Text);
    }
}
