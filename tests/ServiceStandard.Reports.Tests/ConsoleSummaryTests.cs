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
        Assert.Contains(
            "check accessibility/reflow failed on http://127.0.0.1:5080/contact: NullReferenceException: Object reference not set to an instance of an object.",
            blocks.OfType<SummaryWarning>().Select(w => w.Text));
    }

    [Fact]
    public void What_the_code_checks_analysed_is_listed_with_what_did_not_resolve_and_what_rules_could_not_check()
    {
        var blocks = ConsoleSummary.Render(ReportExamples.Assessment(), "en").ToList();

        var heading = blocks.IndexOf(new SummaryHeading("Code analysed"));
        Assert.True(heading > 0);
        var table = Assert.IsType<SummaryTable>(blocks[heading + 1]);
        Assert.Equal(["Project", "Framework", "Files (C#/Razor)", "Packages", "Compile errors"], table.Columns);
        Assert.Equal(
            [["src/Permits.Web/Permits.Web.csproj", "net10.0", "42/12", "31", "0"], ["src/Permits.Data/Permits.Data.csproj", "net8.0", "17/0", "4 (+1 ?)", "3"]],
            table.Rows);
        var detail = Assert.IsType<SummaryParagraph>(blocks[heading + 2]);
        Assert.Contains("packages not found: Dapper 2.1.66; first compile error: src/Permits.Data/PermitRepository.cs:11:20 CS1061", detail.Text, StringComparison.Ordinal);
        Assert.Contains(blocks.OfType<SummaryWarning>(), w => w.Text.StartsWith("code/SS0002 could not check 3 call site(s)", StringComparison.Ordinal));
    }
}
