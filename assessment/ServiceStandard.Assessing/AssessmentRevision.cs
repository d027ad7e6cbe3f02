using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Assessing;

/// <summary>
/// What <c>servicestandard report</c> adds to a saved assessment, in the order <c>assess</c> would:
/// the assessor's judgements (judgements.yml) and a comparison with an earlier run (its
/// assessment.json). The command only parses, calls this and prints.
/// </summary>
public static class AssessmentRevision
{
    /// <summary>The assessment with the judgements and the baseline applied; every problem of either file, located.</summary>
    public static LoadResult<AssessmentReport> Apply(AssessmentReport report, string? judgementsPath, string? baselinePath, bool newOnly)
    {
        ArgumentNullException.ThrowIfNull(report);
        var diagnostics = new List<Diagnostic>();
        if (judgementsPath is not null)
        {
            var judgements = Judgements.Load(judgementsPath);
            diagnostics.AddRange(judgements.Diagnostics);
            if (!judgements.Succeeded)
            {
                return LoadResult<AssessmentReport>.Failed(diagnostics);
            }

            var judged = judgements.Value!.Apply(report);
            diagnostics.AddRange(judged.Diagnostics);
            if (!judged.Succeeded)
            {
                return LoadResult<AssessmentReport>.Failed(diagnostics);
            }

            report = judged.Value!;
        }

        if (baselinePath is not null)
        {
            var baseline = Baseline.Load(baselinePath);
            diagnostics.AddRange(baseline.Diagnostics);
            if (!baseline.Succeeded)
            {
                return LoadResult<AssessmentReport>.Failed(diagnostics);
            }

            var (findings, suppressed, comparison) = baseline.Value!.Compare(report.Findings, report.Suppressed, newOnly);
            report = report with { Findings = findings, Suppressed = suppressed, Baseline = comparison };
        }

        return new LoadResult<AssessmentReport>(report, diagnostics);
    }
}
