using System.Globalization;
using ServiceStandard.Kernel.Text;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Findings;
using ServiceStandard.Reports.Html;
using ServiceStandard.Reports.Localization;
using ServiceStandard.Reports.Text;

namespace ServiceStandard.Reports.Documents;

/// <summary>The format a document is written in: which way page-supplied text is made safe.</summary>
internal enum DocumentFormat
{
    /// <summary>Text is revealed (hidden characters shown); the template's HTML encoder escapes it.</summary>
    Html,

    /// <summary>Text is escaped for Markdown here; the template prints it as it is.</summary>
    Markdown,
}

/// <summary>
/// Builds the documents' view from the assessment: every WCAG 2.2 success criterion at levels A and
/// AA with the outcome <see cref="WcagCoverageEntry.Outcome"/> gives it (a person's judgement, else
/// what the machine can say alone), its remarks, and the statement's paragraphs.
/// </summary>
internal sealed class DocumentViewBuilder(ReportInput input, ReportLabels labels, DocumentFormat format, ReportStylesheet? stylesheet = null)
{
    private readonly AssessmentReport _report = input.Assessment;

    public DocumentView Build(string titleKey)
    {
        var report = _report;
        var css = (stylesheet ?? ReportStylesheet.Default).Css;
        var serviceName = T(report.Service.Name ?? report.Scope.BaseUrl ?? labels["unnamed_service"]);
        var version = report.WcagCoverage?.Version ?? "2.2";
        var criteria = Criteria(report).Select(Criterion).ToList();
        var counts = Counts(criteria, version);
        var title = labels.Format(titleKey, serviceName);
        return new DocumentView(
            labels.Language,
            title,
            title,
            HtmlViewBuilder.ContentSecurityPolicy(css),
            css,
            labels.Values,
            serviceName,
            Date(report.Run.StartedAt),
            version,
            $"{report.Run.Tool} {report.Run.ToolVersion}",
            report.Totals.PagesAssessed,
            labels.Format("acr_methods_text", report.Run.Tool, report.Run.ToolVersion, report.Totals.PagesAssessed),
            labels.Format("acr_standards_text", version),
            labels.Format("doc_still_to_decide_intro", counts.StillToDecide, counts.Total),
            criteria.Count > 0,
            counts,
            criteria,
            [.. criteria.Where(c => c.Level == "A")],
            [.. criteria.Where(c => c.Level == "AA")],
            [.. criteria.Where(c => c.Outcome == "failed")],
            [.. criteria.Where(c => c.Outcome is "cantTell" or "untested")],
            Statement(counts, version, serviceName),
            [.. report.Pages.Where(p => p.Error is null).Select(p => new SamplePageView(T(p.FinalUrl), T(p.Title.Length == 0 ? p.FinalUrl : p.Title)))],
            labels.Format("doc_generated", report.Run.Tool, report.Run.ToolVersion));
    }

    /// <summary>The success criteria at levels A and AA the assessment covers: the documents' scope.</summary>
    public static IReadOnlyList<WcagCoverageEntry> Criteria(AssessmentReport report) =>
        report.WcagCoverage?.Criteria.Where(c => c.Level is "A" or "AA").ToList() ?? [];

    /// <summary>The ACR's conformance level for an outcome: only a person's passed supports.</summary>
    public static string AcrWord(WcagEmOutcome outcome) => outcome switch
    {
        WcagEmOutcome.Passed => "supports",
        WcagEmOutcome.Failed => "does-not-support",
        WcagEmOutcome.Inapplicable => "not-applicable",
        _ => "not-evaluated",
    };

    public static string EarlWord(WcagEmOutcome outcome) => outcome switch
    {
        WcagEmOutcome.Passed => "passed",
        WcagEmOutcome.Failed => "failed",
        WcagEmOutcome.CantTell => "cantTell",
        WcagEmOutcome.Inapplicable => "inapplicable",
        _ => "untested",
    };

    public static string OutcomeKey(WcagEmOutcome outcome) => outcome switch
    {
        WcagEmOutcome.Passed => "wcagem_passed",
        WcagEmOutcome.Failed => "wcagem_failed",
        WcagEmOutcome.CantTell => "wcagem_cant_tell",
        WcagEmOutcome.Inapplicable => "wcagem_inapplicable",
        _ => "wcagem_untested",
    };

    /// <summary>What the machine alone says of a criterion, in a sentence of the report's language.</summary>
    public static string Automated(WcagCoverageEntry criterion, ReportLabels labels) => criterion.Status switch
    {
        WcagStatus.Failed => labels.Format("doc_automated_failed", criterion.Violations),
        WcagStatus.NeedsReview => labels.Format("doc_automated_review", criterion.NeedsReview),
        WcagStatus.MachinePassed => labels["doc_automated_nothing"],
        _ => labels["doc_automated_manual"],
    };

