using CsCheck;
using ServiceStandard.Cli.Commands;
using ServiceStandard.Cli.Localization;
using ServiceStandard.Cli.Output;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Findings;
using ServiceStandard.Testing;
using ServiceStandard.Testing.Properties;
using Spectre.Console;

namespace ServiceStandard.Cli.Tests;

/// <summary>
/// Issue 14, item 11: what a page supplies (URLs, titles, error messages) reaches the console in the
/// summary and the progress lines; there it can neither act on the terminal (ANSI sequences, CR,
/// bidi controls), nor start a CI log line of its own (a GitHub Actions or Azure Pipelines command),
/// nor become Spectre markup. Legitimate Spanish is printed as it is.
/// </summary>
public class ConsoleNeutralisationTests
{
    private const string Spanish = "Formulario de solicitud — ¿Añadir otra dirección?";

    private const string Attack =
        Spanish + " \u001b[2J \u202Egnp.exe\u202C nul\0 del\u007F c1\u009B [red]red[/] over\rwritten\n::error::forged\r\n##vso[task.setvariable variable=x]1 \u001b]8;;http://evil\u0007here\u001b]8;;\u0007";

    private readonly StringWriter _out = new() { NewLine = "\n" };
    private readonly StringWriter _err = new() { NewLine = "\n" };

    [Fact]
    public void The_factory_always_neutralises() =>
        Assert.IsType<NeutralisingConsoleReporter>(ConsoleReporterFactory.Create(new OutputSettings(Plain: true, Verbosity.Normal, 100)));

