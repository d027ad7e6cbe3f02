using System.Globalization;
using ServiceStandard.Model.Findings;
using ServiceStandard.Reports.Localization;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports;

/// <summary>
/// What several renderers say the same way, computed from the assessment: which findings are
/// evidence for a criterion (by tag, as the assessment links them), the labels of outcomes and
/// severities, and the verdict in words.
/// </summary>
internal static class ReportFacts
{
    public static IEnumerable<Finding> FindingsFor(AssessmentReport report, CriterionResult criterion) =>
        report.Findings.Where(f => IsEvidenceFor(f, criterion));

    public static bool IsEvidenceFor(Finding finding, CriterionResult criterion) =>
        finding.Tags.Any(t => criterion.EvidenceTags.Contains(t, StringComparer.Ordinal));

    /// <summary>Findings no criterion collects: still shown, so nothing found is lost.</summary>
    public static IEnumerable<Finding> Unlinked(AssessmentReport report) =>
        report.Findings.Where(f => !report.Criteria.Any(c => IsEvidenceFor(f, c)));

    /// <summary>Most severe first: violations before needs-review, then by severity, then new before unchanged, then by rule and place.</summary>
    public static IEnumerable<Finding> Ranked(IEnumerable<Finding> findings) =>
        findings
            .OrderBy(f => f.Kind)
            .ThenByDescending(f => f.Severity)
            .ThenBy(f => f.Baseline == BaselineState.New ? 0 : 1)
            .ThenBy(f => f.QualifiedRuleId, StringComparer.Ordinal)
            .ThenBy(Where, StringComparer.Ordinal);

    public static string OutcomeKey(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.NotMet => "outcome_not_met",
        CriterionOutcome.NeedsReview => "outcome_needs_review",
        CriterionOutcome.Met => "outcome_met",
        _ => "outcome_not_assessed",
    };

    /// <summary>The outcome as assessment.json spells it: not-met, needs-review, met, not-assessed.</summary>
    public static string OutcomeWord(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.NotMet => "not-met",
        CriterionOutcome.NeedsReview => "needs-review",
        CriterionOutcome.Met => "met",
        _ => "not-assessed",
    };

    public static string SeverityKey(Severity severity) => "severity_" + SeverityWord(severity);

    public static string SeverityWord(Severity severity) => severity.ToString().ToLowerInvariant();

    public static string StatusKey(WcagStatus status) => status switch
    {
        WcagStatus.Failed => "status_failed",
        WcagStatus.NeedsReview => "status_needs_review",
        WcagStatus.MachinePassed => "status_machine_passed",
        _ => "status_manual_only",
    };

    /// <summary>One line on what the code checks saw of a project: framework, files, Razor path, packages, compile errors (and the first, and what was not found).</summary>
    public static string CodeProjectFacts(AnalysedProject project, ReportLabels l)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(l);
        var text = l.Format(
            "code_project_facts",
            project.TargetFramework ?? l["code_framework_unknown"],
            project.CSharpFiles,
            project.RazorFiles,
            project.Razor,
            project.PackagesResolved,
            project.CompileErrors,
            project.FilesWithCompileErrors);
        if (project.PackagesUnresolved.Count > 0)
        {
            text += "; " + l.Format("code_packages_missing", string.Join(", ", project.PackagesUnresolved.Select(p => p.Version is null ? p.Id : $"{p.Id} {p.Version}")));
        }

        if ((project.FirstCompileErrors.FirstOrDefault() ?? project.FirstRazorErrors.FirstOrDefault()) is { } first)
        {
            text += "; " + l.Format("code_first_error", $"{first.Path}:{first.Line}:{first.Column} {first.Id} {first.Message}");
        }

        return text;
    }

    public static string PhaseKey(string? phase) => phase is "discovery" or "alpha" or "beta" or "live" ? "phase_" + phase : "phase_unknown";

    /// <summary>Where a finding is, in one line: the page URL and selector, the file and line, or the repository path.</summary>
    public static string Where(Finding finding) => finding.Location switch
    {
        PageLocation page => page.Selector is null ? page.Url : $"{page.Url} {page.Selector}",
        SourceLocationSpan source => $"{source.Path}:{source.StartLine}",
        RepositoryLocation repository => repository.Path,
        _ => string.Empty,
    };

    /// <summary>The verdict as a sentence, and whether it is a pass.</summary>
    public static (string Text, bool Passed) Verdict(AssessmentReport report, ReportLabels labels)
    {
        var verdict = AssessmentVerdicts.Decide(report);
        var failOn = report.Run.FailOn;
        var text = verdict switch
        {
            AssessmentVerdict.Interrupted => labels["verdict_interrupted"],
            AssessmentVerdict.NotAssessable => labels["verdict_not_assessable"],
            AssessmentVerdict.Failed => labels.Format("verdict_failed", AssessmentVerdicts.Blocking(report).Count(), failOn),
            _ when failOn == "none" => labels["verdict_passed_none"],
            _ => labels.Format("verdict_passed", failOn),
        };
        if (report.Baseline?.NewOnly == true && verdict is AssessmentVerdict.Failed or AssessmentVerdict.Passed)
        {
            text += " " + labels["verdict_new_only"];
        }

        return (text, verdict == AssessmentVerdict.Passed);
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>WCAG criteria numbers a finding's tags name (wcag143 → 1.4.3), via the rule summaries when present.</summary>
    public static IReadOnlyList<(string Number, string Url)> WcagOf(AssessmentReport report, Finding finding)
    {
        var fromCoverage = report.WcagCoverage?.Criteria ?? [];
        var numbers = report.Rules.FirstOrDefault(r => r.QualifiedRuleId == finding.QualifiedRuleId)?.Wcag
            ?? [.. finding.Tags.Select(TagToNumber).OfType<string>()];
        return [.. numbers.Select(n => (n, fromCoverage.FirstOrDefault(c => c.Number == n)?.Url ?? Understanding(n)))];
    }

    private static string? TagToNumber(string tag)
    {
        // wcag143 → 1.4.3, wcag1410 → 1.4.10; level tags (wcag2aa) have letters.
        if (!tag.StartsWith("wcag", StringComparison.Ordinal) || tag.Length < 7 || !tag.AsSpan(4).ContainsOnlyDigits())
        {
            return null;
        }

        var digits = tag[4..];
        return $"{digits[0]}.{digits[1]}.{digits[2..]}";
    }

    /// <summary>The W3C's WCAG 2.2 quick reference for a criterion number, when the assessment has no URL for it.</summary>
    private static string Understanding(string number) => $"https://www.w3.org/WAI/WCAG22/quickref/#{number}";
}

internal static class SpanExtensions
{
    public static bool ContainsOnlyDigits(this ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
