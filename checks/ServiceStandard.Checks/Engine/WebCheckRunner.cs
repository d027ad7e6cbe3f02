using ServiceStandard.Model.Findings;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Engine;

/// <summary>
/// Runs the selected web checks over the evidence, as Lighthouse's runner runs audits: a check that
/// throws becomes a <see cref="CheckError"/> and the others go on; page-level checks skip pages the
/// gatherer could not load; findings with the same fingerprint are reported once.
/// </summary>
public sealed class WebCheckRunner(IReadOnlyList<IWebCheck> checks)
{
    public IReadOnlyList<IWebCheck> Checks { get; } = checks;

    public WebCheckResult Run(WebEvidence evidence, CheckContext context, CheckFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= CheckFilter.All;
        var findings = new List<Finding>();
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new List<CheckError>();
        var gaps = new List<EvidenceGap>();
        var ran = new List<string>();

        foreach (var check in Checks.Where(c => filter.RunsCheck(c.Id)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            ran.Add(check.Id);
            foreach (var page in evidence.AssessablePages)
            {
                var missing = check.RequiredEvidence.Where(kind => !page.IsPresent(kind)).Select(kind => kind.Name()).ToList();
                if (missing.Count > 0)
                {
                    gaps.Add(new EvidenceGap(check.Id, page.FinalUrl, missing));
                }

                if (check.Scope == CheckScope.Page)
                {
                    Collect(check, new WebEvidence([page]), page);
                }
            }

            if (check.Scope == CheckScope.Site)
            {
                Collect(check, evidence, null);
            }
        }

        return new WebCheckResult(findings, errors, gaps, ran, occurrences);

        void Collect(IWebCheck check, WebEvidence input, PageSnapshot? page)
        {
            List<Finding> produced;
            try
            {
                produced = [.. check.Run(input, context)];
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bug in one check must not cost the user the rest of the assessment.
                errors.Add(new CheckError(check.Id, $"{ex.GetType().Name}: {ex.Message}", page?.FinalUrl));
                return;
            }

            foreach (var finding in produced)
            {
                if (!filter.KeepsRule(finding.QualifiedRuleId) || !context.IsInScope(finding))
                {
                    continue;
                }

                if (occurrences.TryGetValue(finding.Fingerprint, out var seen))
                {
                    occurrences[finding.Fingerprint] = seen + 1;
                    continue;
                }

                occurrences[finding.Fingerprint] = 1;
                findings.Add(finding);
            }
        }
    }
}
