using System.Text;
using System.Text.Json;
using ServiceStandard.Index.Method;
using ServiceStandard.Index.Server;
using ServiceStandard.Index.Storage;
using ServiceStandard.Index.Uploads;

namespace ServiceStandard.Index.Tests;

/// <summary><c>index serve</c> computes a period's index once and again only when the store changes: a page shows an upload from the next request after it lands.</summary>
public sealed class SnapshotCacheTests
{
    private static readonly DateTimeOffset June2026 = new(2026, 6, 15, 10, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_snapshot_is_computed_once_until_an_upload_lands()
    {
        await using var store = await TestDatabases.OpenAsync("sqlite");
        await SeededIndex.SeedAsync(store);
        var cache = new SnapshotCache(store, IndexMethodFile.Shipped());

        var first = await cache.GetAsync(SeededIndex.Period, CancellationToken.None);
        var again = await cache.GetAsync(SeededIndex.Period, CancellationToken.None);
        Assert.Same(first, again);
        Assert.Equal(1, cache.Computed);

        var stored = await UploadAsync(store, "hostile", "tramites");
        var after = await cache.GetAsync(SeededIndex.Period, CancellationToken.None);

        Assert.Equal(2, cache.Computed);
        Assert.Equal(stored, after.Standing("hostile", "tramites").AssessmentId);
        Assert.NotEqual(stored, first.Standing("hostile", "tramites").AssessmentId);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_served_service_page_shows_an_upload_that_lands_after_it_was_first_served(string kind)
    {
        await using var index = await SeededIndex.StartAsync(kind);
        const string page = "en/institutions/hostile/services/tramites/";
        var before = await index.GetTextAsync(page);
        Assert.DoesNotContain("2026-06-15 10:30 UTC", before, StringComparison.Ordinal);

        var stored = await UploadAsync(index.Store, "hostile", "tramites");

        Assert.Contains("2026-06-15 10:30 UTC", await index.GetTextAsync(page), StringComparison.Ordinal);
        using var api = JsonDocument.Parse(await index.GetTextAsync("api/v1/index/2026/institutions/hostile/services/tramites"));
        Assert.Equal(stored, api.RootElement.GetProperty("latestAssessment").GetProperty("id").GetInt64());
    }

    /// <summary>A later run of the service in 2026 with every criterion the reference judges left as it is, stored as an upload stores it.</summary>
    private static async Task<long> UploadAsync(IIndexStore store, string institution, string service)
    {
        var valid = Assert.IsType<UploadCheck.Valid>((await AssessmentUpload.LoadAsync()).Check(Encoding.UTF8.GetBytes(AssessmentFixtures.At(June2026))));
        var outcome = await store.StoreAssessmentAsync(new NewAssessment(institution, service, valid.ContentHash, June2026.AddHours(1), valid.Report.Run.StartedAt,
            valid.Report.Run.ToolVersion, valid.Report.Standard.Id, valid.Report.Standard.Version, null, valid.Text), CancellationToken.None);
        Assert.True(outcome.Created);
        return outcome.Assessment.Id;
    }
}
