using ServiceStandard.Index.Catalogue;
using ServiceStandard.Index.Method;
using ServiceStandard.Index.Periods;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Index.Computation;

/// <summary>
/// The index as pure functions of the method, the catalogue and the stored assessments: nothing is
/// kept between periods, so computing every period again under a new method (<see cref="History"/>)
/// is how past periods follow a change of method.
/// </summary>
public static class IndexComputation
{
    /// <summary>A service's score from its counted assessment (docs/index-method.md, "Service score").</summary>
    public static ServiceStanding ScoreService(IndexMethod method, ServiceEvidence evidence)
    {
        var scored = Score(method, evidence);
        var totalWeight = scored.Sum(c => c.Weight);
        var assessedWeight = scored.Where(c => c.OutcomeScore is not null).Sum(c => c.Weight);
        var coverage = totalWeight > 0 ? assessedWeight / totalWeight : 0;
        double? criteriaScore = assessedWeight > 0 ? scored.Where(c => c.OutcomeScore is not null).Sum(c => c.Weight * c.OutcomeScore!.Value) / assessedWeight : null;
        double? findingsScore = evidence.ViolationsPerAssessedPage.Count > 0
            ? 1 - evidence.ViolationsPerAssessedPage.Average(v => (double)Math.Min(v, method.Findings.PerPageCap) / method.Findings.PerPageCap)
            : null;

        if (criteriaScore is null)
        {
            return new ServiceStanding(evidence.InstitutionId, evidence.ServiceId, evidence.AssessmentId, StandingStatus.Unscored, null, null, findingsScore, coverage, null);
        }

        var score = 100 * (findingsScore is null
            ? criteriaScore.Value
            : ((1 - method.Findings.Share) * criteriaScore.Value) + (method.Findings.Share * findingsScore.Value));
        var status = coverage + 1e-9 >= method.MinimumCoverage ? StandingStatus.Ranked : StandingStatus.BelowCoverage;
        return new ServiceStanding(evidence.InstitutionId, evidence.ServiceId, evidence.AssessmentId, status, score, criteriaScore, findingsScore, coverage, null);
    }

    /// <summary>The index of one period: every registered service and institution, levels, ranks, heat map and the criteria most often not met.</summary>
    public static PeriodIndex Compute(IndexMethod method, IndexCatalogue catalogue, IndexPeriod period, IEnumerable<ServiceEvidence> assessments, int mostOftenNotMet = 5)
    {
        var registered = catalogue.Services.Select(s => (s.InstitutionId, s.Id)).ToHashSet();
        var counted = PeriodSelection.Latest(assessments, period)
            .Where(a => registered.Contains((a.InstitutionId, a.ServiceId)))
            .ToDictionary(a => (a.InstitutionId, a.ServiceId));

        var services = catalogue.Services
            .OrderBy(s => s.InstitutionId, StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => counted.TryGetValue((s.InstitutionId, s.Id), out var evidence)
                ? ScoreService(method, evidence)
                : new ServiceStanding(s.InstitutionId, s.Id, null, StandingStatus.NotAssessed, null, null, null, 0, null))
            .ToList();
        var serviceRanks = Ranking.Rank(services.Where(s => s.Status == StandingStatus.Ranked), s => s.Score!.Value, method.Decimals, s => $"{s.InstitutionId}/{s.ServiceId}")
            .ToDictionary(r => (r.Item.InstitutionId, r.Item.ServiceId), r => r.Rank);
        services = [.. services.Select(s => serviceRanks.TryGetValue((s.InstitutionId, s.ServiceId), out var rank) ? s with { Rank = rank } : s)];

        var servicesOf = services.ToLookup(s => s.InstitutionId, StringComparer.Ordinal);
        var institutions = catalogue.Institutions.OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => ScoreInstitution(method, i, servicesOf[i.Id])).ToList();
        institutions = Rank(method, institutions);
        var levels = Enum.GetValues<InstitutionLevel>()
            .Select(level =>
            {
                var ofLevel = institutions.Where(i => i.Level == level).ToList();
                var ranked = ofLevel.Where(i => i.Status == StandingStatus.Ranked).ToList();
                return new LevelStanding(level, ranked.Count > 0 ? ranked.Average(i => i.Score!.Value) : null, ranked.Count, ofLevel.Count);
            })
            .ToList();

