using System.CommandLine;
using ServiceStandard.Index.Storage;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>servicestandard index init --db index.db</c>: creates the database, or applies the migrations it lacks.</summary>
public static class IndexInitCommand
{
    public static Command Create(GlobalOptions global)
    {
        var database = new IndexDatabase(global);
        var command = new Command("init", global.Labels.IndexInitCommandDescription);
        database.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var session = global.CreateSession(parseResult);
            return database.RunAsync(session, parseResult, create: true, store =>
            {
                session.Reporter.Success(session.Labels.IndexInitialized(store.Describe, store.Kind, IndexSchema.LatestVersion));
                return Task.FromResult(ExitCodes.Success);
            }, cancellationToken);
        });
        return command;
    }
}
