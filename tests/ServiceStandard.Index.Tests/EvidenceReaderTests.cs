using System.Text.Json;
using ServiceStandard.Index.Catalogue;
using ServiceStandard.Index.Computation;
using ServiceStandard.Index.Method;
using ServiceStandard.Index.Periods;
using ServiceStandard.Index.Storage;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Index.Tests;

/// <summary>
/// The index reads stored documents with a reader of only the fields it uses: it must read exactly
/// what the model's full reader gives <see cref="ServiceEvidence.From"/>, document by document and
/// as a whole index.
/// </summary>
public sealed class EvidenceReaderTests
{
    public static TheoryData<string> Documents() => new()
    {
        AssessmentFixtures.Reference,
        SeededIndex.With(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), ("DSS-05", "met"), ("DSS-12", "met"), ("DSS-14", "met")),
        SeededIndex.With(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero), ("DSS-01", "not-met")),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void The_light_reader_reads_the_evidence_the_full_report_gives(string json)
    {
        var full = ServiceEvidence.From("mop", "permisos", 7, AssessmentFile.Parse(json, "assessment.json").Value!);

        var light = new EvidenceReader().Read("mop", "permisos", 7, json);

        Assert.Equal(Shown(full), Shown(light));
        Assert.Equal(4, light.Criteria.Count);
        Assert.True(light.ViolationsPerAssessedPage.Count < AssessmentFile.Parse(json, "assessment.json").Value!.Pages.Count, "pages that could not be assessed are left out");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Kinds), MemberType = typeof(TestDatabases))]
    public async Task The_index_from_the_counted_documents_is_the_index_from_every_document_read_in_full(string kind)
    {
        await using var store = await TestDatabases.OpenAsync(kind);
        await SeededIndex.SeedAsync(store);
        var method = IndexMethodFile.Shipped();
        IndexPeriod[] periods = [IndexPeriod.Year(2024), IndexPeriod.Year(2025), IndexPeriod.Year(2026)];

        // The way the index read its stored assessments before: every document of the periods, with the full model.
        var everything = new List<ServiceEvidence>();
        foreach (var stored in await store.ListAssessmentsAsync(periods[0].Start, periods[^1].End, CancellationToken.None))
        {
            everything.Add(ServiceEvidence.From(stored.InstitutionId, stored.ServiceId, stored.Id, AssessmentFile.Parse(stored.Document, "assessment.json").Value!));
        }

        var catalogue = await StoredIndex.CatalogueAsync(store, CancellationToken.None);
        var expected = IndexComputation.History(method, catalogue, periods, everything);

        var actual = await StoredIndex.ComputeAsync(store, method, periods, CancellationToken.None);

        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
        Assert.Contains(actual[^1].Services, s => s.Status == StandingStatus.Ranked);
    }

    [Fact]
    public async Task A_damaged_stored_document_is_a_store_error_naming_the_assessment()
    {
        await using var store = await TestDatabases.OpenAsync("sqlite");
        await store.AddInstitutionAsync(new Institution("mop", "Ministry of Public Works", "Ministerio de Obras Públicas", InstitutionLevel.Central, null), CancellationToken.None);
        await store.AddServiceAsync(new IndexedService("mop", "permisos", "Permisos", null, null), CancellationToken.None);
        var at = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var damaged = await store.StoreAssessmentAsync(new NewAssessment("mop", "permisos", "h", at, at, "0.1.0", "digital-service-standard", "1.0.0", null, "{\"schemaVersion\": 1, \"run\": "), CancellationToken.None);

        var error = await Assert.ThrowsAsync<IndexStoreException>(() => StoredIndex.ComputeAsync(store, IndexMethodFile.Shipped(), [IndexPeriod.Year(2026)], CancellationToken.None));

        Assert.StartsWith($"stored assessment {damaged.Assessment.Id} of mop/permisos cannot be read: ", error.Message, StringComparison.Ordinal);
    }

    private static string Shown(ServiceEvidence e) => JsonSerializer.Serialize(new
    {
        e.InstitutionId,
        e.ServiceId,
        e.AssessmentId,
        e.StartedAt,
        e.StandardId,
        e.StandardVersion,
        Criteria = e.Criteria.Select(c => new { c.Id, c.Title, c.Outcome, c.EvidenceTags }),
        e.ViolationsPerAssessedPage,
    });
}
