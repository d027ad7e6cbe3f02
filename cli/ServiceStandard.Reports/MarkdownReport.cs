using ServiceStandard.Kernel;
using System.Text;
using ServiceStandard.Model.Findings;
using ServiceStandard.Reports.Localization;
using ServiceStandard.Reports.Text;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports;

/// <summary>
/// report.md: for a pull-request comment or a CI job summary: the verdict, the outcome per
/// criterion, the top findings and the counts against the baseline. However large the run it
/// stays under <see cref="MaxBytes"/> (GitHub's comment and step-summary limits are larger):
/// findings that do not fit are counted, never silently dropped.
/// </summary>
public sealed class MarkdownReport(int maxBytes = MarkdownReport.MaxBytes, int maxFindings = 50) : IReportRenderer
{
    /// <summary>64 KB: the report is always smaller.</summary>
    public const int MaxBytes = 64 * 1024;

    private const int CellLength = 160;

    public string Name => "md";

    public LocalizedText Description { get; } = LocalizedText.Bilingual("report.md, a summary for a pull-request comment", "report.md, un resumen para un comentario de pull request");

    public string FileName => "report.md";

    public string Render(ReportInput input)
    {
        var report = input.Assessment;
        var l = ReportLabels.For(input.Language);
        var (verdict, passed) = ReportFacts.Verdict(report, l);
        var name = report.Service.Name ?? report.Scope.BaseUrl ?? l["unnamed_service"];

        var head = new StringBuilder();
        head.Append("## ").Append(passed ? "✅ " : "❌ ").AppendLine(MarkdownText.Escape(l.Format("markdown_title", MarkdownText.Shorten(name, CellLength))));
        head.AppendLine();
        head.AppendLine($"**{MarkdownText.Escape(verdict)}**");
        head.AppendLine();
        head.AppendLine(MarkdownText.Escape(l.Format(
            "markdown_run",
            report.Run.Tool,
            report.Run.ToolVersion,
            report.Standard.Title,
            report.Standard.Version,
            report.Run.StartedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", l.Culture))));
        head.AppendLine();
        var t = report.Totals;
        head.AppendLine($"{l["violations"]}: **{t.Violations}** · {l["needs_review"]}: **{t.NeedsReview}** · {l["suppressed"]}: {t.Suppressed} · {l["pages_assessed"]}: {t.PagesAssessed} · {l["page_errors"]}: {t.PageErrors}");
        if (report.Scope.Code is { } code && code.Projects.Count > 0)
        {
            head.AppendLine();
            head.AppendLine($"**{MarkdownText.Escape(l["code_heading"])}**");
            head.AppendLine();
            foreach (var project in code.Projects)
            {
                head.AppendLine($"- {MarkdownText.Code(MarkdownText.Shorten(project.Path, 100))}: {MarkdownText.Escape(MarkdownText.Shorten(ReportFacts.CodeProjectFacts(project, l), CellLength))}");
            }

            foreach (var gap in code.Gaps)
            {
                head.AppendLine($"- ⚠️ {MarkdownText.Escape(gap.Message)}");
            }
        }
        if (report.Baseline is { } baseline)
        {
            head.AppendLine();
            head.AppendLine(MarkdownText.Escape(l.Format(
                "baseline_summary",
                baseline.File,
                baseline.StartedAt?.ToString("yyyy-MM-dd", l.Culture) ?? "–",
                baseline.New,
                baseline.Unchanged,
                baseline.Fixed.Count)));
        }

        head.AppendLine();
        head.AppendLine($"### {l["criteria_heading"]}");
        head.AppendLine();
        head.AppendLine($"| {l["criterion"]} | {l["outcome"]} | {l["violations"]} | {l["needs_review"]} |");
        head.AppendLine("|---|---|--:|--:|");
        foreach (var criterion in report.Criteria)
        {
            var outcome = l[ReportFacts.OutcomeKey(criterion.Outcome)] + (criterion.Judgement?.Outcome is not null ? $" ({l["judgement"]})" : string.Empty);
            head.AppendLine($"| {MarkdownText.Escape(MarkdownText.Shorten($"{criterion.Id} {criterion.Title}", CellLength))} | {Icon(criterion.Outcome)} {MarkdownText.Escape(outcome)} | {criterion.Violations} | {criterion.NeedsReview} |");
        }

        var judged = report.Criteria.Count(c => c.Judgement?.Outcome is not null);
        if (judged > 0)
        {
            head.AppendLine();
            head.AppendLine(MarkdownText.Escape(l.Format("judgements_count", judged, report.Criteria.Count)));
        }

        // Findings: as many as fit, most severe and new first; the rest counted.
        var budget = maxBytes - 2048;
        var body = new StringBuilder(head.ToString());
        var ranked = ReportFacts.Ranked(report.Findings).ToList();
        var shown = 0;
        if (ranked.Count > 0)
        {
            var table = new StringBuilder();
            table.AppendLine();
            table.AppendLine($"### {l["top_findings"]}");
            table.AppendLine();
            table.AppendLine($"| {l["severity"]} | {l["rule"]} | {l["where"]} | {l["findings_heading"]} |");
            table.AppendLine("|---|---|---|---|");
            if (Bytes(body) + Bytes(table) < budget)
            {
                body.Append(table);
                foreach (var finding in ranked.Take(maxFindings))
                {
                    var row = Row(finding, l);
                    if (Bytes(body) + Encoding.UTF8.GetByteCount(row) > budget)
                    {
                        break;
                    }

                    body.Append(row);
                    shown++;
                }
            }
        }

        var leftOut = ranked.Count - shown;
        var tail = new StringBuilder();
        if (report.Suppressed.Count > 0)
        {
            tail.AppendLine();
            tail.AppendLine($"{l["suppressed_heading"]}: {report.Suppressed.Count}");
        }

        if (leftOut > 0)
        {
            tail.AppendLine();
            tail.AppendLine($"_{MarkdownText.Escape(l.Format("truncated", leftOut))}_");
        }

        tail.AppendLine();
        tail.AppendLine($"<sub>{MarkdownText.Escape(l.Format("footer_generated", report.Run.Tool, report.Run.ToolVersion))}</sub>");
        body.Append(tail);
        var text = body.ToString();
        if (Encoding.UTF8.GetByteCount(text) > maxBytes)
        {
            // Only a standard with thousands of criteria gets here: keep the head within the limit.
            text = Truncate(text, maxBytes - 512) + $"\n\n_{MarkdownText.Escape(l.Format("truncated", leftOut + 1))}_\n";
        }

        return text;
    }

    private static string Row(Finding finding, ReportLabels l)
    {
        var severity = l[ReportFacts.SeverityKey(finding.Severity)] + (finding.Kind == FindingKind.NeedsReview ? $" ({l["kind_needs_review"]})" : string.Empty);
        var badge = finding.Baseline == BaselineState.New ? $" 🆕 {l["baseline_new"]}" : string.Empty;
        var where = finding.Location switch
        {
            PageLocation page => MarkdownText.Code(MarkdownText.Shorten(Fingerprints.StableUrl(page.Url), 80)) +
                (page.Selector is null ? string.Empty : " " + MarkdownText.Code(MarkdownText.Shorten(page.Selector, 80))),
            SourceLocationSpan source => MarkdownText.Code($"{MarkdownText.Shorten(source.Path, 100)}:{source.StartLine}"),
            RepositoryLocation repository => MarkdownText.Code(MarkdownText.Shorten(repository.Path, 100)),
            _ => string.Empty,
        };
        var occurrences = finding.Occurrences > 1 ? $" ({l.Format("found_times", finding.Occurrences)})" : string.Empty;
        return $"| {MarkdownText.Escape(severity)}{MarkdownText.Escape(badge)} | {MarkdownText.Code(finding.QualifiedRuleId)} | {where} | {MarkdownText.Escape(MarkdownText.Shorten(finding.Message, CellLength))}{MarkdownText.Escape(occurrences)} |\n";
    }

    private static string Icon(CriterionOutcome outcome) => outcome switch
    {
        CriterionOutcome.NotMet => "❌",
        CriterionOutcome.NeedsReview => "🔍",
        CriterionOutcome.Met => "✅",
        _ => "➖",
    };

    private static int Bytes(StringBuilder builder) => Encoding.UTF8.GetByteCount(builder.ToString());

    private static string Truncate(string text, int maxBytes)
    {
        var end = text.Length;
        while (end > 0 && Encoding.UTF8.GetByteCount(text.AsSpan(0, end)) > maxBytes)
        {
            end = Math.Max(0, text.LastIndexOf('\n', end - 1));
        }

        return text[..Math.Max(0, end)];
    }
}
