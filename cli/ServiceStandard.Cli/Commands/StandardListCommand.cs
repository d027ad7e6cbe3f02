using System.CommandLine;
using System.Globalization;
using ServiceStandard.Cli.Output;
using ServiceStandard.Standard;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>servicestandard standard list</c>: the shipped standards.</summary>
public static class StandardListCommand
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("list", global.Labels.ListCommandDescription);
        command.SetAction(parseResult => Run(global.CreateSession(parseResult)));
        return command;
    }

    private static int Run(CommandSession session)
    {
        var labels = session.Labels;
        var rows = ShippedStandards.Ids
            .Select(id => ShippedStandards.Load(id).Value!)
            .Select(standard => (IReadOnlyList<string>)
            [
                standard.Id,
                standard.Version,
                standard.Title.Get(session.Language),
                standard.Criteria.Count.ToString(CultureInfo.InvariantCulture),
            ])
            .ToList();

        session.Reporter.Table(new TextTable(
            [
                new TextColumn(labels.ColumnId),
                new TextColumn(labels.ColumnVersion),
                new TextColumn(labels.ColumnTitle),
                new TextColumn(labels.ColumnCriteria, ColumnAlignment.Right),
            ],
            rows));
        session.Reporter.Note(labels.ListHint);
        return ExitCodes.Success;
    }
}
