using Microsoft.Data.Sqlite;
using ServiceStandard.Index.Storage;
using ServiceStandard.Testing;

namespace ServiceStandard.Index.Tests;

/// <summary>The <c>index</c> commands as a user runs them: the real CLI process on a real database.</summary>
public sealed class IndexCliTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_catalogue_is_built_and_a_token_is_printed_once_and_kept_hashed(string kind)
    {
        var db = await TestDatabases.CreateAsync(kind);

        var init = await Cli.RunAsync("index", "init", "--db", db);
        var institution = await Cli.RunAsync("index", "institution", "add", "mop", "--name", "Ministry of Public Works", "--name-es", "Ministerio de Obras Públicas", "--level", "central", "--db", db);
        var municipality = await Cli.RunAsync("--lang", "es", "index", "institution", "add", "quito", "--name", "Quito", "--level", "municipal", "--region", "Pichincha", "--db", db);
        var service = await Cli.RunAsync("index", "service", "add", "mop/permisos", "--name", "Permisos de obra", "--url", "https://permisos.example", "--db", db);
        var token = await Cli.RunAsync("index", "token", "issue", "mop", "--db", db);

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.Contains("Index ready at", init.Stdout, StringComparison.Ordinal);
        Assert.True(institution.ExitCode == 0, institution.ToString());
        Assert.Contains("Institution mop registered (central).", institution.Stdout, StringComparison.Ordinal);
        Assert.True(municipality.ExitCode == 0, municipality.ToString());
        Assert.Contains("Institución quito registrada (municipal).", municipality.Stdout, StringComparison.Ordinal);
        Assert.True(service.ExitCode == 0, service.ToString());
        Assert.Contains("Service mop/permisos registered.", service.Stdout, StringComparison.Ordinal);
        Assert.True(token.ExitCode == 0, token.ToString());
        var secret = token.Stdout.Split('\n')[0].Trim();
        Assert.StartsWith(AccessTokens.Prefix, secret, StringComparison.Ordinal);
        Assert.Contains("shown only this once", token.Stdout, StringComparison.Ordinal);

        await using var store = IndexStores.Open(db);
        var kept = await store.FindTokenAsync(AccessTokens.Hash(secret), CancellationToken.None);
        Assert.True(kept is { InstitutionId: "mop", IsActive: true });
        Assert.Equal("Ministerio de Obras Públicas", (await store.GetInstitutionAsync("mop", CancellationToken.None))!.NameEs);
        Assert.Equal("Quito", (await store.GetInstitutionAsync("quito", CancellationToken.None))!.NameEs);
        if (kind == "sqlite")
        {
            SqliteConnection.ClearAllPools();
            Assert.DoesNotContain(secret, await File.ReadAllTextAsync(db), StringComparison.Ordinal);
        }

        var revoke = await Cli.RunAsync("index", "token", "revoke", kept!.Id, "--db", db);
        var revokeAgain = await Cli.RunAsync("index", "token", "revoke", kept.Id, "--db", db);
        Assert.True(revoke.ExitCode == 0, revoke.ToString());
        Assert.False((await store.FindTokenAsync(AccessTokens.Hash(secret), CancellationToken.None))!.IsActive);
        Assert.Equal(2, revokeAgain.ExitCode);
        Assert.Contains($"there is no active token with id {kept.Id}", revokeAgain.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mistakes_are_one_line_and_exit_2()
    {
        var db = await TestDatabases.CreateAsync("sqlite");
        await Cli.RunAsync("index", "init", "--db", db);

        var level = await Cli.RunAsync("index", "institution", "add", "mop", "--name", "MOP", "--level", "national", "--db", db);
        var id = await Cli.RunAsync("index", "institution", "add", "MOP!", "--name", "MOP", "--level", "central", "--db", db);
        var orphan = await Cli.RunAsync("index", "service", "add", "nobody/permisos", "--name", "Permisos", "--db", db);
        var missing = await Cli.RunAsync("index", "token", "issue", "mop", "--db", db + ".missing");

        Assert.Equal((2, "servicestandard: error: 'national' is not a level: use central, regional or municipal"), (level.ExitCode, level.Stderr.Trim()));
        Assert.Equal(2, id.ExitCode);
        Assert.Contains("'MOP!' is not a valid id", id.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, orphan.ExitCode);
        Assert.Contains("there is no institution nobody; register it first with: servicestandard index institution add nobody", orphan.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("there is no index at", missing.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", level.Stderr + id.Stderr + orphan.Stderr + missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locked_database_is_one_line_and_exit_3()
    {
        var db = await TestDatabases.CreateAsync("sqlite");
        await Cli.RunAsync("index", "init", "--db", db);
        await using var holder = new SqliteConnection($"Data Source={db};Pooling=False");
        await holder.OpenAsync();
        await using (var exclusive = holder.CreateCommand())
        {
            exclusive.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; INSERT INTO institutions (id, name_en, name_es, level, created_at) VALUES ('x', 'x', 'x', 'central', 'x');";
            await exclusive.ExecuteNonQueryAsync();
        }

        var run = await Cli.RunAsync("index", "institution", "add", "mop", "--name", "MOP", "--level", "central", "--db", db, "--db-timeout", "1");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal($"servicestandard: error: the index's database cannot be used: the database {db} is locked by another process (waited 1 s); try again when it is done", run.Stderr.Trim());
    }

    [Fact]
    public async Task An_unreachable_postgresql_is_one_line_and_exit_3()
    {
        var port = SampleServiceHost.FreePort();

        var run = await Cli.RunAsync("index", "init", "--db", $"Host=127.0.0.1;Port={port};Username=postgres;Database=ssindex;Password=secret-password");

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith($"servicestandard: error: the index's database cannot be used: PostgreSQL 127.0.0.1:{port}/ssindex is unreachable", run.Stderr.Trim(), StringComparison.Ordinal);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.DoesNotContain("secret-password", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_method_file_with_a_weight_that_is_not_a_number_is_located_and_exit_2()
    {
        var folder = Path.Combine(Path.GetTempPath(), "servicestandard-index-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "index-method.yml");
        var text = (await File.ReadAllTextAsync(MethodFileTests.ShippedPath)).Replace("security: 1.5", "security: high", StringComparison.Ordinal);
        await File.WriteAllTextAsync(file, text);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("security: high", StringComparison.Ordinal)) + 1;

        var bad = await Cli.RunAsync("index", "method", file);
        var shipped = await Cli.RunAsync("index", "method", MethodFileTests.ShippedPath);

        Assert.Equal(2, bad.ExitCode);
        Assert.Equal($"{file}:{line}:15: error: the weight of 'security' in 'evidenceTags' in 'weights' must be a number, found the value 'high'", bad.Stderr.Trim());
        Assert.True(shipped.ExitCode == 0, shipped.ToString());
        Assert.Contains("a valid index method, version 1.0.0", shipped.Stdout, StringComparison.Ordinal);
    }
}
