using System.CommandLine;
using ServiceStandard.Standard;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>servicestandard standard validate &lt;path&gt;...</c>: every problem in a team's own standard,
/// as <c>file:line:column: error: message</c>. Exit 2 when any file has an error.
/// </summary>
public static class StandardValidateCommand
{
    public static Command Create(GlobalOptions global)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = global.Labels.ValidateArgumentDescription,
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("validate", global.Labels.ValidateCommandDescription) { paths };
        command.SetAction(parseResult => Run(global.CreateSession(parseResult), parseResult.GetRequiredValue(paths)));
        return command;
    }

    private static int Run(CommandSession session, IReadOnlyList<string> paths)
    {
        var (labels, reporter) = (session.Labels, session.Reporter);
        int failedFiles = 0, errors = 0, warnings = 0;
        foreach (var path in paths)
        {
            var result = StandardLoader.LoadFile(path);
            foreach (var diagnostic in result.Diagnostics)
            {
                reporter.Diagnostic(diagnostic);
            }

            var fileWarnings = result.Warnings.Count();
            errors += result.Errors.Count();
            warnings += fileWarnings;
            if (result.Succeeded)
            {
                var standard = result.Value!;
                reporter.Success(labels.ValidateOk(path, standard.Id, standard.Version, standard.Criteria.Count, fileWarnings));
            }
            else
            {
                failedFiles++;
            }
        }

        if (failedFiles == 0)
        {
            return ExitCodes.Success;
        }

        reporter.Error(labels.ValidateFailed(failedFiles, paths.Count, errors, warnings));
        return ExitCodes.BadInput;
    }
}
