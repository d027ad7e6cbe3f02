using System.CommandLine;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>servicestandard index …</c>: the implementation index's database, catalogue, tokens, method and server.</summary>
public static class IndexCommand
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("index", global.Labels.IndexCommandDescription);
        command.Add(IndexInitCommand.Create(global));
        command.Add(IndexInstitutionCommand.Create(global));
        command.Add(IndexServiceCommand.Create(global));
        command.Add(IndexTokenCommand.Create(global));
        command.Add(IndexMethodCommand.Create(global));
        command.Add(IndexServeCommand.Create(global));
        command.Add(IndexBuildCommand.Create(global));
        return command;
    }
}
