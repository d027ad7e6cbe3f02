using System.CommandLine;
using System.Globalization;
using System.Text;
using ServiceStandard.Assessing;
using ServiceStandard.Checks.Code;
using ServiceStandard.Configuration;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.DesignSystem;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Cli.Output;
using ServiceStandard.Reports;
using ServiceStandard.Standard;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>servicestandard assess</c>: loads the config (command-line options override it), runs the
/// assessment, prints a summary and writes evidence.json, assessment.json and every report format asked
/// for into <c>--out</c>, saying where.
/// The exit code comes from the assessment's verdict, never from a renderer.
/// </summary>
public static class AssessCommand
{
    public static Command Create(GlobalOptions global)
    {
        var labels = global.Labels;
        var config = new Option<string?>("--config", "-c") { Description = labels.ConfigOptionDescription };
        var urls = new Option<string[]>("--url", "-u") { Description = labels.UrlOptionDescription, AllowMultipleArgumentsPerToken = false };
        var baseUrl = new Option<string?>("--base-url") { Description = labels.BaseUrlOptionDescription };
        var checks = new Option<string?>("--checks") { Description = labels.ChecksOptionDescription };
        var output = new Option<string?>("--out", "-o") { Description = labels.OutOptionDescription };
        var formats = new Option<string?>("--format", "-f") { Description = labels.FormatOptionDescription(string.Join(", ", ReportRenderers.Names)) };
        var failOn = new Option<string?>("--fail-on") { Description = labels.FailOnOptionDescription };
        var browserPath = new Option<string?>("--browser-path") { Description = labels.BrowserPathOptionDescription };
        var browserEndpoint = new Option<string?>("--browser-endpoint") { Description = labels.BrowserEndpointOptionDescription, HelpName = "ws://host:port/path" };
        var cdpEndpoint = new Option<string?>("--cdp-endpoint") { Description = labels.CdpEndpointOptionDescription, HelpName = "http://host:port" };
        var concurrency = new Option<int?>("--concurrency") { Description = labels.ConcurrencyOptionDescription };
        var source = new Option<string?>("--source", "-s") { Description = labels.SourceOptionDescription };
        var baseline = new Option<string?>("--baseline") { Description = labels.BaselineOptionDescription, HelpName = "assessment.json" };
        var newOnly = new Option<bool>("--new-only") { Description = labels.NewOnlyOptionDescription };
        var evidence = new Option<string?>("--evidence") { Description = labels.EvidenceOptionDescription, HelpName = "evidence.json" };

        var command = new Command("assess", labels.AssessCommandDescription)
        {
            config, urls, baseUrl, checks, output, formats, failOn, browserPath, browserEndpoint, cdpEndpoint, concurrency, source, baseline, newOnly, evidence,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var overrides = new ConfigOverrides
            {
                Urls = parseResult.GetValue(urls) ?? [],
                BaseUrl = parseResult.GetValue(baseUrl),
                Checks = SplitList(parseResult.GetValue(checks)),
                Formats = SplitList(parseResult.GetValue(formats)),
                OutDir = parseResult.GetValue(output),
                FailOn = parseResult.GetValue(failOn),
                Language = parseResult.GetValue(global.Language) is { } lang && parseResult.GetResult(global.Language) is { Implicit: false } ? lang : null,
                BrowserPath = parseResult.GetValue(browserPath),
                BrowserEndpoint = parseResult.GetValue(browserEndpoint),
                CdpEndpoint = parseResult.GetValue(cdpEndpoint),
                Concurrency = parseResult.GetValue(concurrency),
                Source = parseResult.GetValue(source),
                Baseline = parseResult.GetValue(baseline),
                NewOnly = parseResult.GetValue(newOnly) ? true : null,
            };
            return RunAsync(global.CreateSession(parseResult), parseResult.GetValue(config), overrides, parseResult.GetValue(evidence), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandSession session, string? configPath, ConfigOverrides overrides, string? evidencePath, CancellationToken cancellationToken)
    {
        var workingDirectory = Directory.GetCurrentDirectory();
        configPath ??= ConfigLoader.FindIn(workingDirectory);

        // Pages are likely to be assessed: start the browser's driver now, so it starts while the
        // config and standard are read. A re-audit of saved evidence never starts a browser.
        using var driver = evidencePath is null && (overrides.Urls.Count > 0 || overrides.BaseUrl is not null || configPath is not null)
            ? BrowserDriver.StartEarly()
            : null;
        return await RunAsync(session, configPath, overrides, evidencePath, driver, workingDirectory, cancellationToken);
    }

    private static async Task<int> RunAsync(CommandSession session, string? configPath, ConfigOverrides overrides, string? evidencePath, BrowserDriver? driver, string workingDirectory, CancellationToken cancellationToken)
    {
        var (labels, reporter) = (session.Labels, session.Reporter);
        ServiceConfig? fileConfig = null;
        if (configPath is not null)
        {
            var loaded = ConfigLoader.LoadFile(configPath);
            if (!Report(loaded.Diagnostics, reporter))
            {
                return ExitCodes.BadInput;
            }

            fileConfig = loaded.Value;
        }

        var merged = ConfigDefaults.ApplyOverrides(fileConfig, overrides, workingDirectory);
        if (!Report(merged.Diagnostics, reporter))
        {
            return ExitCodes.BadInput;
        }

        var config = merged.Value!;
        var standard = ShippedStandards.Resolve(config.Standard);
        if (!Report(standard.Diagnostics, reporter))
        {
            return ExitCodes.BadInput;
        }

        var renderers = ReportFormats.Resolve(config.Output.Formats);
        if (!Report(renderers.Diagnostics, reporter))
        {
            return ExitCodes.BadInput;
        }

        var filter = CheckFilter.From(config.Checks);
        if (!ValidateChecks(config, labels, reporter))
        {
            return ExitCodes.BadInput;
        }

        EvidenceFile? saved = null;
        if (evidencePath is not null)
        {
            var loadedEvidence = EvidenceFile.Load(Path.GetFullPath(evidencePath, workingDirectory));
            if (!Report(loadedEvidence.Diagnostics, reporter))
            {
                return ExitCodes.BadInput;
            }

            saved = loadedEvidence.Value!;
        }

        // Checked, and a fresh staging folder opened beside it, before any browser starts.
        var evidenceFile = evidencePath is null ? null : Path.GetFullPath(evidencePath, workingDirectory);
        var prepared = OutputFolder.Prepare(Path.GetFullPath(config.Output.Directory, config.BaseDirectory), ref evidenceFile);
        if (!Report(prepared.Diagnostics, reporter))
        {
            return ExitCodes.BadInput;
        }

        var folder = prepared.Value!;
        var journal = Path.Combine(folder.Staging, EvidenceJournal.FileName);
        var expected = config.Target?.Pages.Count ?? 0;
        var run = saved is not null
            ? await new AssessmentRunner().ReauditAsync(config, standard.Value!, filter, saved, cancellationToken)
            : await reporter.RunWithProgressAsync(
            labels.AssessProgress,
            expected,
            (ticker, token) => new AssessmentRunner(driver: driver) { JournalPath = journal }.RunAsync(
                config,
                standard.Value!,
                filter,
                Path.Combine(folder.Staging, ReportFiles.ScreenshotFolder),
                new Progress(ticker),
                token),
            cancellationToken);
        if (!Report(run.Diagnostics, reporter))
        {
            folder.Abandon();
            return ExitCodes.BadInput;
        }

        var outcome = run.Value!;
        if (outcome.Report is null)
        {
            folder.Abandon();
            reporter.Error(labels.NotAssessable(outcome.Problem ?? string.Empty));
            return ExitCodes.TargetNotAssessable;
        }

        PrintSummary(outcome.Report, session);
        // A re-audit reads screenshots beside its evidence; when that is the folder being replaced,
        // the evidence and its screenshots come along into the new set.
        var evidenceDirectory = evidenceFile is null ? folder.Staging : folder.AdoptEvidence(evidenceFile);
        if (saved is null)
        {
            File.WriteAllText(Path.Combine(folder.Staging, "evidence.json"), AssessmentJson.Serialize(outcome.Evidence), new UTF8Encoding(false));
            // evidence.json now holds every page: the journal kept them only in case the run was killed.
            File.Delete(journal);
            reporter.Note(labels.ReportWritten(Path.Combine(folder.Target, "evidence.json")));
        }

        ReportFiles.Write(folder.Staging, evidenceDirectory, outcome.Report, renderers.Value!, config.Language, session, folder.Target);
        try
        {
            folder.Commit();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reporter.Error(labels.ReportsNotMoved(folder.Target, folder.Staging, ex.Message));
            return ExitCodes.InternalError;
        }

        switch (outcome.Verdict)
        {
            case AssessmentVerdict.Interrupted:
                reporter.Warning(labels.AssessIncomplete);
                break;
            case AssessmentVerdict.NotAssessable:
                reporter.Error(labels.NotAssessable(outcome.Problem ?? string.Empty));
                break;
        }

        return ExitCodes.For(outcome.Verdict);
    }

    /// <summary>Prints the console summary (<see cref="ConsoleSummary"/>, a renderer beside the report files).</summary>
    public static void PrintSummary(AssessmentReport report, CommandSession session)
    {
        var reporter = session.Reporter;
        foreach (var block in ConsoleSummary.Render(report, session.Labels.Language))
        {
            switch (block)
            {
                case SummaryTitle title:
                    reporter.Title(title.Text);
                    break;
                case SummaryHeading heading:
                    reporter.Section(heading.Text);
                    break;
                case SummaryTable table:
                    reporter.Table(new TextTable(
                        [.. table.Columns.Select((c, i) => new TextColumn(c, table.RightAligned[i] ? ColumnAlignment.Right : ColumnAlignment.Left))],
                        table.Rows));
                    break;
                case SummaryWarning warning:
                    reporter.Warning(warning.Text);
                    break;
                case SummaryParagraph paragraph:
                    reporter.Paragraph(paragraph.Text);
                    break;
            }
        }
    }

    /// <summary>
    /// Every family, check and rule named in <c>--checks</c>/<c>checks:</c> is one a run can emit
    /// (<see cref="CompleteCatalog"/>, with the configured pack's contract rules).
    /// </summary>
    private static bool ValidateChecks(ServiceConfig config, Localization.Labels labels, IConsoleReporter reporter)
    {
        var pack = config.Target is null ? null : ShippedPacks.LoadPack(config.DesignSystem.Pack, config.BaseDirectory).Value;
        var catalog = CompleteCatalog.Build(pack);
        var valid = true;
        foreach (var entry in config.Checks.Enable.Concat(config.Checks.Disable))
        {
            var known = ConfigKeywords.CheckFamilies.Contains(entry, StringComparer.Ordinal) ||
                        catalog.FindCheck(entry) is not null || catalog.FindRule(entry) is not null ||
                        // A pack that does not load is reported by the run itself; its rule ids cannot be checked here.
                        (pack is null && entry.StartsWith(ContractCheck.CheckId + "/", StringComparison.Ordinal));
            if (!known)
            {
                reporter.Error(labels.UnknownCheck(entry, "accessibility/keyboard"));
                valid = false;
            }
        }

        return valid;
    }

    internal static bool Report(IReadOnlyList<Diagnostic> diagnostics, IConsoleReporter reporter)
    {
        foreach (var diagnostic in diagnostics)
        {
            reporter.Diagnostic(diagnostic);
        }

        return !diagnostics.Any(d => d.IsError);
    }

    internal static IReadOnlyList<string> SplitList(string? value) =>
        value is null ? [] : [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private sealed class Progress(IProgressTicker ticker) : IProgress<GatherProgress>
    {
        public void Report(GatherProgress value) =>
            ticker.Advance(value.Error is null ? value.Url : $"{value.Url} ({value.Error.Kind})", value.Known);
    }
}
