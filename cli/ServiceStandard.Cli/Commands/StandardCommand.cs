using System.CommandLine;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>servicestandard standard list|show|validate</c>.</summary>
public static class StandardCommand
{
    public static Command Create(GlobalOptions global) =>
        new("standard", global.Labels.StandardCommandDescription)
        {
            StandardListCommand.Create(global),
            StandardShowCommand.Create(global),
            StandardValidateCommand.Create(global),
        };
}
