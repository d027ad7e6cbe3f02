using System.Text.Json;
using System.Threading.Channels;
using ServiceStandard.Index.Method;
using ServiceStandard.Index.Periods;
using ServiceStandard.Index.Storage;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Index.Computation;

/// <summary>A counted assessment: its stored columns and what the index reads of its document.</summary>
public sealed record CountedAssessment(AssessmentHeader Header, ServiceEvidence Evidence);

/// <summary>
/// Feeds the pure computations from a store: the catalogue, and each service's counted assessment
/// of the periods read back into <see cref="ServiceEvidence"/>. What the site, the static export and
/// the open data publish is <see cref="ComputeAsync"/>'s result.
/// </summary>
public static class StoredIndex
{
    public static async Task<IndexCatalogue> CatalogueAsync(IIndexStore store, CancellationToken cancellationToken) =>
        new(await store.ListInstitutionsAsync(cancellationToken), await store.ListServicesAsync(cancellationToken));

    /// <summary>
    /// The assessment that counts for each service in each of <paramref name="periods"/>. The period rule
    /// (<see cref="PeriodSelection"/>) chooses them from the stored columns first; only their documents are
    /// read, one at a time, and only what the index uses is kept of each (<see cref="EvidenceReader"/>), so
    /// the time and memory follow the number of counted assessments, not the size of what is stored.
    /// </summary>
    public static async Task<IReadOnlyList<CountedAssessment>> CountedAsync(IIndexStore store, IReadOnlyList<IndexPeriod> periods, CancellationToken cancellationToken)
    {
        var chosen = new Dictionary<long, AssessmentHeader>();
        foreach (var period in periods.Distinct())
        {
            var headers = await store.ListAssessmentHeadersAsync(period.Start, period.End, cancellationToken);
            foreach (var header in PeriodSelection.Latest(headers, period, h => (h.InstitutionId, h.ServiceId, h.StartedAt, h.Id)))
            {
                chosen[header.Id] = header;
            }
        }

        // The store reads documents while another thread parses them: two cores, one document each in hand,
        // and a short queue between them so memory stays bounded whatever the portfolio's size.
        var reader = new EvidenceReader();
        var counted = new List<CountedAssessment>(chosen.Count);
        var queue = Channel.CreateBounded<(AssessmentHeader Header, string Document)>(new BoundedChannelOptions(DocumentsInFlight) { SingleReader = true, SingleWriter = true });
        var parse = Task.Run(async () =>
        {
            try
            {
                await foreach (var (header, document) in queue.Reader.ReadAllAsync(cancellationToken))
                {
                    counted.Add(new CountedAssessment(header, Read(reader, header, document)));
                }
            }
            catch (Exception ex)
            {
                // A damaged document stops the reading too: the store's side finds the queue closed.
                queue.Writer.TryComplete(ex);
                throw;
            }
        }, cancellationToken);
        try
        {
            await store.ReadDocumentsAsync(chosen.Keys, (id, document) =>
            {
                // The callback is synchronous: wait for room in the queue rather than hold more documents.
                if (!queue.Writer.TryWrite((chosen[id], document)))
                {
                    queue.Writer.WriteAsync((chosen[id], document), cancellationToken).AsTask().GetAwaiter().GetResult();
                }
            }, cancellationToken);
            queue.Writer.TryComplete();
        }
        catch (ChannelClosedException)
        {
            // The parser stopped first; awaiting it below throws its reason.
        }
        catch (Exception ex)
        {
            queue.Writer.TryComplete(ex);
            await parse.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }

        await parse;
        return counted;
    }

    /// <summary>The evidence of each service's counted assessment in each of <paramref name="periods"/>.</summary>
    public static async Task<IReadOnlyList<ServiceEvidence>> EvidenceAsync(IIndexStore store, IReadOnlyList<IndexPeriod> periods, CancellationToken cancellationToken) =>
        [.. (await CountedAsync(store, periods, cancellationToken)).Select(c => c.Evidence)];

    /// <summary>The index of each period, oldest first, all by <paramref name="method"/>.</summary>
    public static async Task<IReadOnlyList<PeriodIndex>> ComputeAsync(IIndexStore store, IndexMethod method, IReadOnlyList<IndexPeriod> periods, CancellationToken cancellationToken)
    {
        var catalogue = await CatalogueAsync(store, cancellationToken);
        var evidence = await EvidenceAsync(store, periods, cancellationToken);
        return IndexComputation.History(method, catalogue, periods, evidence);
    }

    private const int DocumentsInFlight = 32;

    private static ServiceEvidence Read(EvidenceReader reader, AssessmentHeader header, string document)
    {
        try
        {
            return reader.Read(header.InstitutionId, header.ServiceId, header.Id, document);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException)
        {
            // Every document was validated when it was uploaded: one that no longer reads is damage, not input.
            // The model's reader says where it breaks.
            var full = AssessmentFile.Parse(document, $"assessment {header.Id}");
            var why = full.Succeeded ? ex.Message : full.Errors.First().Message;
            throw new IndexStoreException($"stored assessment {header.Id} of {header.InstitutionId}/{header.ServiceId} cannot be read: {why}", ex);
        }
    }
}
