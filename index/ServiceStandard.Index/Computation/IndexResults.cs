using ServiceStandard.Index.Catalogue;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Index.Computation;

/// <summary>Why a service or institution has the status it has in a period.</summary>
public enum StandingStatus
{
    /// <summary>Scored, with enough coverage: it has a rank.</summary>
    Ranked,

    /// <summary>Scored, but too little of it was assessed to rank it (below the method's minimum coverage or service share).</summary>
    BelowCoverage,

    /// <summary>Assessed, but no criterion of it could be assessed: no score, never a 0 or a 100.</summary>
    Unscored,

    /// <summary>No assessment in the period.</summary>
    NotAssessed,
}

/// <summary>A service's score in a period: 0–100 (null when unscored or not assessed), how it was reached and its rank among all ranked services.</summary>
/// <param name="CriteriaScore">The weighted mean of its assessed criteria's outcome scores, 0–1; null when none was assessed.</param>
/// <param name="FindingsScore">1 − the mean capped violations per assessed page over the cap, 0–1; null when no page was assessed.</param>
/// <param name="Coverage">The share of its criterion weight that was assessed, 0–1.</param>
public sealed record ServiceStanding(
    string InstitutionId,
    string ServiceId,
    long? AssessmentId,
    StandingStatus Status,
    double? Score,
    double? CriteriaScore,
    double? FindingsScore,
    double Coverage,
    int? Rank);

/// <summary>An institution's score in a period: the mean of its ranked services' scores.</summary>
public sealed record InstitutionStanding(
    string InstitutionId,
    InstitutionLevel Level,
    StandingStatus Status,
    double? Score,
    int ServicesRegistered,
    int ServicesRanked,
    int? Rank,
    int? RankInLevel);

/// <summary>The mean score of a level's ranked institutions (null when none is ranked).</summary>
public sealed record LevelStanding(InstitutionLevel Level, double? Score, int InstitutionsRanked, int Institutions);

/// <summary>How an institution moved since the previous period, both computed by the same method.</summary>
/// <param name="ScoreChange">Current − previous published score; null unless ranked in both.</param>
/// <param name="RankChange">Previous rank − current rank (positive: it climbed); null unless ranked in both.</param>
/// <param name="IsNew">Ranked now and not in the previous period.</param>
public sealed record Movement(string InstitutionId, double? ScoreChange, int? RankChange, bool IsNew);

/// <summary>One cell of the heat map: how an institution's counted services fared on one criterion.</summary>
/// <param name="Score">The mean outcome score (0–1) over the services where it was assessed; null when it was assessed nowhere.</param>
public sealed record HeatMapCell(string InstitutionId, string CriterionId, int Met, int NeedsReview, int NotMet, int NotAssessed, double? Score);

/// <summary>A criterion and how often it was not met across the country's counted services.</summary>
/// <param name="Share">NotMet over the services where it was assessed.</param>
public sealed record CriterionNotMet(string CriterionId, string Title, int NotMet, int Assessed, double Share);

/// <summary>The whole index for one period, computed by one method version from the stored assessments.</summary>
public sealed record PeriodIndex(
    string Period,
    string MethodVersion,
    IReadOnlyList<ServiceStanding> Services,
    IReadOnlyList<InstitutionStanding> Institutions,
    IReadOnlyList<LevelStanding> Levels,
    IReadOnlyList<string> Criteria,
    IReadOnlyList<HeatMapCell> HeatMap,
    IReadOnlyList<CriterionNotMet> MostOftenNotMet);

/// <summary>The registered institutions and services (the index's denominator).</summary>
public sealed record IndexCatalogue(IReadOnlyList<Institution> Institutions, IReadOnlyList<IndexedService> Services);

/// <summary>How one criterion of one service's counted assessment scored (for the heat map).</summary>
internal sealed record ScoredCriterion(CriterionEvidence Criterion, double Weight, double? OutcomeScore);

internal static class OutcomeCounts
{
    public static (int Met, int Review, int NotMet, int NotAssessed) Count(IEnumerable<CriterionOutcome> outcomes)
    {
        int met = 0, review = 0, notMet = 0, notAssessed = 0;
        foreach (var outcome in outcomes)
        {
            switch (outcome)
            {
                case CriterionOutcome.Met: met++; break;
                case CriterionOutcome.NeedsReview: review++; break;
                case CriterionOutcome.NotMet: notMet++; break;
                default: notAssessed++; break;
            }
        }

        return (met, review, notMet, notAssessed);
    }
}
