using System.CommandLine;
using System.Text;
using ServiceStandard.Configuration;
using ServiceStandard.Standard;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>servicestandard init [--path servicestandard.yml] [--standard id] [--force]</c>: writes the commented
/// starter config for a shipped standard (the public-code one assesses the repository alone).
/// </summary>
public static class InitCommand
{
    public const string DefaultPath = "servicestandard.yml";

    public static Command Create(GlobalOptions global)
    {
        var labels = global.Labels;
        var path = new Option<string>("--path", "-p")
        {
            Description = labels.InitPathOptionDescription,
            DefaultValueFactory = _ => DefaultPath,
            HelpName = "file",
        };
        var force = new Option<bool>("--force", "-f") { Description = labels.InitForceOptionDescription };
        var standard = new Option<string>("--standard")
        {
            Description = labels.InitStandardOptionDescription,
            DefaultValueFactory = _ => ShippedStandards.DefaultId,
            HelpName = "id",
        };

        var command = new Command("init", labels.InitCommandDescription) { path, standard, force };
        command.SetAction(parseResult => Run(global.CreateSession(parseResult), parseResult.GetRequiredValue(path), parseResult.GetRequiredValue(standard), parseResult.GetValue(force)));
        return command;
    }

    private static int Run(CommandSession session, string path, string standard, bool force)
    {
        var (labels, reporter) = (session.Labels, session.Reporter);
        if (ConfigTemplate.For(standard) is not { } template)
        {
            reporter.Error(labels.InitUnknownStandard(standard, string.Join(", ", ShippedStandards.Ids)));
            return ExitCodes.BadInput;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory))
        {
            reporter.Error(labels.InitNoDirectory(path, directory));
            return ExitCodes.BadInput;
        }

        if (!force && (File.Exists(path) || Directory.Exists(path)))
        {
            reporter.Error(labels.InitExists(path));
            return ExitCodes.BadInput;
        }

        try
        {
            // CreateNew closes the gap between the check above and the write.
            using var stream = new FileStream(path, force ? FileMode.Create : FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(template);
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

        reporter.Success(labels.InitWritten(path));
        return ExitCodes.Success;
    }
}
