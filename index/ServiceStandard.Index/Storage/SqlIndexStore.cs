using System.Data.Common;
using System.Globalization;
using ServiceStandard.Index.Catalogue;

namespace ServiceStandard.Index.Storage;

/// <summary>
/// The store over either database: plain SQL in the one dialect both speak (named parameters,
/// <c>ON CONFLICT DO NOTHING</c>, <c>RETURNING</c>), each write one statement so concurrent uploads
/// need no transaction of their own.
/// </summary>
public sealed class SqlIndexStore(SqlDialect dialect, string describe) : IIndexStore
{
    public string Kind => dialect.Kind;

    public string Describe => describe;

    public Task<int> MigrateAsync(CancellationToken cancellationToken) => RunAsync(async connection =>
    {
        await using var transaction = await dialect.BeginMigrationAsync(connection, cancellationToken);
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)", [], cancellationToken);
        var applied = new HashSet<int>();
        await using (var command = Command(connection, transaction, "SELECT version FROM schema_migrations", []))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var unknown = applied.Where(v => v > IndexSchema.LatestVersion).ToList();
        if (unknown.Count > 0)
        {
            throw new IndexStoreException($"{describe} has schema version {unknown.Max()}, newer than this tool's {IndexSchema.LatestVersion}; use a newer servicestandard");
        }

        foreach (var (version, description, sql) in IndexSchema.Migrations.Where(m => !applied.Contains(m.Version)))
        {
            foreach (var statement in sql.Replace("{identity}", dialect.Identity, StringComparison.Ordinal).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                await ExecuteAsync(connection, transaction, statement, [], cancellationToken);
            }

            await ExecuteAsync(connection, transaction, "INSERT INTO schema_migrations (version, description, applied_at) VALUES (@v, @d, @at)",
                [("v", version), ("d", description), ("at", Time(DateTimeOffset.UtcNow))], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return IndexSchema.LatestVersion;
    }, cancellationToken);

    public Task<bool> AddInstitutionAsync(Institution institution, CancellationToken cancellationToken) => RunAsync(async connection =>
        await ExecuteAsync(connection, null,
            "INSERT INTO institutions (id, name_en, name_es, level, region, created_at) VALUES (@id, @en, @es, @level, @region, @at) ON CONFLICT DO NOTHING",
            [("id", institution.Id), ("en", institution.NameEn), ("es", institution.NameEs), ("level", InstitutionLevels.Name(institution.Level)), ("region", institution.Region), ("at", Time(DateTimeOffset.UtcNow))],
            cancellationToken) == 1, cancellationToken);

    public Task<Institution?> GetInstitutionAsync(string id, CancellationToken cancellationToken) => RunAsync(async connection =>
        (await QueryAsync(connection, "SELECT id, name_en, name_es, level, region FROM institutions WHERE id = @id", [("id", id)], ReadInstitution, cancellationToken)).SingleOrDefault(), cancellationToken);

    public Task<IReadOnlyList<Institution>> ListInstitutionsAsync(CancellationToken cancellationToken) => RunAsync(connection =>
        QueryAsync(connection, "SELECT id, name_en, name_es, level, region FROM institutions ORDER BY id", [], ReadInstitution, cancellationToken), cancellationToken);

    public Task<bool> AddServiceAsync(IndexedService service, CancellationToken cancellationToken) => RunAsync(async connection =>
        await ExecuteAsync(connection, null,
            "INSERT INTO services (institution_id, id, name, url, repository, created_at) VALUES (@institution, @id, @name, @url, @repository, @at) ON CONFLICT DO NOTHING",
            [("institution", service.InstitutionId), ("id", service.Id), ("name", service.Name), ("url", service.Url), ("repository", service.Repository), ("at", Time(DateTimeOffset.UtcNow))],
            cancellationToken) == 1, cancellationToken);

    public Task<IndexedService?> GetServiceAsync(string institutionId, string serviceId, CancellationToken cancellationToken) => RunAsync(async connection =>
        (await QueryAsync(connection, "SELECT institution_id, id, name, url, repository FROM services WHERE institution_id = @institution AND id = @id",
            [("institution", institutionId), ("id", serviceId)], ReadService, cancellationToken)).SingleOrDefault(), cancellationToken);

    public Task<IReadOnlyList<IndexedService>> ListServicesAsync(CancellationToken cancellationToken) => RunAsync(connection =>
        QueryAsync(connection, "SELECT institution_id, id, name, url, repository FROM services ORDER BY institution_id, id", [], ReadService, cancellationToken), cancellationToken);

    public Task AddTokenAsync(AccessTokenRecord token, CancellationToken cancellationToken) => RunAsync(connection =>
        ExecuteAsync(connection, null, "INSERT INTO access_tokens (id, institution_id, token_hash, created_at, revoked_at) VALUES (@id, @institution, @hash, @at, NULL)",
            [("id", token.Id), ("institution", token.InstitutionId), ("hash", token.TokenHash), ("at", Time(token.CreatedAt))], cancellationToken), cancellationToken);

    public Task<AccessTokenRecord?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken) => RunAsync(async connection =>
        (await QueryAsync(connection, "SELECT id, institution_id, token_hash, created_at, revoked_at FROM access_tokens WHERE token_hash = @hash", [("hash", tokenHash)],
            r => new AccessTokenRecord(r.GetString(0), r.GetString(1), r.GetString(2), ParseTime(r.GetString(3)), r.IsDBNull(4) ? null : ParseTime(r.GetString(4))),
            cancellationToken)).SingleOrDefault(), cancellationToken);

