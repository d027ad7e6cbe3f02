using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Index.Computation;

/// <summary>One criterion of an assessment as the index reads it: its outcome (with the assessor's judgement, if any) and its tags.</summary>
public sealed record CriterionEvidence(string Id, string Title, CriterionOutcome Outcome, IReadOnlyList<string> EvidenceTags);

/// <summary>
/// What the index reads of one stored assessment of a service: the criteria's outcomes and the
/// violations per assessed page (pages that could not be assessed are left out). Built from
/// assessment.json by <see cref="From"/>; the computations take only this, so they are tested
/// on hand-written values.
/// </summary>
public sealed record ServiceEvidence(
    string InstitutionId,
    string ServiceId,
    long AssessmentId,
    DateTimeOffset StartedAt,
    string StandardId,
    string StandardVersion,
    IReadOnlyList<CriterionEvidence> Criteria,
    IReadOnlyList<int> ViolationsPerAssessedPage)
{
    public static ServiceEvidence From(string institutionId, string serviceId, long assessmentId, AssessmentReport report) => new(
        institutionId,
        serviceId,
        assessmentId,
        report.Run.StartedAt,
        report.Standard.Id,
        report.Standard.Version,
        [.. report.Criteria.Select(c => new CriterionEvidence(c.Id, c.Title, c.Outcome, c.EvidenceTags))],
        [.. report.Pages.Where(p => p.Error is null).Select(p => p.Violations)]);
}
