using System.Data.Common;

namespace ServiceStandard.Index.Storage;

/// <summary>What differs between the two databases: how to connect, declare an identity, lock for a migration, and name a failure.</summary>
public abstract class SqlDialect
{
    public abstract string Kind { get; }

    public abstract string Identity { get; }

    public abstract DbConnection CreateConnection();

    /// <summary>Prepares a fresh connection (pragmas) before use.</summary>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Begins the transaction that applies migrations, holding off any other process doing the same.</summary>
    public abstract Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>The sentence a user reads when the database failed: locked, unreachable, not an index.</summary>
    public abstract string Explain(DbException exception, string describe);
}
