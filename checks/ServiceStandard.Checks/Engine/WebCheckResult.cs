using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Checks.Engine;

/// <summary>
/// What running the web checks produced: findings (one per fingerprint), checks that failed, pages
/// a check could not assess, and the checks that ran.
/// </summary>
/// <param name="Occurrences">How many times each fingerprint was found (journey steps that show the same page state find the same problem again).</param>
public sealed record WebCheckResult(
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<CheckError> Errors,
    IReadOnlyList<EvidenceGap> NotAssessed,
    IReadOnlyList<string> ChecksRun,
    IReadOnlyDictionary<string, int> Occurrences)
{
    public int TimesSeen(Finding finding) => Occurrences.GetValueOrDefault(finding.Fingerprint);
}