        var criteria = counted.Values.SelectMany(a => a.Criteria).Select(c => c.Id).Distinct(StringComparer.Ordinal).ToList();
        return new PeriodIndex(period.Id, method.Version, services, institutions, levels, criteria,
            HeatMap(method, catalogue, counted.Values, criteria), MostOftenNotMet(counted.Values, mostOftenNotMet));
    }

    /// <summary>Every period again under one method, oldest first: past periods follow a change of method, so trends compare like with like.</summary>
    public static IReadOnlyList<PeriodIndex> History(IndexMethod method, IndexCatalogue catalogue, IEnumerable<IndexPeriod> periods, IReadOnlyList<ServiceEvidence> assessments) =>
        [.. periods.Order().Select(p => Compute(method, catalogue, p, assessments))];

    /// <summary>How each institution ranked now moved since <paramref name="previous"/>; both must come from the same method version.</summary>
    public static IReadOnlyList<Movement> Movements(PeriodIndex current, PeriodIndex previous, int decimals)
    {
        if (current.MethodVersion != previous.MethodVersion)
        {
            throw new ArgumentException($"movement compares periods computed by one method; got {current.MethodVersion} and {previous.MethodVersion}: compute the history again", nameof(previous));
        }

        var before = previous.Institutions.Where(i => i.Status == StandingStatus.Ranked).ToDictionary(i => i.InstitutionId);
        return [.. current.Institutions
            .Where(i => i.Status == StandingStatus.Ranked)
            .Select(i => before.TryGetValue(i.InstitutionId, out var was)
                ? new Movement(i.InstitutionId, Published(i.Score!.Value, decimals) - Published(was.Score!.Value, decimals), was.Rank!.Value - i.Rank!.Value, false)
                : new Movement(i.InstitutionId, null, null, true))];
    }

    public static double Published(double score, int decimals) => Math.Round(score, decimals, MidpointRounding.AwayFromZero);

    private static InstitutionStanding ScoreInstitution(IndexMethod method, Institution institution, IEnumerable<ServiceStanding> ofInstitution)
    {
        var own = ofInstitution.ToList();
        var ranked = own.Where(s => s.Status == StandingStatus.Ranked).ToList();
        if (ranked.Count == 0)
        {
            var status = own.Any(s => s.Status != StandingStatus.NotAssessed) ? StandingStatus.Unscored : StandingStatus.NotAssessed;
            return new InstitutionStanding(institution.Id, institution.Level, status, null, own.Count, 0, null, null);
        }

        var share = (double)ranked.Count / own.Count;
        return new InstitutionStanding(institution.Id, institution.Level,
            share + 1e-9 >= method.MinimumServiceShare ? StandingStatus.Ranked : StandingStatus.BelowCoverage,
            ranked.Average(s => s.Score!.Value), own.Count, ranked.Count, null, null);
    }

    private static List<InstitutionStanding> Rank(IndexMethod method, List<InstitutionStanding> institutions)
    {
        var ranked = institutions.Where(i => i.Status == StandingStatus.Ranked).ToList();
        var national = Ranking.Rank(ranked, i => i.Score!.Value, method.Decimals, i => i.InstitutionId).ToDictionary(r => r.Item.InstitutionId, r => r.Rank);
        var inLevel = ranked.GroupBy(i => i.Level)
            .SelectMany(g => Ranking.Rank(g, i => i.Score!.Value, method.Decimals, i => i.InstitutionId))
            .ToDictionary(r => r.Item.InstitutionId, r => r.Rank);
        return [.. institutions.Select(i => national.TryGetValue(i.InstitutionId, out var rank) ? i with { Rank = rank, RankInLevel = inLevel[i.InstitutionId] } : i)];
    }

    private static List<HeatMapCell> HeatMap(IndexMethod method, IndexCatalogue catalogue, IEnumerable<ServiceEvidence> counted, IReadOnlyList<string> criteria)
    {
        var byInstitution = counted.GroupBy(a => a.InstitutionId).ToDictionary(g => g.Key, g => g.Select(a => Score(method, a)).ToList());
        var cells = new List<HeatMapCell>();
        foreach (var institution in catalogue.Institutions.OrderBy(i => i.Id, StringComparer.Ordinal).Where(i => byInstitution.ContainsKey(i.Id)))
        {
            foreach (var criterion in criteria)
            {
                var ofCriterion = byInstitution[institution.Id].SelectMany(s => s).Where(c => c.Criterion.Id == criterion).ToList();
                var (met, review, notMet, notAssessed) = OutcomeCounts.Count(ofCriterion.Select(c => c.Criterion.Outcome));
                var scores = ofCriterion.Where(c => c.OutcomeScore is not null).Select(c => c.OutcomeScore!.Value).ToList();
                cells.Add(new HeatMapCell(institution.Id, criterion, met, review, notMet, notAssessed, scores.Count > 0 ? scores.Average() : null));
            }
        }

        return cells;
    }

    private static List<CriterionNotMet> MostOftenNotMet(IEnumerable<ServiceEvidence> counted, int take) =>
        [.. counted.SelectMany(a => a.Criteria)
            .GroupBy(c => c.Id, StringComparer.Ordinal)
            .Select(g =>
            {
                var notMet = g.Count(c => c.Outcome == CriterionOutcome.NotMet);
                var assessed = g.Count(c => c.Outcome != CriterionOutcome.NotAssessed);
                return new CriterionNotMet(g.Key, g.First().Title, notMet, assessed, assessed > 0 ? (double)notMet / assessed : 0);
            })
            .Where(c => c.NotMet > 0)
            .OrderByDescending(c => c.NotMet)
            .ThenByDescending(c => c.Share)
            .ThenBy(c => c.CriterionId, StringComparer.Ordinal)
            .Take(take)];

    private static List<ScoredCriterion> Score(IndexMethod method, ServiceEvidence evidence) =>
        [.. evidence.Criteria.Select(c => new ScoredCriterion(c, method.WeightOf(c.Id, c.EvidenceTags), method.Outcomes.Of(c.Outcome)))];
}