    public Task<bool> RevokeTokenAsync(string tokenId, DateTimeOffset at, CancellationToken cancellationToken) => RunAsync(async connection =>
        await ExecuteAsync(connection, null, "UPDATE access_tokens SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL", [("id", tokenId), ("at", Time(at))], cancellationToken) == 1,
        cancellationToken);

    public Task<StoreOutcome> StoreAssessmentAsync(NewAssessment assessment, CancellationToken cancellationToken) => RunAsync(async connection =>
    {
        var inserted = await QueryAsync(connection, """
            INSERT INTO assessments (institution_id, service_id, content_hash, received_at, started_at, tool_version, standard_id, standard_version, source_commit, document)
            VALUES (@institution, @service, @hash, @received, @started, @tool, @standard, @version, @commit, @document)
            ON CONFLICT DO NOTHING RETURNING id
            """,
            [("institution", assessment.InstitutionId), ("service", assessment.ServiceId), ("hash", assessment.ContentHash), ("received", Time(assessment.ReceivedAt)),
             ("started", Time(assessment.StartedAt)), ("tool", assessment.ToolVersion), ("standard", assessment.StandardId), ("version", assessment.StandardVersion),
             ("commit", assessment.Commit), ("document", assessment.Document)],
            r => r.GetInt64(0), cancellationToken);
        var kept = (await QueryAsync(connection, $"{SelectAssessment} WHERE institution_id = @institution AND service_id = @service AND content_hash = @hash",
            [("institution", assessment.InstitutionId), ("service", assessment.ServiceId), ("hash", assessment.ContentHash)], ReadAssessment, cancellationToken)).Single();
        return new StoreOutcome(kept, inserted.Count == 1);
    }, cancellationToken);

