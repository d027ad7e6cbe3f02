using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Findings;
using ServiceStandard.Reports.Localization;

namespace ServiceStandard.Reports;

/// <summary>One block of the console summary; the command line prints each with its own look (colour or plain).</summary>
public abstract record SummaryBlock;

public sealed record SummaryTitle(string Text) : SummaryBlock;

public sealed record SummaryHeading(string Text) : SummaryBlock;

/// <param name="RightAligned">Which columns hold numbers.</param>
public sealed record SummaryTable(IReadOnlyList<string> Columns, IReadOnlyList<bool> RightAligned, IReadOnlyList<IReadOnlyList<string>> Rows) : SummaryBlock;

public sealed record SummaryParagraph(string Text) : SummaryBlock;

public sealed record SummaryWarning(string Text) : SummaryBlock;

/// <summary>
/// The summary <c>assess</c> and <c>report</c> print to the console: a renderer beside the others,
/// a pure function of the assessment in the words of the same labels.yml, so the console and the
/// HTML report name outcomes, severities and counts alike. Page-supplied text (titles, URLs, error
/// messages) is passed on as text; the CLI neutralises it (NeutralisingConsoleReporter) and escapes it for its markup.
/// </summary>
public static class ConsoleSummary
{
    public static IReadOnlyList<SummaryBlock> Render(AssessmentReport report, string language)
    {
        ArgumentNullException.ThrowIfNull(report);
        var l = ReportLabels.For(language);
        var blocks = new List<SummaryBlock>
        {
            new SummaryTitle($"{report.Service.Name ?? report.Scope.BaseUrl} — {report.Standard.Title} {report.Standard.Version}"),
            new SummaryHeading(l["criteria_heading"]),
            new SummaryTable(
                [l["summary_id"], l["title"], l["outcome"], l["violations"], l["needs_review"]],
                [false, false, false, true, true],
                [.. report.Criteria.Select(c => (IReadOnlyList<string>)[c.Id, c.Title, l[ReportFacts.OutcomeKey(c.Outcome)], ReportFacts.Number(c.Violations), ReportFacts.Number(c.NeedsReview)])]),
        };

        var byRule = report.Findings
            .GroupBy(f => (f.QualifiedRuleId, f.Kind))
            .Select(g => (Rule: g.Key.QualifiedRuleId, g.Key.Kind, Severity: g.Max(f => f.Severity), Count: g.Count(), Pages: g.Select(f => (f.Location as PageLocation)?.Url).OfType<string>().Distinct(StringComparer.Ordinal).Count()))
            .OrderBy(r => r.Kind).ThenByDescending(r => r.Severity).ThenByDescending(r => r.Count)
            .ToList();
        if (byRule.Count > 0)
        {
            blocks.Add(new SummaryHeading(l["summary_findings_heading"]));
            blocks.Add(new SummaryTable(
                [l["rule"], l["severity"], l["violations"], l["needs_review"], l["summary_pages"]],
                [false, false, true, true, true],
                [.. byRule.Select(r => (IReadOnlyList<string>)
                [
                    r.Rule,
                    l[ReportFacts.SeverityKey(r.Severity)],
                    r.Kind == FindingKind.Violation ? ReportFacts.Number(r.Count) : "",
                    r.Kind == FindingKind.NeedsReview ? ReportFacts.Number(r.Count) : "",
                    // A code or repository rule is on no page: its source files are not pages.
                    r.Pages == 0 ? "" : ReportFacts.Number(r.Pages),
                ])]));
        }

        if (report.Scope.Code is { } code && code.Projects.Count > 0)
        {
            blocks.Add(new SummaryHeading(l["code_heading"]));
            blocks.Add(new SummaryTable(
                [l["project"], l["framework"], l["code_files"], l["code_packages"], l["code_compile_errors"]],
                [false, false, true, true, true],
                [.. code.Projects.Select(p => (IReadOnlyList<string>)
                [
                    p.Path,
                    p.TargetFramework ?? "",
                    $"{ReportFacts.Number(p.CSharpFiles)}/{ReportFacts.Number(p.RazorFiles)}",
                    p.PackagesUnresolved.Count == 0 ? ReportFacts.Number(p.PackagesResolved) : $"{ReportFacts.Number(p.PackagesResolved)} (+{p.PackagesUnresolved.Count} ?)",
                    ReportFacts.Number(p.CompileErrors + p.RazorErrors),
                ])]));
            foreach (var project in code.Projects.Where(p => p.PackagesUnresolved.Count > 0 || p.CompileErrors + p.RazorErrors > 0))
            {
                blocks.Add(new SummaryParagraph($"{project.Path}: {ReportFacts.CodeProjectFacts(project, l)}"));
            }

            blocks.AddRange(code.Gaps.Select(g => new SummaryWarning(g.Message)));
        }

        var errors = report.Pages.Where(p => p.Error is not null).ToList();
        if (errors.Count > 0)
        {
            blocks.Add(new SummaryHeading(l["page_errors_heading"]));
            blocks.Add(new SummaryTable(
                [l["page"], l["problem"]],
                [false, false],
                [.. errors.Select(p => (IReadOnlyList<string>)[p.Url, $"{p.Error!.Kind}: {p.Error.Message}"])]));
        }

        blocks.AddRange(report.CheckErrors.Select(e => new SummaryWarning(l.Format("summary_check_error", e.CheckId, e.Url ?? "-", e.Message))));
        if (report.Baseline is { } baseline)
        {
            blocks.Add(new SummaryParagraph(l.Format("summary_baseline", baseline.File, baseline.New, baseline.Unchanged, baseline.Fixed.Count)));
        }

        if (report.Suppressed.Count > 0)
        {
            blocks.Add(new SummaryParagraph(l.Format("summary_suppressed", report.Suppressed.Count)));
        }

        var judged = report.Criteria.Count(c => c.Judgement?.Outcome is not null);
        if (judged > 0)
        {
            blocks.Add(new SummaryParagraph(l.Format("summary_judged", judged, report.Criteria.Count)));
        }

        // What a person must still decide of WCAG A/AA: shown once any WCAG criterion has been judged.
        var wcag = Documents.DocumentViewBuilder.Criteria(report);
        if (wcag.Any(c => c.Judgement is not null))
        {
            int Count(WcagEmOutcome outcome) => wcag.Count(c => c.Outcome == outcome);
            var undecided = wcag.Where(c => c.StillToDecide).Select(c => c.Number).ToList();
            var list = undecided.Count <= 12 ? string.Join(", ", undecided) : l.Format("summary_wcag_more", string.Join(", ", undecided.Take(12)), undecided.Count - 12);
            blocks.Add(new SummaryParagraph(l.Format(
                "summary_wcag",
                report.WcagCoverage!.Version,
                Count(WcagEmOutcome.Passed),
                Count(WcagEmOutcome.Failed),
                Count(WcagEmOutcome.Inapplicable),
                Count(WcagEmOutcome.CantTell),
                Count(WcagEmOutcome.Untested),
                undecided.Count == 0 ? "0" : $"{undecided.Count} ({list})")));
        }

        var t = report.Totals;
        blocks.Add(new SummaryParagraph(l.Format("summary_totals", t.Violations, t.Critical, t.Serious, t.Moderate, t.Minor, t.NeedsReview, t.PagesAssessed, t.PageErrors)));
        return blocks;
    }
}
