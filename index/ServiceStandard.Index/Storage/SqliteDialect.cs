using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ServiceStandard.Index.Storage;

/// <summary>
/// SQLite, the embedded default: one file, write-ahead log (readers never wait for the writer), full
/// sync (an acknowledged upload survives a crash), foreign keys on, and a busy wait so concurrent
/// writers queue instead of failing.
/// </summary>
public sealed class SqliteDialect(string path, TimeSpan busyTimeout) : SqlDialect
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        ForeignKeys = true,
        Pooling = true,
        DefaultTimeout = Math.Max(1, (int)busyTimeout.TotalSeconds),
    }.ToString();

    public override string Kind => "sqlite";

    public override string Identity => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public TimeSpan BusyTimeout => busyTimeout;

    public override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}; PRAGMA synchronous = FULL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        // IMMEDIATE takes the write lock at once: two processes starting on one file migrate one after the other.
        return ((SqliteConnection)connection).BeginTransaction(deferred: false);
    }

    public override string Explain(DbException exception, string describe) => exception is SqliteException sqlite
        ? sqlite.SqliteErrorCode switch
        {
            5 or 6 => $"the database {describe} is locked by another process (waited {busyTimeout.TotalSeconds:0} s); try again when it is done",
            14 => $"the database {describe} cannot be opened: its folder does not exist or is not writable",
            26 => $"{describe} is not an SQLite database",
            8 => $"the database {describe} is read-only",
            _ => $"the database {describe} failed: {sqlite.Message}",
        }
        : $"the database {describe} failed: {exception.Message}";
}
