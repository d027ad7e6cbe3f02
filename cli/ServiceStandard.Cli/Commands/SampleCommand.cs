using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ServiceStandard.Assessing;
using ServiceStandard.Assessing.Sampling;
using ServiceStandard.Cli.Output;
using ServiceStandard.Configuration;
using ServiceStandard.Gathering.Web;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>servicestandard sample [--config X] [--random-share 0.1] [--seed N] [--write]</c>: WCAG-EM 1.0
/// step 3's representative sample, chosen from the crawl (<see cref="SampleSelector"/>) and shown
/// with why each page is in it; <c>--write</c> records it as the config's <c>sample:</c> section, so
/// <c>assess</c> visits exactly those pages, and the same seed draws the same random share.
/// </summary>
public static class SampleCommand
{
    /// <summary>WCAG-EM 3.b: a random sample of about 10% of the structured sample.</summary>
    public const double DefaultRandomShare = 0.1;

    public static Command Create(GlobalOptions global)
    {
        var labels = global.Labels;
        var target = new TargetOptions(labels);
        var share = new Option<double?>("--random-share") { Description = labels.SampleRandomShareOptionDescription, HelpName = "0.1" };
        var seed = new Option<int?>("--seed") { Description = labels.SampleSeedOptionDescription };
        var write = new Option<bool>("--write") { Description = labels.SampleWriteOptionDescription };
        var similarity = new Option<double?>("--similarity") { Description = labels.SampleSimilarityOptionDescription, HelpName = "0.7" };

        var command = new Command("sample", labels.SampleCommandDescription) { target.Config, target.BaseUrl, share, seed, write, similarity, target.BrowserPath, target.BrowserEndpoint, target.CdpEndpoint, target.Concurrency, target.MaxRequestsPerSecond };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var overrides = target.Overrides(parseResult, global);
            return RunAsync(
                global.CreateSession(parseResult),
                parseResult.GetValue(target.Config),
                overrides,
                new Choice(parseResult.GetValue(share), parseResult.GetValue(seed), parseResult.GetValue(write), parseResult.GetValue(similarity) ?? TemplateClusters.DefaultThreshold),
                cancellationToken);
        });
        return command;
    }

    private sealed record Choice(double? Share, int? Seed, bool Write, double Similarity);

    private static async Task<int> RunAsync(CommandSession session, string? configPath, ConfigOverrides overrides, Choice choice, CancellationToken cancellationToken)
    {
        var (labels, reporter) = (session.Labels, session.Reporter);
        if (choice.Share is { } asked && !(asked > 0 && asked <= 1))
        {
            reporter.Error(labels.SampleShareOutOfRange(asked.ToString(CultureInfo.InvariantCulture)));
            return ExitCodes.BadInput;
        }

        if (!(choice.Similarity > 0 && choice.Similarity <= 1))
        {
            reporter.Error(labels.SampleSimilarityOutOfRange(choice.Similarity.ToString(CultureInfo.InvariantCulture)));
            return ExitCodes.BadInput;
        }

        if (choice.Seed is < 0)
        {
            reporter.Error(labels.SampleSeedNegative(choice.Seed.Value));
            return ExitCodes.BadInput;
        }

        var workingDirectory = Directory.GetCurrentDirectory();
        configPath ??= ConfigLoader.FindIn(workingDirectory);
        if (choice.Write && configPath is null)
        {
            reporter.Error(labels.SampleWriteNeedsConfig);
            return ExitCodes.BadInput;
        }

        if (AssessCommand.LoadSettings(session, configPath, overrides, workingDirectory) is not { } settings)
        {
            return ExitCodes.BadInput;
        }

        var config = settings.Config;
        if (config.Target is null)
        {
            reporter.Error(labels.SampleNeedsTarget);
            return ExitCodes.BadInput;
        }

        // The seed and share the config's sample was drawn with, unless asked otherwise: running it
        // again proposes the same sample. A new sample gets a new seed, written down with it.
        var share = choice.Share ?? config.Sample?.RandomShare ?? DefaultRandomShare;
        var seed = choice.Seed ?? config.Sample?.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue);

        using var driver = BrowserDriver.StartEarly();
        var run = await reporter.RunWithProgressAsync(
            labels.PlanProgress,
            0,
            (ticker, token) => new AssessmentRunner(driver: driver).SampleAsync(config, share, seed, new Progress(ticker), token, choice.Similarity),
            cancellationToken);
        if (!AssessCommand.Report(run.Diagnostics, reporter))
        {
            return ExitCodes.BadInput;
        }

        var outcome = run.Value!;
        if (outcome.Sample is null)
        {
            reporter.Error(labels.NotAssessable(outcome.Problem ?? string.Empty));
            return ExitCodes.TargetNotAssessable;
        }

        if (outcome.Interrupted)
        {
            reporter.Warning(labels.SampleIncomplete);
            return ExitCodes.Interrupted;
        }

        foreach (var error in outcome.PageErrors)
        {
            reporter.Warning(labels.SamplePageLeftOut(error));
        }

        var sample = outcome.Sample;
        if (sample.Pages.Count == 0)
        {
            reporter.Error(labels.SampleNoPages(config.Target.BaseUrl.AbsoluteUri));
            return ExitCodes.TargetNotAssessable;
        }

        Show(session, sample, config.Target);
        if (!choice.Write)
        {
            reporter.Note(labels.SampleNotWritten);
            return ExitCodes.Success;
        }

        var file = Path.GetFullPath(configPath!, workingDirectory);
        var written = new SampleConfig(
            seed,
            share,
            [.. sample.Pages.Select(p => new SampleEntry(Written(p.Url, config.Target), [.. p.Reasons.Select(r => r.Text)]))],
            new Kernel.Diagnostics.SourceLocation(file, 1, 1));
        var note = labels.SampleWrittenNote(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sample.PagesCrawled);
        var text = SampleSection.Write(File.ReadAllText(file), written, note);

        // Written beside the file and moved in, so the config is whole, old or new.
        var staging = file + ".partial";
        File.WriteAllText(staging, text, new UTF8Encoding(false));
        File.Move(staging, file, overwrite: true);
        reporter.Success(labels.SampleWritten(file, sample.Pages.Count));
        return ExitCodes.Success;
    }

    private static void Show(CommandSession session, ProposedSample sample, TargetConfig target)
    {
        var (labels, reporter) = (session.Labels, session.Reporter);
        reporter.Table(new TextTable(
            [new(labels.SampleColumnPage), new(labels.SampleColumnTitle), new(labels.SampleColumnWhy)],
            [.. sample.Pages.Select(p => (IReadOnlyList<string>)[Written(p.Url, target), p.Title, string.Join("; ", p.Reasons.Select(r => r.Text))])]));
        foreach (var journey in sample.Journeys)
        {
            reporter.Note(labels.SampleJourney(journey.Name, journey.Steps));
        }

        for (var i = 0; i < sample.Templates.Count; i++)
        {
            reporter.Detail(labels.SampleTemplateMembers(i + 1, sample.Templates.Count, string.Join(" ", sample.Templates[i].Pages.Select(p => Written(p.Url, target)))));
        }

        var random = sample.Pages.Count(p => p.RandomOnly);
        reporter.Note(labels.SampleSummary(
            sample.Pages.Count,
            sample.PagesCrawled,
            sample.Pages.Count - random,
            random,
            sample.Templates.Count,
            sample.Seed,
            sample.RandomShare.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>A path when the page is on the base URL's origin (as a person writes pages in the config), else the absolute URL.</summary>
    private static string Written(Uri url, TargetConfig target) =>
        url.GetLeftPart(UriPartial.Authority).Equals(target.BaseUrl.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase) ? url.PathAndQuery : url.AbsoluteUri;

    private sealed class Progress(IProgressTicker ticker) : IProgress<GatherProgress>
    {
        public void Report(GatherProgress value) => ticker.Advance(value.Url, value.Known);
    }
}
