using ServiceStandard.Cli.Output;
using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Cli.Tests;

public class PlainConsoleReporterTests
{
    private readonly StringWriter _out = new() { NewLine = "\n" };
    private readonly StringWriter _err = new() { NewLine = "\n" };

    [Fact]
    public void Blocks_are_separated_by_one_blank_line_and_headings_underlined()
    {
        var reporter = Create();

        reporter.Title("Standard");
        reporter.Section("DSS-01  Understand users");
        reporter.Fields([new("Slug", "understand-users"), new("Evidence tags", "user-research")]);

        Assert.Equal(
            """
            Standard
            ========

            DSS-01  Understand users
            ------------------------

            Slug           understand-users
            Evidence tags  user-research

            """,
            _out.ToString());
    }

    [Fact]
    public void Running_text_wraps_at_the_width_with_hanging_indents()
    {
        var reporter = Create(width: 30);

        reporter.LabelledParagraph("Summary", "one two three four five six seven eight nine ten eleven");
        reporter.NumberedList("Questions", ["alpha beta gamma delta epsilon zeta eta theta", "short"]);

        Assert.Equal(
            """
            Summary
              one two three four five six
              seven eight nine ten eleven

            Questions
              1. alpha beta gamma delta
                 epsilon zeta eta theta
              2. short

            """,
            _out.ToString());
    }

    [Fact]
    public void Tables_are_aligned_columns_with_a_dashed_header_rule()
    {
        var reporter = Create();

        reporter.Table(new TextTable(
            [new TextColumn("Id"), new TextColumn("Count", ColumnAlignment.Right)],
            [["a-long-id", "7"], ["b", "14"]]));

        Assert.Equal(
            """
            Id         Count
            ---------  -----
            a-long-id      7
            b             14

            """,
            _out.ToString());
    }

    [Fact]
    public void Errors_and_diagnostics_go_to_stderr()
    {
        var reporter = Create();

        reporter.Diagnostic(Diagnostic.Error(new SourceLocation("a.yml", 3, 5), "bad"));
        reporter.Diagnostic(Diagnostic.Warning(new SourceLocation("a.yml", 4, 1), "meh"));
        reporter.Error("it failed");
        reporter.Warning("careful");

        Assert.Equal(string.Empty, _out.ToString());
        Assert.Equal("a.yml:3:5: error: bad\na.yml:4:1: warning: meh\nservicestandard: error: it failed\nservicestandard: warning: careful\n", _err.ToString());
    }

    [Fact]
    public void Quiet_keeps_only_the_requested_output_and_errors()
    {
        var reporter = Create(Verbosity.Quiet);

        reporter.Paragraph("the output");
        reporter.Note("a hint");
        reporter.Success("OK");
        reporter.Warning("careful");
        reporter.Detail("details");
        reporter.Diagnostic(Diagnostic.Warning(new SourceLocation("a.yml", 4, 1), "meh"));
        reporter.Error("it failed");

        Assert.Equal("the output\n", _out.ToString());
        Assert.Equal("servicestandard: error: it failed\n", _err.ToString());
    }

    [Fact]
    public void Detailed_adds_detail_lines_on_stderr()
    {
        Create(Verbosity.Detailed).Detail("loaded in 12 ms");

        Assert.Equal("loaded in 12 ms\n", _err.ToString());
    }

    [Fact]
    public async Task Progress_is_one_line_per_item_on_stderr()
    {
        var reporter = Create();

        var result = await reporter.RunWithProgressAsync("Visiting pages", 2, (ticker, _) =>
        {
            ticker.Advance("/");
            ticker.Advance("/apply");
            return Task.FromResult(42);
        }, CancellationToken.None);

        Assert.Equal(42, result);
        Assert.Equal("Visiting pages (2)\n[1/2] /\n[2/2] /apply\n", _err.ToString());
        Assert.Equal(string.Empty, _out.ToString());
    }

    private PlainConsoleReporter Create(Verbosity verbosity = Verbosity.Normal, int width = 100) => new(_out, _err, verbosity, width);
}
