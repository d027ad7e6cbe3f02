using ServiceStandard.Kernel;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Index.Method;

/// <summary>
/// The published method the index is computed by (index-method.yml, docs/index-method.md): how each
/// criterion weighs, what each outcome scores, how automated findings weigh, and when a service
/// or institution is ranked. Every figure the index publishes names <see cref="Version"/>.
/// </summary>
/// <param name="Outcomes">What a criterion scores, 0–1, for met, not-met and needs-review. not-assessed has no score: its weight leaves the service's coverage instead.</param>
/// <param name="DefaultWeight">The weight of a criterion neither <paramref name="CriterionWeights"/> nor <paramref name="TagWeights"/> names.</param>
/// <param name="CriterionWeights">Weights by criterion id; they win over tag weights.</param>
/// <param name="TagWeights">Weights by evidence tag; a criterion with several named tags takes the largest.</param>
/// <param name="Findings">How automated findings weigh in a service's score.</param>
/// <param name="MinimumCoverage">The share (0–1) of a service's criterion weight that must be assessed for it to be ranked.</param>
/// <param name="MinimumServiceShare">The share (0–1) of an institution's registered services that must be ranked for it to be ranked.</param>
/// <param name="Decimals">Scores are published, and ties decided, at this many decimals.</param>
public sealed record IndexMethod(
    string Version,
    LocalizedText Title,
    LocalizedText Summary,
    OutcomeScores Outcomes,
    double DefaultWeight,
    IReadOnlyDictionary<string, double> CriterionWeights,
    IReadOnlyDictionary<string, double> TagWeights,
    FindingsWeight Findings,
    double MinimumCoverage,
    double MinimumServiceShare,
    int Decimals)
{
    /// <summary>A criterion's weight: by its id, else the largest of its tags' weights, else the default.</summary>
    public double WeightOf(string criterionId, IReadOnlyList<string> evidenceTags)
    {
        if (CriterionWeights.TryGetValue(criterionId, out var weight))
        {
            return weight;
        }

        var tagged = evidenceTags.Where(TagWeights.ContainsKey).Select(t => TagWeights[t]).ToList();
        return tagged.Count > 0 ? tagged.Max() : DefaultWeight;
    }
}

/// <summary>What each assessed outcome scores, 0–1. not-assessed is never scored (it is excluded and lowers coverage).</summary>
public sealed record OutcomeScores(double Met, double NeedsReview, double NotMet)
{
    /// <summary>The score of an outcome, or null for not-assessed.</summary>
    public double? Of(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.Met => Met,
        CriterionOutcome.NeedsReview => NeedsReview,
        CriterionOutcome.NotMet => NotMet,
        _ => null,
    };
}

/// <param name="Share">The share (0–1) of a service's score that comes from its automated findings; the rest comes from its criteria.</param>
/// <param name="PerPageCap">Violations on one page beyond this many count no more: a page at the cap scores 0, a page with none 1.</param>
public sealed record FindingsWeight(double Share, int PerPageCap);
