using System.CommandLine;
using System.Text;
using ServiceStandard.Assessing;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>servicestandard judge --init assessment.json [--out judgements.yml] [--force]</c>: writes a
/// commented judgements.yml listing every criterion of the assessment, for the assessor to fill in
/// and pass to <c>servicestandard report --judgements</c>.
/// </summary>
public static class JudgeCommand
{
    public const string DefaultFileName = "judgements.yml";

    public static Command Create(GlobalOptions global)
    {
        var labels = global.Labels;
        var init = new Option<string?>("--init") { Description = labels.JudgeInitOptionDescription, HelpName = "assessment.json" };
        var output = new Option<string?>("--out", "-o") { Description = labels.JudgeOutOptionDescription, HelpName = "file" };
        var force = new Option<bool>("--force", "-f") { Description = labels.InitForceOptionDescription };

        var command = new Command("judge", labels.JudgeCommandDescription) { init, output, force };
        command.SetAction(parseResult => Run(global.CreateSession(parseResult), parseResult.GetValue(init), parseResult.GetValue(output), parseResult.GetValue(force)));
        return command;
    }

    private static int Run(CommandSession session, string? assessmentPath, string? outPath, bool force)
    {
        var (labels, reporter) = (session.Labels, session.Reporter);
        if (assessmentPath is null)
        {
            reporter.Error(labels.JudgeNeedsInit);
            return ExitCodes.BadInput;
        }

        var loaded = AssessmentFile.Load(assessmentPath);
        if (!AssessCommand.Report(loaded.Diagnostics, reporter))
        {
            return ExitCodes.BadInput;
        }

        var path = outPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(assessmentPath))!, DefaultFileName);
        try
        {
            // CreateNew refuses to overwrite an assessor's filled-in file unless --force says so.
            using var stream = new FileStream(path, force ? FileMode.Create : FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(Judgements.Template(loaded.Value!, Path.GetFileName(assessmentPath)));
        }
        catch (IOException) when (!force && File.Exists(path))
        {
            reporter.Error(labels.InitExists(path));
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reporter.Error(labels.InitCannotWrite(path, ex.Message));
            return ExitCodes.BadInput;
        }

        reporter.Success(labels.JudgementsWritten(path, loaded.Value!.Criteria.Count, assessmentPath));
        return ExitCodes.Success;
    }
}