    [Fact]
    public async Task Plain_summary_and_progress_show_escapes_and_start_no_ci_command()
    {
        var reporter = new NeutralisingConsoleReporter(new PlainConsoleReporter(_out, _err, Verbosity.Normal));

        AssessCommand.PrintSummary(Assessment(Attack), new CommandSession(Labels.For("en"), reporter));
        await reporter.RunWithProgressAsync("Pages", 1, (ticker, _) => { ticker.Advance("http://127.0.0.1/" + Attack); return Task.FromResult(0); }, CancellationToken.None);
        reporter.Error(Attack);

        var printed = _out.ToString() + _err.ToString();
        AssertSafeForTerminalsAndCiLogs(printed);
        Assert.Contains(Spanish, printed, StringComparison.Ordinal);
        Assert.Contains("[U+001B][2J", printed, StringComparison.Ordinal);
        Assert.Contains("[U+202E]gnp.exe[U+202C]", printed, StringComparison.Ordinal);
        Assert.Contains("over[U+000D]written[U+000A][U+003A]:error::forged", printed, StringComparison.Ordinal);
        Assert.Contains("[U+0023]#vso[", printed, StringComparison.Ordinal);
        Assert.Contains("[red]red[/]", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Terminal_summary_escapes_controls_and_markup()
    {
        var reporter = new NeutralisingConsoleReporter(new SpectreConsoleReporter(Terminal(_out), Terminal(_err), Verbosity.Normal));

        AssessCommand.PrintSummary(Assessment(Attack), new CommandSession(Labels.For("en"), reporter));
        reporter.Error(Attack);

        // Colours are off, so any ESC or bidi control left would be the page's.
        var printed = _out.ToString() + _err.ToString();
        AssertSafeForTerminalsAndCiLogs(printed);
        Assert.Contains("[U+001B][2J", printed, StringComparison.Ordinal);
        Assert.Contains("[red]red[/]", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Whatever_a_page_supplies_plain_output_keeps_its_lines_and_no_hidden_character() =>
        PropertyRun.Holds(
            HostileText,
            text =>
            {
                var output = new StringWriter { NewLine = "\n" };
                var reporter = new NeutralisingConsoleReporter(new PlainConsoleReporter(output, output, Verbosity.Detailed));

                reporter.Table(new TextTable([new TextColumn("Page"), new TextColumn("Problem")], [[text, text], ["b", text]]));
                reporter.Error(text);
                reporter.Paragraph(text);
                reporter.RunWithProgressAsync("Pages", 1, (ticker, _) => { ticker.Advance(text); return Task.FromResult(0); }, CancellationToken.None).GetAwaiter().GetResult();

                var printed = output.ToString();
                AssertSafeForTerminalsAndCiLogs(printed);

                // A table is its header, its rule and one line per row, whatever the cells hold.
                Assert.Equal(4, printed.Split('\n').TakeWhile(l => !l.StartsWith("servicestandard:", StringComparison.Ordinal)).Count());
            },
            count: 500,
            print: t => string.Concat(t.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}")));

    /// <summary>Controls, bidi controls, CI command fragments and Spectre markup, mixed with letters.</summary>
    private static readonly Gen<string> HostileText = Gen.Frequency(
        (4, (IGen<string>)Gen.Char["abc áñ¿ :#/[]\\"].Array[1, 6].Select(c => new string(c))),
        (2, Gen.Char['\0', '\u009F'].Array[1, 3].Select(c => new string(c))),
        (2, Gen.Char["\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u2028\u2029\u00A0\u3000"].Array[1, 3].Select(c => new string(c))),
        (1, Gen.Char['\uD800', '\uDFFF'].Array[1, 2].Select(c => new string(c))),
        (2, Gen.OneOf("::error::forged", "\n::warning::x", "##vso[task.complete]", "##[group]", "[red]", "[/]", "\u001b[2J", "\u001b]8;;http://evil\u0007")))
        .Array[1, 8].Select(string.Concat);

    private static void AssertSafeForTerminalsAndCiLogs(string printed)
    {
        foreach (var line in printed.Split('\n'))
        {
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                var hidden = char.IsControl(c) || (char.IsSurrogate(c) && !IsPaired(line, i)) ||
                    c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u2028' or '\u2029';
                Assert.False(hidden, $"a raw U+{(int)c:X4} at {i} in: {line}");
            }

            Assert.False(line.TrimStart().StartsWith("::", StringComparison.Ordinal), $"a GitHub Actions command: {line}");
            Assert.DoesNotContain("##vso[", line, StringComparison.OrdinalIgnoreCase);
            Assert.False(line.TrimStart().StartsWith("##[", StringComparison.Ordinal), $"an Azure Pipelines command: {line}");
        }
    }

    private static bool IsPaired(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : i > 0 && char.IsHighSurrogate(text[i - 1]);

    /// <summary>A terminal with no colours and no ANSI codes of its own: what it prints is text only.</summary>
    private static IAnsiConsole Terminal(TextWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });

    /// <summary>One page with a finding, one that could not be loaded and a failed check: where the summary shows page text.</summary>
    private static AssessmentReport Assessment(string text)
    {
        var url = "http://127.0.0.1:5080/" + text;
        return new AssessmentReport
        {
            Run = new RunInfo("servicestandard", "0.1.0", new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero), 4.2, "en", "Chromium", "4.10.2", 0, false, "serious"),
            Service = new ServiceSummary(text, "beta", ["es"]),
            Standard = new StandardReference("digital-service-standard", "1.0.0", "Digital Service Standard"),
            Scope = new AssessmentScope(url, 2, [], ["accessibility/axe"], false),
            Pages =
            [
                new(url, url, text, 200, "page", null, null, null, null, 1, 0, 100),
                new(url + "/2", url + "/2", string.Empty, null, "page", null, null, null, new PageErrorSummary("unreachable", text), 0, 0, 10),
            ],
            Findings =
            [
                new Finding("accessibility/axe", "image-alt", Severity.Critical, FindingKind.Violation, text, "Images must have alternative text", null, ["accessibility"],
                    new PageLocation(url, text, text), Fingerprints.Hash("accessibility/axe", "image-alt", url)),
            ],
            CheckErrors = [new CheckError("accessibility/reflow", text, url)],
            Criteria = [new("DSS-05", "everyone", "Make sure everyone can use the service", CriterionOutcome.NotMet, ["accessibility"], 1, 0, "1 violation")],
            Totals = new FindingTotals(1, 0, 1, 0, 0, 0, 1, 1),
        };
    }
}
