using ServiceStandard.Checks.Configuration;
using ServiceStandard.Checks.Findings;

namespace ServiceStandard.Checks.Assessment;

/// <summary>
/// The verdict of an assessment, decided from assessment.json alone, so <c>assess</c> and
/// <c>report</c> reach the same exit code and no renderer ever decides it.
/// </summary>
public static class AssessmentVerdicts
{
    public static AssessmentVerdict Decide(AssessmentReport report)
    {
        if (report.Run.Incomplete)
        {
            return AssessmentVerdict.Interrupted;
        }

        if (report.Pages.Count > 0 && report.Pages.All(p => p.Error is not null))
        {
            return AssessmentVerdict.NotAssessable;
        }

        return Blocking(report).Any() ? AssessmentVerdict.Failed : AssessmentVerdict.Passed;
    }

    /// <summary>
    /// The findings that fail the run: violations at or above <c>run.failOn</c>, suppressed ones never
    /// (they are not in <see cref="AssessmentReport.Findings"/>), and with <c>--new-only</c> only new ones.
    /// </summary>
    public static IEnumerable<Finding> Blocking(AssessmentReport report)
    {
        if (Threshold(report.Run.FailOn) is not { } threshold)
        {
            return [];
        }

        var newOnly = report.Baseline?.NewOnly == true;
        return report.Findings.Where(f =>
            f.Kind == FindingKind.Violation && f.Severity >= threshold && (!newOnly || f.Baseline != BaselineState.Unchanged));
    }

    /// <summary>The lowest blocking severity for a failOn word; null for none (or an unknown word).</summary>
    public static Severity? Threshold(string failOn) =>
        ConfigKeywords.FailThresholds.TryParse(failOn, out var threshold)
            ? threshold switch
            {
                FailThreshold.Critical => Severity.Critical,
                FailThreshold.Serious => Severity.Serious,
                FailThreshold.Moderate => Severity.Moderate,
                FailThreshold.Minor => Severity.Minor,
                _ => null,
            }
            : null;
}