    public Task<IReadOnlyList<StoredAssessment>> ListAssessmentsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) => RunAsync(connection =>
        QueryAsync(connection, $"{SelectAssessment} WHERE started_at >= @from AND started_at < @to ORDER BY started_at, id", [("from", Time(from)), ("to", Time(to))], ReadAssessment, cancellationToken),
        cancellationToken);

    public Task<IReadOnlyList<AssessmentHeader>> ListAssessmentHeadersAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) => RunAsync(connection =>
        QueryAsync(connection, $"{SelectHeader} WHERE started_at >= @from AND started_at < @to ORDER BY started_at, id", [("from", Time(from)), ("to", Time(to))], ReadHeader, cancellationToken),
        cancellationToken);

    public Task ReadDocumentsAsync(IReadOnlyCollection<long> ids, Action<long, string> read, CancellationToken cancellationToken) => RunAsync(async connection =>
    {
        // A bounded number of parameters per query (both databases take far more), one row in memory at a time.
        foreach (var chunk in ids.Order().Chunk(DocumentsPerQuery))
        {
            var parameters = chunk.Select((id, i) => ($"id{i.ToString(CultureInfo.InvariantCulture)}", (object?)id)).ToList();
            await using var command = Command(connection, null,
                $"SELECT id, document FROM assessments WHERE id IN ({string.Join(", ", parameters.Select(p => "@" + p.Item1))}) ORDER BY id", parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                read(reader.GetInt64(0), reader.GetString(1));
            }
        }
    }, cancellationToken);

    public Task<StoreVersion> VersionAsync(CancellationToken cancellationToken) => RunAsync(async connection =>
        (await QueryAsync(connection,
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM assessments), (SELECT COUNT(*) FROM assessments), (SELECT COUNT(*) FROM institutions), (SELECT COUNT(*) FROM services)", [],
            r => new StoreVersion(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3)), cancellationToken)).Single(), cancellationToken);

    public Task<long> CountAssessmentsAsync(CancellationToken cancellationToken) => RunAsync(async connection =>
        (await QueryAsync(connection, "SELECT COUNT(*) FROM assessments", [], r => r.GetInt64(0), cancellationToken)).Single(), cancellationToken);

    public Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken) => RunAsync(connection =>
        ExecuteAsync(connection, null, """
            INSERT INTO upload_audit (at, institution_id, service_id, token_id, status, outcome, content_hash, assessment_id, remote_address, detail)
            VALUES (@at, @institution, @service, @token, @status, @outcome, @hash, @assessment, @remote, @detail)
            """,
            [("at", Time(entry.At)), ("institution", entry.InstitutionId), ("service", entry.ServiceId), ("token", entry.TokenId), ("status", entry.Status),
             ("outcome", entry.Outcome), ("hash", entry.ContentHash), ("assessment", entry.AssessmentId), ("remote", entry.RemoteAddress), ("detail", entry.Detail)],
            cancellationToken), cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(CancellationToken cancellationToken) => RunAsync(connection =>
        QueryAsync(connection, "SELECT at, institution_id, service_id, token_id, status, outcome, content_hash, assessment_id, remote_address, detail FROM upload_audit ORDER BY id", [],
            r => new AuditEntry(ParseTime(r.GetString(0)), NullableString(r, 1), NullableString(r, 2), NullableString(r, 3), r.GetInt32(4), r.GetString(5), NullableString(r, 6),
                r.IsDBNull(7) ? null : r.GetInt64(7), NullableString(r, 8), NullableString(r, 9)),
            cancellationToken), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (dialect is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    /// <summary>Fixed-width UTC text (2026-03-14T09:26:53.0000000Z): sorts as time on both databases.</summary>
    public static string Time(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private const string SelectAssessment =
        "SELECT id, institution_id, service_id, content_hash, received_at, started_at, tool_version, standard_id, standard_version, source_commit, document FROM assessments";

    private const string SelectHeader =
        "SELECT id, institution_id, service_id, received_at, started_at, tool_version, standard_id, standard_version, source_commit FROM assessments";

    private const int DocumentsPerQuery = 500;

    private static AssessmentHeader ReadHeader(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), ParseTime(r.GetString(3)), ParseTime(r.GetString(4)),
        r.GetString(5), r.GetString(6), r.GetString(7), NullableString(r, 8));

    private static StoredAssessment ReadAssessment(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), ParseTime(r.GetString(4)), ParseTime(r.GetString(5)),
        r.GetString(6), r.GetString(7), r.GetString(8), NullableString(r, 9), r.GetString(10));

    private static Institution ReadInstitution(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), InstitutionLevels.Parse(r.GetString(3)) ?? InstitutionLevel.Central, NullableString(r, 4));

    private static IndexedService ReadService(DbDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), NullableString(r, 3), NullableString(r, 4));

    private static string? NullableString(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private async Task<T> RunAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = dialect.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            await dialect.PrepareAsync(connection, cancellationToken);
            return await work(connection);
        }
        catch (DbException ex)
        {
            throw new IndexStoreException(dialect.Explain(ex, describe), ex);
        }
        catch (TimeoutException ex)
        {
            throw new IndexStoreException($"{describe} did not answer in time: {ex.Message}", ex);
        }
    }

    private async Task RunAsync(Func<DbConnection, Task> work, CancellationToken cancellationToken) =>
        await RunAsync(async connection =>
        {
            await work(connection);
            return true;
        }, cancellationToken);

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, IReadOnlyList<(string Name, object? Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, IReadOnlyList<(string, object?)> parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<T>> QueryAsync<T>(DbConnection connection, string sql, IReadOnlyList<(string, object?)> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
