namespace ServiceStandard.Index.Storage;

/// <summary>
/// The index's one schema, as numbered migrations applied in order at start (and by <c>index init</c>),
/// each once, recorded in <c>schema_migrations</c>. The same statements run on SQLite and PostgreSQL;
/// the only word that differs is how an identity column is declared (<c>{identity}</c>). Times are
/// stored as UTC ISO 8601 text of fixed width, so they sort and compare as text on both.
/// Never edit a shipped migration: add the next one.
/// </summary>
public static class IndexSchema
{
    public static IReadOnlyList<(int Version, string Description, string Sql)> Migrations { get; } =
    [
        (1, "institutions, services, access tokens, assessments, upload audit", """
            CREATE TABLE institutions (
              id TEXT PRIMARY KEY,
              name_en TEXT NOT NULL,
              name_es TEXT NOT NULL,
              level TEXT NOT NULL CHECK (level IN ('central', 'regional', 'municipal')),
              region TEXT NULL,
              created_at TEXT NOT NULL
            );
            CREATE TABLE services (
              institution_id TEXT NOT NULL REFERENCES institutions (id),
              id TEXT NOT NULL,
              name TEXT NOT NULL,
              url TEXT NULL,
              repository TEXT NULL,
              created_at TEXT NOT NULL,
              PRIMARY KEY (institution_id, id)
            );
            CREATE TABLE access_tokens (
              id TEXT PRIMARY KEY,
              institution_id TEXT NOT NULL REFERENCES institutions (id),
              token_hash TEXT NOT NULL UNIQUE,
              created_at TEXT NOT NULL,
              revoked_at TEXT NULL
            );
            CREATE TABLE assessments (
              id {identity},
              institution_id TEXT NOT NULL,
              service_id TEXT NOT NULL,
              content_hash TEXT NOT NULL,
              received_at TEXT NOT NULL,
              started_at TEXT NOT NULL,
              tool_version TEXT NOT NULL,
              standard_id TEXT NOT NULL,
              standard_version TEXT NOT NULL,
              source_commit TEXT NULL,
              document TEXT NOT NULL,
              FOREIGN KEY (institution_id, service_id) REFERENCES services (institution_id, id),
              UNIQUE (institution_id, service_id, content_hash)
            );
            CREATE INDEX assessments_by_start ON assessments (started_at);
            CREATE TABLE upload_audit (
              id {identity},
              at TEXT NOT NULL,
              institution_id TEXT NULL,
              service_id TEXT NULL,
              token_id TEXT NULL,
              status INTEGER NOT NULL,
              outcome TEXT NOT NULL,
              content_hash TEXT NULL,
              assessment_id BIGINT NULL,
              remote_address TEXT NULL,
              detail TEXT NULL
            );
            """),
    ];

    public static int LatestVersion => Migrations[^1].Version;
}
