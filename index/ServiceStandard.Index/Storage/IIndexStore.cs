using ServiceStandard.Index.Catalogue;

namespace ServiceStandard.Index.Storage;

/// <summary>
/// Where the index keeps institutions, services, tokens, uploaded assessments and the audit log: one
/// interface, one schema, SQLite (<see cref="IndexStores.OpenSqlite"/>) or PostgreSQL
/// (<see cref="IndexStores.OpenPostgres"/>). Every method throws <see cref="IndexStoreException"/>
/// with a sentence a user can act on when the database is locked, unreachable or not the index's.
/// </summary>
public interface IIndexStore : IAsyncDisposable
{
    /// <summary>sqlite or postgresql.</summary>
    string Kind { get; }

    /// <summary>A safe description of where the data is (a file path, or host:port/database without credentials).</summary>
    string Describe { get; }

    /// <summary>Applies the migrations not yet applied, in order, each once; returns the schema version now in force.</summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Adds an institution; false when one with that id exists (nothing is changed then).</summary>
    Task<bool> AddInstitutionAsync(Institution institution, CancellationToken cancellationToken);

    Task<Institution?> GetInstitutionAsync(string id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Institution>> ListInstitutionsAsync(CancellationToken cancellationToken);

    /// <summary>Adds a service to an existing institution; false when the institution already has one with that id.</summary>
    Task<bool> AddServiceAsync(IndexedService service, CancellationToken cancellationToken);

    Task<IndexedService?> GetServiceAsync(string institutionId, string serviceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<IndexedService>> ListServicesAsync(CancellationToken cancellationToken);

    Task AddTokenAsync(AccessTokenRecord token, CancellationToken cancellationToken);

    /// <summary>The token with this hash, revoked or not, or null.</summary>
    Task<AccessTokenRecord?> FindTokenAsync(string tokenHash, CancellationToken cancellationToken);

    /// <summary>Revokes a token by its id; false when there is no active token with that id.</summary>
    Task<bool> RevokeTokenAsync(string tokenId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Keeps an assessment once: the same institution, service and content hash give back the record already kept.</summary>
    Task<StoreOutcome> StoreAssessmentAsync(NewAssessment assessment, CancellationToken cancellationToken);

    /// <summary>Every assessment whose run started in [from, to), oldest first.</summary>
    Task<IReadOnlyList<StoredAssessment>> ListAssessmentsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>The stored columns (no documents) of every assessment whose run started in [from, to), oldest first.</summary>
    Task<IReadOnlyList<AssessmentHeader>> ListAssessmentHeadersAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);

    /// <summary>
    /// Hands the documents of <paramref name="ids"/> to <paramref name="read"/> one at a time, in id order, holding
    /// none of them afterwards (ids that are not stored are skipped).
    /// </summary>
    Task ReadDocumentsAsync(IReadOnlyCollection<long> ids, Action<long, string> read, CancellationToken cancellationToken);

    /// <summary>The latest assessment id and the counts of assessments, institutions and services, in one cheap query.</summary>
    Task<StoreVersion> VersionAsync(CancellationToken cancellationToken);

    Task<long> CountAssessmentsAsync(CancellationToken cancellationToken);

    Task AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The audit log, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(CancellationToken cancellationToken);
}

/// <summary>The database could not be used: locked, unreachable, unreadable or not an index. The message says which, and where.</summary>
public sealed class IndexStoreException(string message, Exception? inner = null) : Exception(message, inner);
