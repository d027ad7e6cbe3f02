using System.CommandLine;
using ServiceStandard.Assessing;
using ServiceStandard.Configuration;
using ServiceStandard.Cli.Output;
using ServiceStandard.Reports;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>servicestandard report [--judgements judgements.yml] [--baseline old.json [--new-only]]
/// [--format ...] [--out dir] assessment.json</c>: reads an assessment, merges the assessor's
/// judgements (and compares with a baseline), and writes the final reports. The exit code is the
/// assessment's verdict, as <c>assess</c> gives it; 2 for a bad file, with its line and column.
/// </summary>
public static class ReportCommand
{
    public static Command Create(GlobalOptions global)
    {
        var labels = global.Labels;
        var assessment = new Argument<string>("assessment") { Description = labels.ReportArgumentDescription, HelpName = "assessment.json" };
        var judgements = new Option<string?>("--judgements", "-j") { Description = labels.JudgementsOptionDescription, HelpName = "judgements.yml" };
        var baseline = new Option<string?>("--baseline") { Description = labels.BaselineOptionDescription, HelpName = "assessment.json" };
        var newOnly = new Option<bool>("--new-only") { Description = labels.NewOnlyOptionDescription };
        var formats = new Option<string?>("--format", "-f") { Description = labels.ReportFormatOptionDescription(string.Join(", ", ReportRenderers.Names), string.Join(", ", ReportRenderers.Defaults)) };
        var output = new Option<string?>("--out", "-o") { Description = labels.ReportOutOptionDescription };

        var command = new Command("report", labels.ReportCommandDescription) { assessment, judgements, baseline, newOnly, formats, output };
        command.SetAction(parseResult =>
        {
            var session = global.CreateSession(parseResult);
            var language = parseResult.GetResult(global.Language) is { Implicit: false } ? parseResult.GetValue(global.Language) : null;
            return Run(
                session,
                parseResult.GetRequiredValue(assessment),
                parseResult.GetValue(judgements),
                parseResult.GetValue(baseline),
                parseResult.GetValue(newOnly),
                AssessCommand.SplitList(parseResult.GetValue(formats)),
                parseResult.GetValue(output),
                language);
        });
        return command;
    }

    private static int Run(
        CommandSession session,
        string assessmentPath,
        string? judgementsPath,
        string? baselinePath,
        bool newOnly,
        IReadOnlyList<string> formatNames,
        string? outDirectory,
        string? language)
    {
        var reporter = session.Reporter;
        var formats = new List<IReportRenderer>();
        foreach (var name in formatNames.Count == 0 ? ReportRenderers.Defaults : formatNames)
        {
            if (ReportRenderers.Find(name) is not { } renderer)
            {
                reporter.Error(session.Labels.UnknownReportFormat(name, ReportFormats.Described(session.Labels.Language)));
                return ExitCodes.BadInput;
            }

            formats.Add(renderer);
        }

        if (newOnly && baselinePath is null)
        {
            reporter.Error(session.Labels.NewOnlyNeedsBaseline);
            return ExitCodes.BadInput;
        }

        var loaded = AssessmentFile.Load(assessmentPath);
        if (!AssessCommand.Report(loaded.Diagnostics, reporter))
        {
            return ExitCodes.BadInput;
        }

        var revised = AssessmentRevision.Apply(loaded.Value!, judgementsPath, baselinePath, newOnly);
        if (!AssessCommand.Report(revised.Diagnostics, reporter))
        {
            return ExitCodes.BadInput;
        }

        var report = revised.Value!;
        AssessCommand.PrintSummary(report, session);
        var evidenceDirectory = Path.GetDirectoryName(Path.GetFullPath(assessmentPath))!;
        var directory = outDirectory is null ? evidenceDirectory : Path.GetFullPath(outDirectory);
        ReportFiles.Write(directory, evidenceDirectory, report, formats, language ?? report.Run.Language, session);
        return ExitCodes.For(AssessmentVerdicts.Decide(report));
    }
}
