namespace ServiceStandard.Index.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a PostgreSQL connection string (it has <c>Host=</c>) or an SQLite file path.</summary>
public static class IndexStores
{
    /// <summary>How long an SQLite writer waits for another to finish before the database counts as locked.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    public static bool IsPostgres(string db) =>
        db.Contains("Host=", StringComparison.OrdinalIgnoreCase) || db.Contains("Server=", StringComparison.OrdinalIgnoreCase);

    public static IIndexStore Open(string db, TimeSpan? busyTimeout = null) =>
        IsPostgres(db) ? OpenPostgres(db) : OpenSqlite(db, busyTimeout ?? DefaultBusyTimeout);

    public static IIndexStore OpenSqlite(string path, TimeSpan busyTimeout) => new SqlIndexStore(new SqliteDialect(path, busyTimeout), path);

    public static IIndexStore OpenPostgres(string connectionString)
    {
        PostgresDialect dialect;
        try
        {
            dialect = new PostgresDialect(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new IndexStoreException($"the PostgreSQL connection string is not valid: {ex.Message}", ex);
        }

        return new SqlIndexStore(dialect, dialect.Describe);
    }
}
