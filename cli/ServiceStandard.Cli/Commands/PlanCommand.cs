using System.CommandLine;
using System.Text;
using ServiceStandard.Assessing;
using ServiceStandard.Cli.Output;
using ServiceStandard.Configuration;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Plan;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>servicestandard plan [--config X] [--out plan.json]</c>: the crawl, once (robots.txt,
/// include/exclude, maxPages/maxDepth as in <c>assess</c>), and the pages and journeys it found
/// written to plan.json for <c>assess --plan --shard K/N</c>. Listed pages need no browser. Nothing
/// is written unless the plan is complete.
/// </summary>
public static class PlanCommand
{
    public static Command Create(GlobalOptions global)
    {
        var labels = global.Labels;
        var target = new TargetOptions(labels);
        var output = new Option<string?>("--out", "-o") { Description = labels.PlanOutOptionDescription, HelpName = "plan.json" };

        var command = new Command("plan", labels.PlanCommandDescription) { target.Config, target.Urls, target.BaseUrl, output, target.BrowserPath, target.BrowserEndpoint, target.CdpEndpoint, target.Concurrency, target.MaxRequestsPerSecond };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var overrides = target.Overrides(parseResult, global);
            return RunAsync(global.CreateSession(parseResult), parseResult.GetValue(target.Config), overrides, parseResult.GetValue(output) ?? RunPlan.FileName, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CommandSession session, string? configPath, ConfigOverrides overrides, string output, CancellationToken cancellationToken)
    {
        var (labels, reporter) = (session.Labels, session.Reporter);
        var workingDirectory = Directory.GetCurrentDirectory();
        if (AssessCommand.LoadSettings(session, configPath ?? ConfigLoader.FindIn(workingDirectory), overrides, workingDirectory) is not { } settings)
        {
            return ExitCodes.BadInput;
        }

        var target = Path.GetFullPath(output, workingDirectory);
        if (Directory.Exists(target))
        {
            reporter.Error(labels.PlanOutIsFolder(target, Path.Combine(target, RunPlan.FileName)));
            return ExitCodes.BadInput;
        }

        // Only a crawl needs a browser; listed pages and journeys are planned from the configuration.
        using var driver = settings.Config.Target?.Crawl.Enabled == true ? BrowserDriver.StartEarly() : null;
        var planned = await reporter.RunWithProgressAsync(
            labels.PlanProgress,
            settings.Config.Target?.Pages.Count ?? 0,
            (ticker, token) => new AssessmentRunner(driver: driver).PlanAsync(settings.Config, settings.Standard, new Progress(ticker), token),
            cancellationToken);
        if (!AssessCommand.Report(planned.Diagnostics, reporter))
        {
            return ExitCodes.BadInput;
        }

        var outcome = planned.Value!;
        if (outcome.Plan is null)
        {
            reporter.Error(labels.NotAssessable(outcome.Problem ?? string.Empty));
            return ExitCodes.TargetNotAssessable;
        }

        if (outcome.Interrupted)
        {
            reporter.Warning(labels.PlanIncomplete);
            return ExitCodes.Interrupted;
        }

        // Written beside its place and moved in, so a plan.json is whole or the old one.
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var staging = target + ".partial";
        File.WriteAllText(staging, AssessmentJson.Serialize(outcome.Plan), new UTF8Encoding(false));
        File.Move(staging, target, overwrite: true);
        reporter.Note(labels.PlanWritten(target, outcome.Plan.Pages.Count, outcome.Plan.Journeys.Count, outcome.Plan.PlanId));
        return ExitCodes.Success;
    }

    private sealed class Progress(IProgressTicker ticker) : IProgress<GatherProgress>
    {
        public void Report(GatherProgress value) => ticker.Advance(value.Url, value.Known);
    }
}
