using ServiceStandard.Kernel.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ServiceStandard.Model.Findings;
using ServiceStandard.Reports.Localization;
using ServiceStandard.Reports.Text;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Reports.Html;

/// <summary>Builds the HTML template's model from the assessment: grouping, labels, links and inlined screenshots.</summary>
internal sealed partial class HtmlViewBuilder(ReportInput input, ReportLabels labels, ReportStylesheet stylesheet, HtmlReportOptions options)
{
    private readonly AssessmentReport _report = input.Assessment;
    private long _inlinedBytes;

    public HtmlView Build()
    {
        var report = _report;
        var verdict = ReportFacts.Verdict(report, labels);
        var serviceName = Reveal(report.Service.Name ?? report.Scope.BaseUrl ?? labels["unnamed_service"]);
        return new HtmlView(
            labels.Language,
            $"{serviceName} – {labels["report_title"]}",
            ContentSecurityPolicy(stylesheet.Css),
            stylesheet.Css,
            labels.Values,
            new HeaderView(serviceName, labels[ReportFacts.PhaseKey(report.Service.Phase)], Reveal(report.Standard.Title), Date(report.Run.StartedAt)),
            new VerdictView(verdict.Text, verdict.Passed, report.Run.Incomplete, labels["verdict_caveat"]),
            About(),
            Scope(),
            Totals(),
            [.. report.Criteria.Select(Criterion)],
            CheckGroups("other", ReportFacts.Unlinked(report)),
            Coverage(),
            [.. report.Pages.Select(Page)],
            [.. report.Pages.Where(p => p.Error is not null).Select(p => new PageErrorView(Link(p.Url), Reveal(p.Error!.Kind), Reveal(p.Error.Message)))],
            [.. report.CheckErrors.Select(e => new CheckErrorView(e.CheckId, e.Url is null ? labels["all_pages"] : Reveal(e.Url), Reveal(e.Message)))],
            [.. report.EvidenceGaps.Select(g => new GapView(g.CheckId, Link(g.Url), string.Join(", ", g.Missing)))],
            Baseline(),
            [.. report.Suppressed.Select(s => new SuppressedView(
                s.Finding.QualifiedRuleId,
                Severity(s.Finding.Severity),
                Reveal(ReportFacts.Where(s.Finding)),
                Reveal(s.Finding.Message),
                Reveal(s.Reason),
                Reveal(s.Suppression)))],
            labels.Format("footer_generated", report.Run.Tool, report.Run.ToolVersion));
    }

