using System.CommandLine;
using ServiceStandard.Index.Method;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>servicestandard index method [FILE]</c>: checks a method file (every error as file:line:column, exit 2), or prints the shipped one.</summary>
public static class IndexMethodCommand
{
    public static Command Create(GlobalOptions global)
    {
        var file = new Argument<string?>("file") { Description = global.Labels.IndexMethodFileArgumentDescription, Arity = ArgumentArity.ZeroOrOne, HelpName = "index-method.yml" };
        var command = new Command("method", global.Labels.IndexMethodCommandDescription) { file };
        command.SetAction(parseResult =>
        {
            var session = global.CreateSession(parseResult);
            var path = parseResult.GetValue(file);
            if (path is null)
            {
                Console.Out.Write(IndexMethodFile.ShippedText());
                return ExitCodes.Success;
            }

            var result = IndexMethodFile.Load(path);
            foreach (var diagnostic in result.Diagnostics)
            {
                session.Reporter.Diagnostic(diagnostic);
            }

            if (!result.Succeeded)
            {
                return ExitCodes.BadInput;
            }

            session.Reporter.Success(session.Labels.IndexMethodValid(path, result.Value!.Version));
            return ExitCodes.Success;
        });
        return command;
    }
}
