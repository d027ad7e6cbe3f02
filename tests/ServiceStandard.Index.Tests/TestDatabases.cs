using Npgsql;
using ServiceStandard.Index.Storage;

namespace ServiceStandard.Index.Tests;

/// <summary>
/// A fresh, empty index database of either kind for one test: an SQLite file in a temporary folder,
/// or a new database on the PostgreSQL server ./build.sh test starts (its connection string in
/// <see cref="PostgresVariable"/>). Without that server the PostgreSQL tests fail, saying how to run them:
/// they never skip.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "SERVICESTANDARD_TEST_POSTGRES";

    public static TheoryData<string> Kinds => new() { "sqlite", "postgresql" };

    /// <summary>The --db value of a new, empty database of <paramref name="kind"/>.</summary>
    public static async Task<string> CreateAsync(string kind)
    {
        if (kind == "sqlite")
        {
            var folder = Path.Combine(Path.GetTempPath(), "servicestandard-index-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return Path.Combine(folder, "index.db");
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Fail($"{PostgresVariable} is not set, so the PostgreSQL half of the index's tests cannot run. Run them through ./build.sh test, " +
                "which starts a throwaway PostgreSQL on 127.0.0.1 and sets it, or set it yourself to a connection string of a server where the user may create databases " +
                "(e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres).");
        }

        var name = "ssindex_" + Guid.NewGuid().ToString("N")[..16];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static async Task<IIndexStore> OpenAsync(string kind)
    {
        var store = IndexStores.Open(await CreateAsync(kind));
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }
}
