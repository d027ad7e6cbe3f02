using ServiceStandard.Model.Findings;

namespace ServiceStandard.Model.Assessment;

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

        // A shard's findings are not the verdict: checks across pages saw only its share, and
        // `merge` decides over every page. One shard failing must not stop a CI matrix's others.
        if (report.Shard is not null)
        {
            return AssessmentVerdict.Passed;
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

    /// <summary>
    /// The lowest blocking severity for a failOn word (a severity's name, lowercase); null for
    /// <c>none</c> or an unknown word. The configuration validates the word, against the same names.
    /// </summary>
    public static Severity? Threshold(string failOn) =>
        failOn == failOn.ToLowerInvariant() && Enum.TryParse<Severity>(failOn, ignoreCase: true, out var severity) && Enum.IsDefined(severity) && !int.TryParse(failOn, out _)
            ? severity
            : null;
}
