using System.CommandLine;
using System.Globalization;
using ServiceStandard.Assessing;
using ServiceStandard.Assessing.Planning;
using ServiceStandard.Model.Plan;
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
        var target = new TargetOptions(labels);
        var checks = new Option<string?>("--checks") { Description = labels.ChecksOptionDescription };
        var output = new Option<string?>("--out", "-o") { Description = labels.OutOptionDescription };
        var formats = new Option<string?>("--format", "-f") { Description = labels.FormatOptionDescription(string.Join(", ", ReportRenderers.Names)) };
        var failOn = new Option<string?>("--fail-on") { Description = labels.FailOnOptionDescription };
        var source = new Option<string?>("--source", "-s") { Description = labels.SourceOptionDescription };
        var baseline = new Option<string?>("--baseline") { Description = labels.BaselineOptionDescription, HelpName = "assessment.json" };
        var newOnly = new Option<bool>("--new-only") { Description = labels.NewOnlyOptionDescription };
        var evidence = new Option<string?>("--evidence") { Description = labels.EvidenceOptionDescription, HelpName = "evidence.json" };
        var plan = new Option<string?>("--plan") { Description = labels.PlanOptionDescription, HelpName = "plan.json" };
        var shard = new Option<string?>("--shard") { Description = labels.ShardOptionDescription, HelpName = "K/N" };
        var resume = new Option<string?>("--resume") { Description = labels.ResumeOptionDescription, HelpName = "DIR" };

        var command = new Command("assess", labels.AssessCommandDescription)
        {
            target.Config, target.Urls, target.BaseUrl, checks, output, formats, failOn, target.BrowserPath, target.BrowserEndpoint, target.CdpEndpoint, target.Concurrency, target.MaxRequestsPerSecond, source, baseline, newOnly, evidence, plan, shard, resume,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var overrides = target.Overrides(parseResult, global) with
            {
                Checks = SplitList(parseResult.GetValue(checks)),
                Formats = SplitList(parseResult.GetValue(formats)),
                // A resumed run writes where the run it continues did, unless told otherwise.
                OutDir = parseResult.GetValue(output) ?? parseResult.GetValue(resume),
                FailOn = parseResult.GetValue(failOn),
                Source = parseResult.GetValue(source),
                Baseline = parseResult.GetValue(baseline),
                NewOnly = parseResult.GetValue(newOnly) ? true : null,
            };
            var inputs = new RunInputs(parseResult.GetValue(evidence), parseResult.GetValue(plan), parseResult.GetValue(shard), parseResult.GetValue(resume));
            return RunAsync(global.CreateSession(parseResult), parseResult.GetValue(target.Config), overrides, inputs, cancellationToken);
        });
        return command;
    }

    /// <summary>What a run reads besides the configuration: saved evidence to re-assess, or a plan and its shard, and an unfinished run to continue.</summary>
    private sealed record RunInputs(string? Evidence, string? Plan, string? Shard, string? Resume);

    private static async Task<int> RunAsync(CommandSession session, string? configPath, ConfigOverrides overrides, RunInputs inputs, CancellationToken cancellationToken)
    {
        var workingDirectory = Directory.GetCurrentDirectory();
        configPath ??= ConfigLoader.FindIn(workingDirectory);
        var (labels, reporter) = (session.Labels, session.Reporter);
        if (inputs.Shard is not null && inputs.Plan is null)
        {
            reporter.Error(labels.ShardWithoutPlan);
            return ExitCodes.BadInput;
        }

        if (inputs.Plan is not null && inputs.Evidence is not null)
        {
            reporter.Error(labels.PlanWithEvidence);
            return ExitCodes.BadInput;
        }

        if (inputs.Resume is not null && inputs.Evidence is not null)
        {
            reporter.Error(labels.ResumeWithEvidence);
            return ExitCodes.BadInput;
        }

        var spec = inputs.Shard is null ? null : ShardSpec.Parse(inputs.Shard);
        if (spec is not null && !Report(spec.Diagnostics, reporter))
        {
            return ExitCodes.BadInput;
        }

        // A re-audit of saved evidence never starts a browser.
        var browse = inputs.Evidence is null && (overrides.Urls.Count > 0 || overrides.BaseUrl is not null || configPath is not null);
        return await RunAsync(session, configPath, overrides, inputs, spec?.Value, browse, workingDirectory, cancellationToken);
    }

    private static async Task<int> RunAsync(CommandSession session, string? configPath, ConfigOverrides overrides, RunInputs inputs, ShardSpec? spec, bool browse, string workingDirectory, CancellationToken cancellationToken)
    {
        var (labels, reporter) = (session.Labels, session.Reporter);
        if (LoadSettings(session, configPath, overrides, workingDirectory) is not { } settings)
        {
            return ExitCodes.BadInput;
        }

        // Pages are likely to be assessed: the browser's driver starts now, while the plan, evidence
        // and output folder are prepared. Not before the configuration is read: a bad one is printed
        // and the run ends while nothing else touches the console (Playwright's start resets the
        // console's encoding, which can deadlock a thread printing at that moment: a bad-config run
        // hung with nothing printed on a loaded CI run).
        using var driver = browse ? BrowserDriver.StartEarly() : null;

        var (config, standard) = (settings.Config, settings.Standard);
        var evidencePath = inputs.Evidence;
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

        ShardRun? shardRun = null;
        var planPath = inputs.Plan is null ? null : Path.GetFullPath(inputs.Plan, workingDirectory);
        if (planPath is not null)
        {
            var loadedPlan = RunPlan.Load(planPath);
            if (!Report(loadedPlan.Diagnostics, reporter) || !Report(ShardRun.Check(loadedPlan.Value!, planPath, config, standard), reporter))
            {
                return ExitCodes.BadInput;
            }

            shardRun = new ShardRun(loadedPlan.Value!, spec);
        }

        ResumeFrom? resume = null;
        if (inputs.Resume is not null)
        {
            var found = RunResume.Find(Path.GetFullPath(inputs.Resume, workingDirectory));
            if (!Report(found.Diagnostics, reporter))
            {
                return ExitCodes.BadInput;
            }

            resume = found.Value!;
            if (!Report(new AssessmentRunner { Shard = shardRun, Resume = resume }.CheckResume(config, standard, settings.Filter), reporter))
            {
                return ExitCodes.BadInput;
            }
        }

        // Checked, and a fresh staging folder opened beside it, before any browser starts. Evidence
        // read from an earlier run's staging folder (a re-audit's, or a killed run's that is resumed)
        // is set aside, and put back if this run writes nothing.
        var evidenceFile = evidencePath is null ? null : Path.GetFullPath(evidencePath, workingDirectory);
        var kept = evidenceFile ?? resume?.Path;
        var prepared = OutputFolder.Prepare(Path.GetFullPath(config.Output.Directory, config.BaseDirectory), ref kept);
        if (!Report(prepared.Diagnostics, reporter))
        {
            return ExitCodes.BadInput;
        }

        var folder = prepared.Value!;
        if (evidenceFile is not null)
        {
            evidenceFile = kept;
        }
        else if (resume is not null)
        {
            // The pages kept point at their element pictures by name: they come along.
            folder.CopyScreenshots(Path.GetDirectoryName(kept)!);
        }

        var journal = Path.Combine(folder.Staging, EvidenceJournal.FileName);
        var expected = shardRun is not null ? PlanShares.Of(shardRun.Plan, spec ?? ShardSpec.Whole).Pages.Count : config.Target?.Pages.Count ?? 0;
        var run = saved is not null
            ? await new AssessmentRunner().ReauditAsync(config, standard, settings.Filter, saved, cancellationToken)
            : await reporter.RunWithProgressAsync(
            labels.AssessProgress,
            expected,
            (ticker, token) => new AssessmentRunner(driver: driver) { JournalPath = journal, Shard = shardRun, Resume = resume }.RunAsync(
                config,
                standard,
                settings.Filter,
                Path.Combine(folder.Staging, ReportFiles.ScreenshotFolder),
                new Progress(ticker),
                token),
            cancellationToken);

        if (resume is not null && run.Succeeded)
        {
            reporter.Note(labels.Resuming(resume.Path, resume.Evidence.Pages.Count));
        }

        // A shard's folder carries the plan it ran, so merge can check its shards against one plan.
        Action<string>? alsoWrite = planPath is null || spec is null
            ? null
            : staging => File.Copy(planPath, Path.Combine(staging, RunPlan.FileName), overwrite: true);
        var exit = Publish(session, settings, run, folder, evidenceFile, alsoWrite);
        if (exit != ExitCodes.BadInput && run.Value?.Report?.Shard is { } marked)
        {
            reporter.Note(labels.ShardWritten($"{marked.Index}/{marked.Count}", marked.PlanId));
        }

        return exit;
    }

    /// <summary>The configuration (with the command line's overrides), its standard, report formats and checks, each validated.</summary>
    internal sealed record RunSettings(ServiceConfig Config, StandardDefinition Standard, IReadOnlyList<IReportRenderer> Renderers, CheckFilter Filter);

    /// <summary>Reads and validates what every assessing command needs; null when any of it is bad input (already reported).</summary>
    internal static RunSettings? LoadSettings(CommandSession session, string? configPath, ConfigOverrides overrides, string workingDirectory)
    {
        var (labels, reporter) = (session.Labels, session.Reporter);
        ServiceConfig? fileConfig = null;
        if (configPath is not null)
        {
            var loaded = ConfigLoader.LoadFile(configPath);
            if (!Report(loaded.Diagnostics, reporter))
            {
                return null;
            }

            fileConfig = loaded.Value;
        }

        var merged = ConfigDefaults.ApplyOverrides(fileConfig, overrides, workingDirectory);
        if (!Report(merged.Diagnostics, reporter))
        {
            return null;
        }

        var config = merged.Value!;
        var standard = ShippedStandards.Resolve(config.Standard);
        if (!Report(standard.Diagnostics, reporter))
        {
            return null;
        }

        var renderers = ReportFormats.Resolve(config.Output.Formats);
        if (!Report(renderers.Diagnostics, reporter))
        {
            return null;
        }

        return ValidateChecks(config, labels, reporter)
            ? new RunSettings(config, standard.Value!, renderers.Value!, CheckFilter.From(config.Checks))
            : null;
    }

    /// <summary>
    /// The end of every assessing command: prints the summary, writes evidence.json (unless re-auditing
    /// <paramref name="evidenceFile"/>), assessment.json and the reports into the staging folder, moves
    /// them into place and returns the verdict's exit code.
    /// </summary>
    /// <param name="alsoWrite">Writes more files into the staging folder before the reports.</param>
    internal static int Publish(CommandSession session, RunSettings settings, LoadResult<AssessmentOutcome> run, OutputFolder folder, string? evidenceFile, Action<string>? alsoWrite = null)
    {
        var (labels, reporter) = (session.Labels, session.Reporter);
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
        if (evidenceFile is null)
        {
            using (var file = File.Create(Path.Combine(folder.Staging, "evidence.json")))
            {
                AssessmentJson.Serialize(file, outcome.Evidence);
            }

            // evidence.json now holds every page: the journal kept them only in case the run was killed.
            File.Delete(Path.Combine(folder.Staging, EvidenceJournal.FileName));
            reporter.Note(labels.ReportWritten(Path.Combine(folder.Target, "evidence.json")));
        }

        alsoWrite?.Invoke(folder.Staging);
        ReportFiles.Write(folder.Staging, evidenceDirectory, outcome.Report, settings.Renderers, settings.Config.Language, session, folder.Target);
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
