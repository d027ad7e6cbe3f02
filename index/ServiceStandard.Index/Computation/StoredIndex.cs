using ServiceStandard.Index.Method;
using ServiceStandard.Index.Periods;
using ServiceStandard.Index.Storage;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Index.Computation;

/// <summary>
/// Feeds the pure computations from a store: the catalogue, and the stored assessments of the
/// periods read back into <see cref="ServiceEvidence"/>. What the site, the static export and the
/// open data publish is <see cref="ComputeAsync"/>'s result.
/// </summary>
public static class StoredIndex
{
    public static async Task<IndexCatalogue> CatalogueAsync(IIndexStore store, CancellationToken cancellationToken) =>
        new(await store.ListInstitutionsAsync(cancellationToken), await store.ListServicesAsync(cancellationToken));

    /// <summary>Every stored assessment whose run started in one of <paramref name="periods"/>, read with the model's reader.</summary>
    public static async Task<IReadOnlyList<ServiceEvidence>> EvidenceAsync(IIndexStore store, IReadOnlyList<IndexPeriod> periods, CancellationToken cancellationToken)
    {
        var evidence = new List<ServiceEvidence>();
        foreach (var period in periods.Distinct())
        {
            foreach (var stored in await store.ListAssessmentsAsync(period.Start, period.End, cancellationToken))
            {
                var read = AssessmentFile.Parse(stored.Document, $"assessment {stored.Id}");
                if (!read.Succeeded)
                {
                    // Every document was validated when it was uploaded: one that no longer reads is damage, not input.
                    throw new IndexStoreException($"stored assessment {stored.Id} of {stored.InstitutionId}/{stored.ServiceId} cannot be read: {read.Errors.First().Message}");
                }

                evidence.Add(ServiceEvidence.From(stored.InstitutionId, stored.ServiceId, stored.Id, read.Value!));
            }
        }

        return evidence;
    }

    /// <summary>The index of each period, oldest first, all by <paramref name="method"/>.</summary>
    public static async Task<IReadOnlyList<PeriodIndex>> ComputeAsync(IIndexStore store, IndexMethod method, IReadOnlyList<IndexPeriod> periods, CancellationToken cancellationToken)
    {
        var catalogue = await CatalogueAsync(store, cancellationToken);
        var evidence = await EvidenceAsync(store, periods, cancellationToken);
        return IndexComputation.History(method, catalogue, periods, evidence);
    }
}