    /// <summary>The findings of a criterion by rule, in plain words: the rule's help and how many places.</summary>
    public static IEnumerable<(string Text, int Places)> FindingsByRule(AssessmentReport report, WcagCoverageEntry criterion)
    {
        var tag = "wcag" + criterion.Number.Replace(".", string.Empty, StringComparison.Ordinal);
        return report.Findings
            .Where(f => f.Kind == FindingKind.Violation && f.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
            .GroupBy(f => f.QualifiedRuleId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (report.Rules.FirstOrDefault(r => r.QualifiedRuleId == g.Key)?.Help ?? g.First().Help, g.Sum(f => Math.Max(1, f.Occurrences))));
    }

    private CriterionView Criterion(WcagCoverageEntry criterion)
    {
        var outcome = criterion.Outcome;
        var judgement = criterion.Judgement is { Outcome: not WcagEmOutcome.Untested } j ? j : null;
        var decidedBy = judgement is null ? null
            : judgement.Date is null ? labels.Format("doc_decided_by_undated", T(judgement.Assessor))
            : labels.Format("doc_decided_by", T(judgement.Assessor), T(judgement.Date));

        var findings = FindingsByRule(_report, criterion).Select(f => labels.Format("doc_finding_line", T(f.Text), f.Places)).ToList();
        var note = judgement?.Note is { } n ? T(n) : null;
        // Once a person has decided, "nothing found" and "only a person can" say nothing more.
        var automated = judgement is not null && criterion.Status is WcagStatus.MachinePassed or WcagStatus.ManualOnly ? null : Automated(criterion, labels);
        var remarks = string.Join(" ", new[] { note, decidedBy is null ? null : decidedBy + ".", automated }.Concat(findings.Select(f => f + ".")).OfType<string>());
        var acr = AcrWord(outcome);
        return new CriterionView(
            criterion.Number,
            T(criterion.Title),
            criterion.Level,
            criterion.Url,
            "sc-" + criterion.Number.Replace('.', '-'),
            EarlWord(outcome),
            labels[OutcomeKey(outcome)],
            acr,
            labels["acr_" + acr.Replace('-', '_')],
            outcome switch
            {
                WcagEmOutcome.Passed => "ds-tag ds-tag--green",
                WcagEmOutcome.Failed => "ds-tag ds-tag--red",
                WcagEmOutcome.CantTell => "ds-tag ds-tag--yellow",
                _ => "ds-tag ds-tag--grey",
            },
            judgement is not null,
            decidedBy,
            note,
            automated,
            findings,
            remarks);
    }

    private CountsView Counts(IReadOnlyList<CriterionView> criteria, string version)
    {
        int Count(string outcome) => criteria.Count(c => c.Outcome == outcome);
        var undecided = criteria.Where(c => c.Outcome is "cantTell" or "untested").Select(c => c.Number).ToList();
        var list = undecided.Count <= 12 ? string.Join(", ", undecided) : labels.Format("summary_wcag_more", string.Join(", ", undecided.Take(12)), undecided.Count - 12);
        return new CountsView(
            criteria.Count,
            Count("passed"),
            Count("failed"),
            Count("cantTell"),
            Count("inapplicable"),
            Count("untested"),
            undecided.Count,
            labels.Format("summary_wcag", version, Count("passed"), Count("failed"), Count("inapplicable"), Count("cantTell"), Count("untested"), undecided.Count == 0 ? "0" : $"{undecided.Count} ({list})"));
    }

    private StatementView Statement(CountsView counts, string version, string serviceName)
    {
        var details = _report.Statement;
        var organisation = details?.Organisation is { } o ? T(o) : labels.Format("doc_to_complete", labels["st_organisation"]);
        var legislation = details?.Legislation is { } law ? T(law) : labels["st_legislation"];
        var scope = _report.Scope.BaseUrl is { } url ? $"{serviceName} ({T(url)})" : serviceName;
        var meets = counts.Passed + counts.Inapplicable;

        // Fully compliant only when a person has decided every criterion and none fails.
        var (kind, status) = counts.Total > 0 && counts.Failed == 0 && counts.StillToDecide == 0 && _report.WcagCoverage!.Criteria.Any(c => c.Level == "AA")
            ? ("full", labels.Format("st_status_full", version))
            : counts.Failed > 0 && counts.Failed >= meets ? ("none", labels.Format("st_status_none", version))
            : meets == 0 ? ("unknown", labels.Format("st_status_unknown", version))
            : ("partial", labels.Format("st_status_partial", version));
        var method = details?.Method switch
        {
            "self-assessment" => labels["st_method_self"],
            "third-party" => labels["st_method_third"],
            _ => labels.Format("doc_to_complete", labels["st_method_missing"]),
        };
        var hasFeedback = details?.FeedbackEmail is not null || details?.FeedbackPhone is not null || details?.FeedbackUrl is not null;
        return new StatementView(
            labels.Format("st_intro", organisation, legislation),
            labels.Format("st_scope", scope),
            status,
            kind,
            labels.Format("st_status_basis", counts.Total, counts.Passed, counts.Failed, counts.Inapplicable, counts.StillToDecide),
            labels.Format("st_prepared_on", Date(_report.Run.StartedAt)),
            labels.Format("st_method", method, _report.Run.Tool, _report.Run.ToolVersion, _report.Totals.PagesAssessed),
            Optional(details?.FeedbackEmail),
            Optional(details?.FeedbackPhone),
            Optional(details?.FeedbackUrl),
            hasFeedback ? null : labels.Format("doc_to_complete", labels["st_contact_missing"]),
            Optional(details?.EnforcementName),
            Optional(details?.EnforcementUrl),
            details?.EnforcementName is null && details?.EnforcementUrl is null ? labels.Format("doc_to_complete", labels["st_enforcement_missing"]) : null,
            [.. (details?.DisproportionateBurden ?? []).Select(T)],
            [.. (details?.OutOfScope ?? []).Select(T)]);
    }

    private string? Optional(string? text) => text is null ? null : T(text);

    private string Date(DateTimeOffset date) => date.ToString(labels["doc_date_format"], labels.Culture);

    /// <summary>Page- and config-supplied text made safe for the format.</summary>
    private string T(string? text) => format == DocumentFormat.Markdown ? MarkdownText.Escape(text) : UntrustedText.Reveal(text);
}
