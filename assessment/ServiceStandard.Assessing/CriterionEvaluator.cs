using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Model.Findings;
using ServiceStandard.Standard;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Assessing;

/// <summary>
/// Links findings to criteria by tag (never by code) and decides each criterion's outcome from
/// the machine's side: not met when a blocking violation is among its evidence, needs assessor
/// review when evidence was gathered and is clean or partial, not assessed when no check that
/// could give evidence for it ran. Only an assessor's judgement makes a criterion met
/// (<see cref="Judgements"/>).
/// </summary>
public static class CriterionEvaluator
{
    public static IReadOnlyList<CriterionResult> Evaluate(
        StandardDefinition standard,
        IReadOnlyList<Finding> findings,
        IReadOnlySet<string> tagsWithEvidence,
        Severity? blockingSeverity,
        string language)
    {
        return [.. standard.Criteria.Select(criterion =>
        {
            var tags = criterion.EvidenceTags;
            var related = findings.Where(f => f.Tags.Any(t => tags.Contains(t, StringComparer.Ordinal))).ToList();
            var violations = related.Count(f => f.Kind == FindingKind.Violation);
            var review = related.Count(f => f.Kind == FindingKind.NeedsReview);
            var blocking = related.Count(f => f.Kind == FindingKind.Violation && blockingSeverity is { } threshold && f.Severity >= threshold);
            var assessed = tags.Any(tagsWithEvidence.Contains);

            var reasons = CriterionReasons.Messages;
            var (outcome, reason) = (blocking, assessed) switch
            {
                ( > 0, _) => (CriterionOutcome.NotMet, reasons.Format(language, "blocking-violations", ("blocking", blocking))),
                (_, true) => (CriterionOutcome.NeedsReview, violations + review == 0
                    ? reasons.Format(language, "no-problems")
                    : reasons.Format(language, "below-blocking", ("violations", violations), ("review", review))),
                _ => (CriterionOutcome.NotAssessed, reasons.Format(language, "no-evidence")),
            };
            return new CriterionResult(criterion.Id, criterion.Slug, criterion.Title.Get(language), outcome, tags, violations, review, reason)
            {
                AssessorQuestions = [.. criterion.AssessorQuestions.Select(q => q.Get(language))],
            };
        })];
    }
}
