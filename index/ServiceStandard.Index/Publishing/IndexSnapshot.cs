using ServiceStandard.Index.Catalogue;
using ServiceStandard.Index.Computation;
using ServiceStandard.Index.Method;
using ServiceStandard.Index.Periods;
using ServiceStandard.Index.Storage;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Index.Publishing;

/// <summary>What the index says about one counted assessment on a service's page: where it came from and how its criteria and pages fared.</summary>
public sealed record AssessmentSummary(
    long Id,
    DateTimeOffset StartedAt,
    DateTimeOffset ReceivedAt,
    string ToolVersion,
    string StandardId,
    string StandardVersion,
    string? Commit,
    int PagesAssessed,
    int Violations,
    IReadOnlyList<CriterionEvidence> Criteria)
{
    public int Count(CriterionOutcome outcome) => Criteria.Count(c => c.Outcome == outcome);
}

/// <summary>An institution's standing in one period of its history.</summary>
public sealed record HistoryPoint(string Period, InstitutionStanding Standing);

/// <summary>
/// Everything the read API, the open data and the public site publish for one period, computed once
/// from the store by one method: the period's index, the same kind of periods before it (computed by
/// the same method, so the history compares like with like), the movement since the previous period
/// and the counted assessments' summaries. The server, <c>index build</c> and the tests all render
/// from this, which is why the static export and the served site are the same pages.
/// </summary>
public sealed record IndexSnapshot(
    IndexMethod Method,
    IndexCatalogue Catalogue,
    PeriodIndex Current,
    IReadOnlyList<PeriodIndex> History,
    IReadOnlyDictionary<string, Movement> Movements,
    IReadOnlyDictionary<long, AssessmentSummary> Assessments)
{
    /// <summary>How many periods the history shows, the current one included.</summary>
    public const int HistoryLength = 5;

    public Institution? Institution(string id) => Catalogue.Institutions.FirstOrDefault(i => i.Id == id);

    public IndexedService? Service(string institutionId, string serviceId) =>
        Catalogue.Services.FirstOrDefault(s => s.InstitutionId == institutionId && s.Id == serviceId);

    public InstitutionStanding Standing(string institutionId) => Current.Institutions.First(i => i.InstitutionId == institutionId);

    public ServiceStanding Standing(string institutionId, string serviceId) =>
        Current.Services.First(s => s.InstitutionId == institutionId && s.ServiceId == serviceId);

    public IReadOnlyList<HistoryPoint> HistoryOf(string institutionId) =>
        [.. History.Select(p => new HistoryPoint(p.Period, p.Institutions.First(i => i.InstitutionId == institutionId)))];

    /// <summary>A criterion's title, as the counted assessments give it (the id when none does).</summary>
    public string CriterionTitle(string criterionId) =>
        Assessments.Values.SelectMany(a => a.Criteria).FirstOrDefault(c => c.Id == criterionId)?.Title ?? criterionId;

    /// <summary>A score as published: rounded to the method's decimals.</summary>
    public double Published(double score) => IndexComputation.Published(score, Method.Decimals);

    public static async Task<IndexSnapshot> LoadAsync(IIndexStore store, IndexMethod method, IndexPeriod period, CancellationToken cancellationToken)
    {
        var periods = new List<IndexPeriod> { period };
        while (periods.Count < HistoryLength)
        {
            periods.Insert(0, periods[0].Previous());
        }

        var catalogue = await StoredIndex.CatalogueAsync(store, cancellationToken);
        var evidence = new List<ServiceEvidence>();
        var summaries = new Dictionary<long, AssessmentSummary>();
        foreach (var stored in await store.ListAssessmentsAsync(periods[0].Start, period.End, cancellationToken))
        {
            var read = AssessmentFile.Parse(stored.Document, $"assessment {stored.Id}");
            if (!read.Succeeded)
            {
                // Every document was validated when it was uploaded: one that no longer reads is damage, not input.
                throw new IndexStoreException($"stored assessment {stored.Id} of {stored.InstitutionId}/{stored.ServiceId} cannot be read: {read.Errors.First().Message}");
            }

            var one = ServiceEvidence.From(stored.InstitutionId, stored.ServiceId, stored.Id, read.Value!);
            evidence.Add(one);
            if (period.Contains(stored.StartedAt))
            {
                summaries[stored.Id] = new AssessmentSummary(stored.Id, stored.StartedAt, stored.ReceivedAt, stored.ToolVersion, stored.StandardId, stored.StandardVersion,
                    stored.Commit, one.ViolationsPerAssessedPage.Count, one.ViolationsPerAssessedPage.Sum(), one.Criteria);
            }
        }

        var history = IndexComputation.History(method, catalogue, periods, evidence);
        var current = history[^1];
        var movements = IndexComputation.Movements(current, history[^2], method.Decimals).ToDictionary(m => m.InstitutionId);
        var counted = current.Services.Where(s => s.AssessmentId is not null).Select(s => s.AssessmentId!.Value).ToHashSet();
        return new IndexSnapshot(method, catalogue, current, history, movements, summaries.Where(s => counted.Contains(s.Key)).ToDictionary());
    }
}
