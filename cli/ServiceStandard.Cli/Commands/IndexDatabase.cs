using System.CommandLine;
using ServiceStandard.Index.Storage;

namespace ServiceStandard.Cli.Commands;

/// <summary>The <c>--db</c> and <c>--db-timeout</c> options every <c>index</c> command takes, and opening the store they name.</summary>
public sealed class IndexDatabase
{
    public const string DefaultDb = "index.db";

    public IndexDatabase(GlobalOptions global)
    {
        Db = new Option<string>("--db") { Description = global.Labels.IndexDbOptionDescription, DefaultValueFactory = _ => DefaultDb, HelpName = "file|connection-string" };
        Timeout = new Option<int>("--db-timeout") { Description = global.Labels.IndexDbTimeoutOptionDescription, DefaultValueFactory = _ => 30, HelpName = "seconds" };
    }

    public Option<string> Db { get; }

    public Option<int> Timeout { get; }

    public void AddTo(Command command)
    {
        command.Add(Db);
        command.Add(Timeout);
    }

    /// <summary>
    /// Opens the store, applies any pending migration and runs <paramref name="work"/>. An SQLite file
    /// must exist unless <paramref name="create"/> (only <c>index init</c> creates one); a locked or
    /// unreachable database is one line and exit 3.
    /// </summary>
    public async Task<int> RunAsync(CommandSession session, ParseResult parseResult, bool create, Func<IIndexStore, Task<int>> work, CancellationToken cancellationToken)
    {
        var (labels, reporter) = (session.Labels, session.Reporter);
        var db = parseResult.GetRequiredValue(Db);
        var timeout = parseResult.GetValue(Timeout);
        if (timeout < 1)
        {
            reporter.Error(labels.IndexBadNumber("--db-timeout"));
            return ExitCodes.BadInput;
        }

        if (!create && !IndexStores.IsPostgres(db) && !File.Exists(db))
        {
            reporter.Error(labels.IndexNoDatabase(db));
            return ExitCodes.BadInput;
        }

        try
        {
            await using var store = IndexStores.Open(db, TimeSpan.FromSeconds(timeout));
            await store.MigrateAsync(cancellationToken);
            return await work(store);
        }
        catch (IndexStoreException ex)
        {
            reporter.Error(labels.IndexDatabaseUnavailable(ex.Message));
            return ExitCodes.Unavailable;
        }
    }
}
