using System.Text;
using ServiceStandard.Index.Catalogue;
using ServiceStandard.Index.Computation;
using ServiceStandard.Index.Method;
using ServiceStandard.Index.Periods;
using ServiceStandard.Index.Storage;
using ServiceStandard.Index.Uploads;

namespace ServiceStandard.Index.Tests;

/// <summary>The index computed from what a store keeps, on SQLite and PostgreSQL: the same figures as by hand.</summary>
public sealed class StoredIndexTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_index_of_stored_uploads_is_the_hand_computed_one(string kind)
    {
        await using var store = await TestDatabases.OpenAsync(kind);
        await store.AddInstitutionAsync(new Institution("mop", "Ministry of Public Works", "Ministerio de Obras Públicas", InstitutionLevel.Central, null), CancellationToken.None);
        await store.AddInstitutionAsync(new Institution("quito", "Quito", "Quito", InstitutionLevel.Municipal, null), CancellationToken.None);
        await store.AddServiceAsync(new IndexedService("mop", "permisos", "Permisos", null, null), CancellationToken.None);
        await store.AddServiceAsync(new IndexedService("quito", "licencias", "Licencias", null, null), CancellationToken.None);
        var validator = await AssessmentUpload.LoadAsync();
        foreach (var (service, json) in new[] { ("permisos", AssessmentFixtures.Run(1)), ("permisos", AssessmentFixtures.At(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero))) })
        {
            var valid = Assert.IsType<UploadCheck.Valid>(validator.Check(Encoding.UTF8.GetBytes(json)));
            await store.StoreAssessmentAsync(new NewAssessment("mop", service, valid.ContentHash, DateTimeOffset.UtcNow, valid.Report.Run.StartedAt, "0.1.0", "digital-service-standard", "1.0.0", null, valid.Text), CancellationToken.None);
        }

        var history = await StoredIndex.ComputeAsync(store, IndexMethodFile.Shipped(), [IndexPeriod.Year(2025), IndexPeriod.Year(2026)], CancellationToken.None);

        Assert.Equal(["2025", "2026"], history.Select(h => h.Period));
        var mop = history[1].Institutions.Single(i => i.InstitutionId == "mop");
        // The reference report under the shipped method: 49.79… (docs/index-method.md's worked example).
        Assert.Equal((StandingStatus.Ranked, 49.8, 1), (mop.Status, IndexComputation.Published(mop.Score!.Value, 1), mop.Rank!.Value));
        Assert.Equal(StandingStatus.NotAssessed, history[1].Institutions.Single(i => i.InstitutionId == "quito").Status);
        var movement = Assert.Single(IndexComputation.Movements(history[1], history[0], 1));
        Assert.Equal((0.0, 0), (movement.ScoreChange!.Value, movement.RankChange!.Value));
        Assert.Equal("DSS-05", history[1].MostOftenNotMet[0].CriterionId);
        Assert.All(history, h => Assert.Equal("1.0.0", h.MethodVersion));
    }
}
