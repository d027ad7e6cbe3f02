using System.CommandLine;
using ServiceStandard.Assessing;
using ServiceStandard.Assessing.Planning;
using ServiceStandard.Cli.Output;
using ServiceStandard.Configuration;
using ServiceStandard.Model.Plan;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>servicestandard merge DIR... [--config X] [--out DIR] [--format ...]</c>: the shards' evidence
/// put together in the plan's order, checked to be every shard of one plan once (same tool version,
/// standard and configuration), and the checks, criteria and reports run over it with no browser,
/// as <c>assess --evidence</c> does: the assessment one run would have written.
/// </summary>
public static class MergeCommand
{
    public static Command Create(GlobalOptions global)
    {
        var labels = global.Labels;
        var shards = new Argument<string[]>("shards") { Description = labels.MergeArgumentDescription, Arity = ArgumentArity.OneOrMore, HelpName = "DIR" };
        var config = new Option<string?>("--config", "-c") { Description = labels.ConfigOptionDescription };
        var output = new Option<string?>("--out", "-o") { Description = labels.OutOptionDescription };
        var formats = new Option<string?>("--format", "-f") { Description = labels.FormatOptionDescription(string.Join(", ", Reports.ReportRenderers.Names)) };
        var failOn = new Option<string?>("--fail-on") { Description = labels.FailOnOptionDescription };

        var command = new Command("merge", labels.MergeCommandDescription) { shards, config, output, formats, failOn };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var overrides = new ConfigOverrides
            {
                Formats = AssessCommand.SplitList(parseResult.GetValue(formats)),
                OutDir = parseResult.GetValue(output),
                FailOn = parseResult.GetValue(failOn),
                Language = global.ExplicitLanguage(parseResult),
            };
            return RunAsync(global.CreateSession(parseResult), parseResult.GetValue(config), overrides, parseResult.GetRequiredValue(shards), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandSession session, string? configPath, ConfigOverrides overrides, string[] directories, CancellationToken cancellationToken)
    {
        var (labels, reporter) = (session.Labels, session.Reporter);
        var workingDirectory = Directory.GetCurrentDirectory();
        if (AssessCommand.LoadSettings(session, configPath ?? ConfigLoader.FindIn(workingDirectory), overrides, workingDirectory) is not { } settings)
        {
            return ExitCodes.BadInput;
        }

        var loaded = ShardMerge.Load([.. directories.Select(d => Path.TrimEndingDirectorySeparator(Path.GetFullPath(d, workingDirectory)))]);
        if (!AssessCommand.Report(loaded.Diagnostics, reporter))
        {
            return ExitCodes.BadInput;
        }

        var combined = ShardMerge.Combine(loaded.Value!);
        if (!AssessCommand.Report(combined.Diagnostics, reporter))
        {
            return ExitCodes.BadInput;
        }

        var merged = combined.Value!;
        var planPath = Path.Combine(merged.Directories[0], RunPlan.FileName);
        if (!AssessCommand.Report(ShardRun.Check(merged.Plan, planPath, settings.Config, settings.Standard, visits: false), reporter))
        {
            return ExitCodes.BadInput;
        }

        string? evidenceFile = null;
        var prepared = OutputFolder.Prepare(Path.GetFullPath(settings.Config.Output.Directory, settings.Config.BaseDirectory), ref evidenceFile);
        if (!AssessCommand.Report(prepared.Diagnostics, reporter))
        {
            return ExitCodes.BadInput;
        }

        var folder = prepared.Value!;
        foreach (var directory in merged.Directories)
        {
            folder.CopyScreenshots(directory);
        }

        reporter.Note(labels.MergeProgress(merged.Directories.Count, merged.Evidence.Pages.Count));
        var run = await new AssessmentRunner().ReauditAsync(settings.Config, settings.Standard, settings.Filter, merged.Evidence, cancellationToken);
        return AssessCommand.Publish(session, settings, run, folder, evidenceFile: null);
    }
}
