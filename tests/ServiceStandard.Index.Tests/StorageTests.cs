using ServiceStandard.Index.Catalogue;
using ServiceStandard.Index.Storage;

namespace ServiceStandard.Index.Tests;

/// <summary>The one storage contract, on SQLite and on PostgreSQL alike.</summary>
public sealed class StorageTests
{
    private static readonly Institution Mop = new("mop", "Ministry of Public Works", "Ministerio de Obras Públicas", InstitutionLevel.Central, null);

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Migrations_apply_once_and_again_is_nothing(string kind)
    {
        await using var store = IndexStores.Open(await TestDatabases.CreateAsync(kind));

        Assert.Equal(IndexSchema.LatestVersion, await store.MigrateAsync(CancellationToken.None));
        Assert.Equal(IndexSchema.LatestVersion, await store.MigrateAsync(CancellationToken.None));
        Assert.Equal(kind, store.Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Institutions_and_services_are_kept_with_their_names_in_both_languages(string kind)
    {
        await using var store = await TestDatabases.OpenAsync(kind);

        Assert.True(await store.AddInstitutionAsync(Mop, CancellationToken.None));
        Assert.False(await store.AddInstitutionAsync(Mop with { NameEn = "Other" }, CancellationToken.None));
        Assert.True(await store.AddInstitutionAsync(new Institution("quito", "Quito", "Quito", InstitutionLevel.Municipal, "Pichincha"), CancellationToken.None));
        Assert.True(await store.AddServiceAsync(new IndexedService("mop", "permisos", "Permisos de obra", "https://permisos.example", null), CancellationToken.None));
        Assert.False(await store.AddServiceAsync(new IndexedService("mop", "permisos", "Again", null, null), CancellationToken.None));

        Assert.Equal(Mop, await store.GetInstitutionAsync("mop", CancellationToken.None));
        Assert.Equal(["mop", "quito"], (await store.ListInstitutionsAsync(CancellationToken.None)).Select(i => i.Id));
        Assert.Equal("Pichincha", (await store.GetInstitutionAsync("quito", CancellationToken.None))!.Region);
        Assert.Equal(new IndexedService("mop", "permisos", "Permisos de obra", "https://permisos.example", null), await store.GetServiceAsync("mop", "permisos", CancellationToken.None));
        Assert.Null(await store.GetServiceAsync("quito", "permisos", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task A_token_is_kept_only_as_its_hash_and_can_be_revoked(string kind)
    {
        await using var store = await TestDatabases.OpenAsync(kind);
        await store.AddInstitutionAsync(Mop, CancellationToken.None);
        var issued = AccessTokens.Issue("mop", DateTimeOffset.UtcNow);

        await store.AddTokenAsync(issued.Record, CancellationToken.None);

        Assert.DoesNotContain(issued.Token, issued.Record.TokenHash, StringComparison.Ordinal);
        Assert.Equal(64, issued.Record.TokenHash.Length);
        var found = await store.FindTokenAsync(AccessTokens.Hash(issued.Token), CancellationToken.None);
        Assert.True(found is { IsActive: true, InstitutionId: "mop" });
        Assert.True(await store.RevokeTokenAsync(issued.Record.Id, DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.False(await store.RevokeTokenAsync(issued.Record.Id, DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.False((await store.FindTokenAsync(AccessTokens.Hash(issued.Token), CancellationToken.None))!.IsActive);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_same_assessment_stored_twice_is_one_record_and_periods_select_by_run_start(string kind)
    {
        await using var store = await TestDatabases.OpenAsync(kind);
        await store.AddInstitutionAsync(Mop, CancellationToken.None);
        await store.AddServiceAsync(new IndexedService("mop", "permisos", "Permisos", null, null), CancellationToken.None);
        var march = new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

        var first = await store.StoreAssessmentAsync(New("a1", march), CancellationToken.None);
        var again = await store.StoreAssessmentAsync(New("a1", march) with { ReceivedAt = march.AddDays(1) }, CancellationToken.None);
        var other = await store.StoreAssessmentAsync(New("a2", march.AddYears(1)), CancellationToken.None);

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.Assessment, again.Assessment);
        Assert.True(other.Created);
        Assert.Equal(2, await store.CountAssessmentsAsync(CancellationToken.None));
        var in2026 = await store.ListAssessmentsAsync(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);
        var kept = Assert.Single(in2026);
        Assert.Equal((march, "{\"a\":\"a1\"}", "0.1.0", "abc1234"), (kept.StartedAt, kept.Document, kept.ToolVersion, kept.Commit));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_audit_log_keeps_every_line_in_order(string kind)
    {
        await using var store = await TestDatabases.OpenAsync(kind);
        var at = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

        await store.AppendAuditAsync(new AuditEntry(at, "mop", "permisos", "t1", 403, "forbidden", null, null, "127.0.0.1", "another institution"), CancellationToken.None);
        await store.AppendAuditAsync(new AuditEntry(at.AddSeconds(1), "mop", "permisos", "t1", 201, "created", "ab", 7, "127.0.0.1", null), CancellationToken.None);

        Assert.Equal([(403, "forbidden", (long?)null), (201, "created", 7)], (await store.ListAuditAsync(CancellationToken.None)).Select(e => (e.Status, e.Outcome, e.AssessmentId)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task Headers_come_without_documents_and_documents_are_read_only_for_the_ids_asked(string kind)
    {
        await using var store = await TestDatabases.OpenAsync(kind);
        await store.AddInstitutionAsync(Mop, CancellationToken.None);
        await store.AddServiceAsync(new IndexedService("mop", "permisos", "Permisos", null, null), CancellationToken.None);
        var march = new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);
        var ids = new List<long>();
        for (var n = 0; n < 3; n++)
        {
            ids.Add((await store.StoreAssessmentAsync(New($"a{n}", march.AddDays(n)), CancellationToken.None)).Assessment.Id);
        }

        var lastYear = await store.StoreAssessmentAsync(New("old", march.AddYears(-1)), CancellationToken.None);

        var headers = await store.ListAssessmentHeadersAsync(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);
        Assert.Equal(ids, headers.Select(h => h.Id));
        Assert.Equal((march, march.AddMinutes(5), "0.1.0", "digital-service-standard", "1.0.0", "abc1234"),
            (headers[0].StartedAt, headers[0].ReceivedAt, headers[0].ToolVersion, headers[0].StandardId, headers[0].StandardVersion, headers[0].Commit));

        // More ids than one query takes, most of them not stored, asked in no particular order.
        var asked = new List<long> { ids[2], lastYear.Assessment.Id, ids[0] };
        asked.AddRange(Enumerable.Range(1, 1200).Select(i => 100_000L + i));
        var read = new List<(long, string)>();
        await store.ReadDocumentsAsync(asked, (id, document) => read.Add((id, document)), CancellationToken.None);
        Assert.Equal([(ids[0], "{\"a\":\"a0\"}"), (ids[2], "{\"a\":\"a2\"}"), (lastYear.Assessment.Id, "{\"a\":\"old\"}")], read);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_version_changes_with_each_upload_and_each_registration(string kind)
    {
        await using var store = await TestDatabases.OpenAsync(kind);
        var empty = await store.VersionAsync(CancellationToken.None);
        Assert.Equal(new StoreVersion(0, 0, 0, 0), empty);

        await store.AddInstitutionAsync(Mop, CancellationToken.None);
        await store.AddServiceAsync(new IndexedService("mop", "permisos", "Permisos", null, null), CancellationToken.None);
        var registered = await store.VersionAsync(CancellationToken.None);
        var stored = await store.StoreAssessmentAsync(New("a1", new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero)), CancellationToken.None);
        var uploaded = await store.VersionAsync(CancellationToken.None);
        await store.StoreAssessmentAsync(New("a1", new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero)), CancellationToken.None);

        Assert.Equal(new StoreVersion(0, 0, 1, 1), registered);
        Assert.Equal(new StoreVersion(stored.Assessment.Id, 1, 1, 1), uploaded);
        Assert.Equal(uploaded, await store.VersionAsync(CancellationToken.None));
    }

    private static NewAssessment New(string content, DateTimeOffset startedAt) =>
        new("mop", "permisos", "hash-" + content, startedAt.AddMinutes(5), startedAt, "0.1.0", "digital-service-standard", "1.0.0", "abc1234", $"{{\"a\":\"{content}\"}}");
}