    /// <summary>
    /// default-src 'none' (no script, no fetch, no frames, no fonts); the one style element by its
    /// SHA-256; images only as data: URIs (inlined screenshots); no base URL or form targets.
    /// </summary>
    public static string ContentSecurityPolicy(string css)
    {
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)));
        return $"default-src 'none'; style-src 'sha256-{hash}'; img-src data:; base-uri 'none'; form-action 'none'";
    }

    private IReadOnlyList<FactView> About()
    {
        var run = _report.Run;
        var standard = _report.Standard;
        return
        [
            new(labels["service"], Reveal(_report.Service.Name ?? labels["unnamed_service"])),
            new(labels["phase"], labels[ReportFacts.PhaseKey(_report.Service.Phase)]),
            new(labels["date"], Date(run.StartedAt)),
            new(labels["standard"], $"{Reveal(standard.Title)} ({standard.Id} {standard.Version})"),
            new(labels["tool"], $"{run.Tool} {run.ToolVersion}"),
            new(labels["browser"], run.Browser is null ? labels["not_used"] : Reveal(run.Browser) + (run.AxeVersion is null ? string.Empty : $", axe-core {run.AxeVersion}")),
            new(labels["duration"], labels.Format("seconds", run.DurationSeconds.ToString("0.##", labels.Culture))),
            new(labels["fail_on"], run.FailOn == "none" ? labels["fail_on_none"] : labels[$"severity_{run.FailOn}"]),
        ];
    }

    private IReadOnlyList<FactView> Scope()
    {
        var scope = _report.Scope;
        var facts = new List<FactView>
        {
            scope.BaseUrl is { } baseUrl ? new(labels["base_url"], Reveal(baseUrl), SafeHref(baseUrl)) : new(labels["base_url"], labels["none"]),
            new(labels["pages_requested"], ReportFacts.Number(scope.PagesRequested)),
            new(labels["pages_visited"], ReportFacts.Number(_report.Pages.Count)),
            new(labels["crawl"], scope.Crawl ? labels["crawl_on"] : labels["crawl_off"]),
            new(labels["journeys"], scope.Journeys.Count == 0 ? labels["none"] : Reveal(string.Join(", ", scope.Journeys))),
            new(labels["source"], scope.Source is null ? labels["none"] : Reveal(scope.Source)),
            new(labels["checks_run"], scope.ChecksRun.Count == 0 ? labels["none"] : string.Join(", ", scope.ChecksRun)),
        };
        if (scope.WcagLevels.Count > 0)
        {
            facts.Add(new(labels["wcag_levels"], string.Join(", ", scope.WcagLevels)));
        }

        foreach (var project in scope.Code?.Projects ?? [])
        {
            facts.Add(new(Reveal(labels.Format("code_project", project.Path)), Reveal(ReportFacts.CodeProjectFacts(project, labels))));
        }

        facts.AddRange((scope.Code?.Gaps ?? []).Select(g => new FactView(labels["code_not_checked"], Reveal(g.Message))));
        return facts;
    }

    private IReadOnlyList<FactView> Totals()
    {
        var t = _report.Totals;
        return
        [
            new(labels["violations"], $"{ReportFacts.Number(t.Violations)} ({labels["severity_critical"]} {t.Critical}, {labels["severity_serious"]} {t.Serious}, {labels["severity_moderate"]} {t.Moderate}, {labels["severity_minor"]} {t.Minor})"),
            new(labels["needs_review"], ReportFacts.Number(t.NeedsReview)),
            new(labels["suppressed"], ReportFacts.Number(t.Suppressed)),
            new(labels["pages_assessed"], ReportFacts.Number(t.PagesAssessed)),
            new(labels["page_errors"], ReportFacts.Number(t.PageErrors)),
        ];
    }

    private CriterionView Criterion(CriterionResult criterion, int index)
    {
        var anchor = $"criterion-{Slug(criterion.Id, index)}";
        var judgement = criterion.Judgement is { } j
            ? new JudgementView(
                j.Outcome is { } outcome ? Outcome(outcome) : null,
                j.Note is null ? null : Reveal(j.Note),
                j.Date is null ? labels.Format("judged_by", Reveal(j.Assessor)) : labels.Format("judged_by_on", Reveal(j.Assessor), j.Date))
            : null;
        return new CriterionView(
            anchor,
            Reveal(criterion.Id),
            Reveal(criterion.Title),
            Outcome(criterion.Outcome),
            Outcome(criterion.AutomatedOutcome),
            criterion.Judgement?.Outcome is not null,
            Reveal(criterion.Reason),
            judgement,
            [.. criterion.AssessorQuestions.Select(Reveal)],
            string.Join(", ", criterion.EvidenceTags),
            criterion.Violations,
            criterion.NeedsReview,
            criterion.AutomatedOutcome != CriterionOutcome.NotAssessed,
            CheckGroups(anchor, ReportFacts.FindingsFor(_report, criterion)));
    }

    private IReadOnlyList<CheckGroupView> CheckGroups(string prefix, IEnumerable<Finding> findings)
    {
        var groups = new List<CheckGroupView>();
        var checkIndex = 0;
        foreach (var check in ReportFacts.Ranked(findings).GroupBy(f => f.CheckId, StringComparer.Ordinal))
        {
            checkIndex++;
            var rules = new List<RuleGroupView>();
            var ruleIndex = 0;
            foreach (var rule in check.GroupBy(f => (f.QualifiedRuleId, f.Kind)))
            {
                ruleIndex++;
                var first = rule.First();
                var summary = _report.Rules.FirstOrDefault(r => r.QualifiedRuleId == first.QualifiedRuleId);
                var shown = rule.Take(options.MaxInstancesPerRule).ToList();
                var hidden = rule.Count() - shown.Count;
                rules.Add(new RuleGroupView(
                    $"{prefix}-c{checkIndex}-r{ruleIndex}",
                    first.QualifiedRuleId,
                    Reveal(summary?.Title ?? first.Help),
                    Severity(rule.Max(f => f.Severity)),
                    labels[first.Kind == FindingKind.Violation ? "kind_violation" : "kind_needs_review"],
                    labels.Format("instances", rule.Count()),
                    Reveal(summary?.Help ?? first.Help),
                    SafeHref(first.HelpUrl ?? summary?.HelpUrl),
                    [.. ReportFacts.WcagOf(_report, first).Select(w => new LinkView($"WCAG {w.Number}", SafeHref(w.Url)))],
                    [.. shown.Select(Instance)],
                    hidden > 0 ? labels.Format("more_instances", hidden) : null));
            }

            var violations = check.Count(f => f.Kind == FindingKind.Violation);
            groups.Add(new CheckGroupView($"{prefix}-c{checkIndex}", check.Key, labels.Format("findings_count", violations, check.Count() - violations), rules));
        }

        return groups;
    }

    private InstanceView Instance(Finding finding)
    {
        LinkView? page = null;
        string? selector = null, journey = null, file = null, snippet = null, data = null, alt = null, shotFile = null;
        switch (finding.Location)
        {
            case PageLocation location:
                page = Link(location.Url);
                selector = location.Selector is null ? labels["whole_page"] : Reveal(location.Selector);
                journey = location.Journey is null ? null : Reveal(location.Journey);
                snippet = location.Snippet is null ? null : Reveal(location.Snippet);
                if (location.Screenshot is { } screenshot)
                {
                    alt = labels.Format("screenshot_alt", selector);
                    data = Inline(screenshot);
                    shotFile = data is null ? Reveal(input.ScreenshotFolder + screenshot) : null;
                }

                break;
            case SourceLocationSpan source:
                file = Reveal(source.Path) + ", " + (source.EndLine > source.StartLine
                    ? labels.Format("lines", source.StartLine, source.EndLine)
                    : labels.Format("line", source.StartLine));
                break;
            case RepositoryLocation repository:
                file = Reveal(repository.Path);
                break;
        }

        return new InstanceView(
            Reveal(finding.Message),
            finding.Baseline switch
            {
                BaselineState.New => new TagView(labels["baseline_new"], "ds-tag ds-tag--blue"),
                BaselineState.Unchanged => new TagView(labels["baseline_unchanged"], "ds-tag ds-tag--grey"),
                _ => null,
            },
            finding.Occurrences > 1 ? labels.Format("found_times", finding.Occurrences) : null,
            page,
            selector,
            journey,
            file,
            snippet,
            data,
            alt,
            shotFile);
    }

    /// <summary>A data: URI for a small PNG the caller supplied; null (link the file instead) for big, missing or non-PNG files.</summary>
    private string? Inline(string screenshot)
    {
        if (!input.Screenshots.TryGetValue(screenshot, out var bytes) || bytes.Length > options.MaxInlineScreenshotBytes ||
            _inlinedBytes + bytes.Length > options.MaxInlineScreenshotsTotalBytes || !IsPng(bytes))
        {
            return null;
        }

        _inlinedBytes += bytes.Length;
        return "data:image/png;base64," + Convert.ToBase64String(bytes);
    }

    private static bool IsPng(byte[] bytes) =>
        bytes.Length > 8 && bytes[0] == 0x89 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G';

    private CoverageView? Coverage()
    {
        if (_report.WcagCoverage is not { } coverage)
        {
            return null;
        }

        int Count(WcagStatus status) => coverage.Criteria.Count(c => c.Status == status);
        return new CoverageView(
            labels.Format("coverage_heading", coverage.Version),
            labels.Format("coverage_caption", Count(WcagStatus.Failed), Count(WcagStatus.NeedsReview), Count(WcagStatus.MachinePassed), Count(WcagStatus.ManualOnly)),
            [.. coverage.Criteria.Select(c => new CoverageRowView(
                new LinkView($"{c.Number} {Reveal(c.Title)}", SafeHref(c.Url)),
                c.Level,
                new TagView(labels[ReportFacts.StatusKey(c.Status)], c.Status switch
                {
                    WcagStatus.Failed => "ds-tag ds-tag--red",
                    WcagStatus.NeedsReview => "ds-tag ds-tag--yellow",
                    WcagStatus.MachinePassed => "ds-tag ds-tag--green",
                    _ => "ds-tag ds-tag--grey",
                }),
                c.TestedBy.Count == 0 ? "–" : string.Join(", ", c.TestedBy)))]);
    }

    private PageView Page(AssessedPage page) => new(
        Link(page.FinalUrl),
        Reveal(page.Title),
        page.Origin switch
        {
            "journey" => labels.Format("origin_journey", Reveal(page.Journey), page.Step),
            "crawl" => labels["origin_crawl"],
            _ => labels["origin_page"],
        },
        page.Status is { } status ? status.ToString(CultureInfo.InvariantCulture) : "–",
        ReportFacts.Number(page.Violations),
        ReportFacts.Number(page.NeedsReview),
        page.Error is null ? null : Reveal($"{page.Error.Kind}: {page.Error.Message}"));

    private BaselineView? Baseline()
    {
        if (_report.Baseline is not { } baseline)
        {
            return null;
        }

        var when = baseline.StartedAt is { } started ? Date(started) : "–";
        return new BaselineView(
            labels.Format("baseline_summary", Reveal(baseline.File), when, baseline.New, baseline.Unchanged, baseline.Fixed.Count),
            [.. baseline.Fixed.Select(f => new FixedView(f.QualifiedRuleId, Severity(f.Severity), Reveal(ReportFacts.Where(f)), Reveal(f.Message)))]);
    }

    private TagView Outcome(CriterionOutcome outcome) => new(
        labels[ReportFacts.OutcomeKey(outcome)],
        outcome switch
        {
            CriterionOutcome.NotMet => "ds-tag ds-tag--red",
            CriterionOutcome.NeedsReview => "ds-tag ds-tag--yellow",
            CriterionOutcome.Met => "ds-tag ds-tag--green",
            _ => "ds-tag ds-tag--grey",
        });

    private TagView Severity(Severity severity) => new(
        labels[ReportFacts.SeverityKey(severity)],
        severity switch
        {
            Model.Findings.Severity.Critical => "ds-tag ds-tag--red",
            Model.Findings.Severity.Serious => "ds-tag ds-tag--yellow",
            Model.Findings.Severity.Moderate => "ds-tag ds-tag--blue",
            _ => "ds-tag ds-tag--grey",
        });

    private string Date(DateTimeOffset time) => time.ToString("d MMMM yyyy, HH:mm 'UTC'", labels.Culture);

    private static LinkView Link(string url) => new(Reveal(url), SafeHref(url));

    /// <summary>Only absolute http(s) URLs become links: a javascript:, data: or relative URL from a page stays text.</summary>
    private static string? SafeHref(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
        !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            ? uri.AbsoluteUri
            : null;

    private static string Reveal(string? text) => UntrustedText.Reveal(text);

    private static string Slug(string id, int index)
    {
        var slug = NotSlug().Replace(id, "-").Trim('-');
        return slug.Length == 0 ? (index + 1).ToString(CultureInfo.InvariantCulture) : slug;
    }

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex NotSlug();
}
