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

    // Lookups by id, made once: every page of a site of thousands of institutions asks for a few of them.
    private readonly Dictionary<string, Institution> institutions = Catalogue.Institutions.ToDictionary(i => i.Id, StringComparer.Ordinal);
    private readonly Dictionary<(string, string), IndexedService> services = Catalogue.Services.ToDictionary(s => (s.InstitutionId, s.Id));
    private readonly ILookup<string, IndexedService> servicesOf = Catalogue.Services.ToLookup(s => s.InstitutionId, StringComparer.Ordinal);
    private readonly Dictionary<string, InstitutionStanding> institutionStandings = Current.Institutions.ToDictionary(i => i.InstitutionId, StringComparer.Ordinal);
    private readonly Dictionary<(string, string), ServiceStanding> serviceStandings = Current.Services.ToDictionary(s => (s.InstitutionId, s.ServiceId));
    private readonly ILookup<string, ServiceStanding> serviceStandingsOf = Current.Services.ToLookup(s => s.InstitutionId, StringComparer.Ordinal);
    private readonly List<Dictionary<string, InstitutionStanding>> history =
        [.. History.Select(p => p.Institutions.ToDictionary(i => i.InstitutionId, StringComparer.Ordinal))];

    private readonly Lazy<Dictionary<string, (string StandardId, string Title)>> criterionTitles = new(() =>
    {
        var titles = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var assessment in Assessments.Values)
        {
            foreach (var criterion in assessment.Criteria)
            {
                titles.TryAdd(criterion.Id, (assessment.StandardId, criterion.Title));
            }
        }

        return titles;
    });

    /// <summary>The standards' own criterion titles in the site's languages; none: the assessments' titles.</summary>
    public CriterionTitles Titles { get; init; } = CriterionTitles.None;

    public Institution? Institution(string id) => institutions.GetValueOrDefault(id);

    public IndexedService? Service(string institutionId, string serviceId) => services.GetValueOrDefault((institutionId, serviceId));

    /// <summary>An institution's registered services, in the catalogue's order.</summary>
    public IEnumerable<IndexedService> ServicesOf(string institutionId) => servicesOf[institutionId];

    public InstitutionStanding Standing(string institutionId) => institutionStandings[institutionId];

    public ServiceStanding Standing(string institutionId, string serviceId) => serviceStandings[(institutionId, serviceId)];

    /// <summary>An institution's services' standings, in the period's order.</summary>
    public IEnumerable<ServiceStanding> StandingsOf(string institutionId) => serviceStandingsOf[institutionId];

    public IReadOnlyList<HistoryPoint> HistoryOf(string institutionId) =>
        [.. History.Select((p, i) => new HistoryPoint(p.Period, history[i][institutionId]))];

    /// <summary>A criterion's title, as the counted assessments give it (the id when none does).</summary>
    public string CriterionTitle(string criterionId) =>
        criterionTitles.Value.TryGetValue(criterionId, out var found) ? found.Title : criterionId;

    /// <summary>A criterion's title in <paramref name="language"/>: the standard's own text when the standard is known, else as the counted assessments give it.</summary>
    public string CriterionTitle(string criterionId, string language) =>
        criterionTitles.Value.TryGetValue(criterionId, out var found) ? Titles.Get(found.StandardId, criterionId, language) ?? found.Title : criterionId;

    /// <summary>A criterion of one assessment's standard, titled in <paramref name="language"/> when the standard is known.</summary>
    public string CriterionTitle(string standardId, string criterionId, string assessmentTitle, string language) =>
        Titles.Get(standardId, criterionId, language) ?? assessmentTitle;

    /// <summary>A score as published: rounded to the method's decimals.</summary>
    public double Published(double score) => IndexComputation.Published(score, Method.Decimals);

    public static async Task<IndexSnapshot> LoadAsync(IIndexStore store, IndexMethod method, IndexPeriod period, CancellationToken cancellationToken, CriterionTitles? titles = null)
    {
        var periods = new List<IndexPeriod> { period };
        while (periods.Count < HistoryLength)
        {
            periods.Insert(0, periods[0].Previous());
        }

        var catalogue = await StoredIndex.CatalogueAsync(store, cancellationToken);
        var read = await StoredIndex.CountedAsync(store, periods, cancellationToken);
        var evidence = read.Select(c => c.Evidence).ToList();
        var summaries = new Dictionary<long, AssessmentSummary>();
        foreach (var (stored, one) in read.Where(c => period.Contains(c.Header.StartedAt)))
        {
            summaries[stored.Id] = new AssessmentSummary(stored.Id, stored.StartedAt, stored.ReceivedAt, stored.ToolVersion, stored.StandardId, stored.StandardVersion,
                stored.Commit, one.ViolationsPerAssessedPage.Count, one.ViolationsPerAssessedPage.Sum(), one.Criteria);
        }

        var history = IndexComputation.History(method, catalogue, periods, evidence);
        var current = history[^1];
        var movements = IndexComputation.Movements(current, history[^2], method.Decimals).ToDictionary(m => m.InstitutionId);
        var counted = current.Services.Where(s => s.AssessmentId is not null).Select(s => s.AssessmentId!.Value).ToHashSet();
        return new IndexSnapshot(method, catalogue, current, history, movements, summaries.Where(s => counted.Contains(s.Key)).ToDictionary()) { Titles = titles ?? CriterionTitles.None };
    }
}
