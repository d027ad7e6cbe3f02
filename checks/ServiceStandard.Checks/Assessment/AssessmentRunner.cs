using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ServiceStandard.Checks.Accessibility;
using ServiceStandard.Checks.Code;
using ServiceStandard.Checks.Configuration;
using ServiceStandard.Checks.DesignSystem;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Checks.Web;
using ServiceStandard.Standard;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Standard.Wcag;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.Checks.Assessment;

/// <param name="Report">Null only when nothing could be assessed.</param>
/// <param name="Problem">Why the target could not be assessed, for the user.</param>
public sealed record AssessmentOutcome(AssessmentReport? Report, IReadOnlyList<PageSnapshot> Evidence, AssessmentVerdict Verdict, string? Problem);

/// <summary>
/// One assessment, start to end: config → gatherers → checks → assessment. The only place that
/// knows the order; the CLI calls it and writes what it returns.
/// </summary>
/// <param name="startedDriver">Playwright's driver, started early by the caller so its start-up overlaps with reading config.</param>
public sealed class AssessmentRunner(ILogger? logger = null, Task<Microsoft.Playwright.IPlaywright>? startedDriver = null)
{
    public async Task<LoadResult<AssessmentOutcome>> RunAsync(
        ServiceConfig config,
        StandardDefinition standard,
        CheckFilter filter,
        string? screenshotDirectory,
        IProgress<GatherProgress>? progress,
        CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var runsDesignSystem = config.Target is not null && filter.RunsCheck(DesignSystemChecks.Family);
        var runsWeb = config.Target is not null && (filter.RunsCheck(AccessibilityChecks.Family) || runsDesignSystem);
        var runsCode = config.Source is not null && (filter.RunsCheck(CodeRules.CheckId) || filter.RunsCheck(RepositoryChecks.CheckId));
        if (!runsWeb && !runsCode)
        {
            return LoadResult<AssessmentOutcome>.Failed([Diagnostic.Error(
                config.ConfigFile is null ? ConfigDefaults.CommandLine : new SourceLocation(config.ConfigFile, 1, 1),
                "nothing to assess: give pages with --url (or target.baseUrl), or source code with --source (or source.path), and checks that apply to them")]);
        }

        LoadedPack? pack = null;
        if (runsDesignSystem)
        {
            var loadedPack = ShippedPacks.Load(config.DesignSystem, config.BaseDirectory);
            if (!loadedPack.Succeeded)
            {
                return LoadResult<AssessmentOutcome>.Failed(loadedPack.Diagnostics);
            }

            pack = loadedPack.Value;
        }

        IReadOnlyList<IWebCheck> checks = pack is null
            ? AccessibilityChecks.Create()
            : [.. AccessibilityChecks.Create(), .. DesignSystemChecks.Create(pack.Pack, config.DesignSystem, pack.Palette)];
        WebGatherRequest? request = null;
        if (runsWeb)
        {
            var built = WebGatherRequestFactory.Create(config, Environment.GetEnvironmentVariable, screenshotDirectory);
            if (!built.Succeeded)
            {
                return LoadResult<AssessmentOutcome>.Failed(built.Diagnostics);
            }

            // Gather only what the selected checks read: an axe-only run skips the Tab walk.
            request = built.Value! with { Evidence = EvidencePlan.For(checks, filter, built.Value.Evidence) };
        }

        Baseline? baseline = null;
        if (config.Baseline is { } baselinePath)
        {
            var loaded = Baseline.Load(baselinePath);
            if (!loaded.Succeeded)
            {
                return LoadResult<AssessmentOutcome>.Failed(loaded.Diagnostics);
            }

            baseline = loaded.Value;
        }

        // The browser and the compiler work side by side: one waits on pages, the other on the CPU.
        var codeTask = runsCode
            ? CodeAssessment.RunAsync(SourceRequest.From(config.Source!, config.Language), cancellationToken)
            : Task.FromResult<CodeCheckResult?>(null)!;
        var gathered = request is null
            ? new WebGatherOutcome([], null, 0, null, false)
            : await new WebGatherer(logger, startedDriver).GatherAsync(request, progress, cancellationToken);
        if (gathered.FatalError is not null && !runsCode)
        {
            return new LoadResult<AssessmentOutcome>(new AssessmentOutcome(null, [], AssessmentVerdict.NotAssessable, gathered.FatalError), []);
        }

        var code = await codeTask;
        var context = new CheckContext
        {
            Language = config.Language,
            ServiceLanguages = config.Service.Languages,
            WcagLevelTags = config.Accessibility.AxeTags,
            ServicePhase = config.Service.Phase?.ToString().ToLowerInvariant(),
        };
        var result = request is null
            ? new WebCheckResult([], [], [], [], new Dictionary<string, int>())
            : new WebCheckRunner(checks).Run(new WebEvidence(gathered.Pages), context, filter, CancellationToken.None);
        var counted = result.Findings.Select(f => f with { Occurrences = Math.Max(1, result.TimesSeen(f)) })
            .Concat(code?.Findings.Where(f => filter.KeepsRule(f.QualifiedRuleId)) ?? [])
            .ToList();
        var (findings, suppressed) = SuppressionMatcher.Apply(counted, config.Suppressions);
        if (code is not null)
        {
            // Suppressed in the source (#pragma, [SuppressMessage], .editorconfig): listed like config suppressions.
            suppressed = [.. suppressed, .. code.Suppressed.Select(s => new SuppressedFinding(s.Finding, s.Justification ?? $"suppressed with {s.How}", s.How))];
        }

        BaselineComparison? comparison = null;
        if (baseline is not null)
        {
            (findings, suppressed, comparison) = baseline.Compare(findings, suppressed, config.NewOnly);
        }

        var threshold = AssessmentVerdicts.Threshold(ConfigKeywords.FailThresholds.NameOf(config.FailOn));
        var tagsWithEvidence = new HashSet<string>(StringComparer.Ordinal);
        foreach (var family in new[] { AccessibilityChecks.Family, DesignSystemChecks.Family })
        {
            if (result.ChecksRun.Any(id => id.StartsWith(family + "/", StringComparison.Ordinal)))
            {
                tagsWithEvidence.Add(family);
            }
        }

        tagsWithEvidence.UnionWith(code?.EvidenceTags ?? []);
        // Contract rules are described from their findings (the pack is not needed for that).
        var catalog = CompleteCatalog.Build(pack: null);
        var checksRun = result.ChecksRun.Concat(code?.ChecksRun ?? []).ToList();
        var criteria = CriterionEvaluator.Evaluate(standard, findings, tagsWithEvidence, threshold, config.Language);
        var pages = gathered.Pages.Select(p => ToAssessedPage(p, findings)).ToList();
        var errors = pages.Count(p => p.Error is not null);
        var rulesRun = WcagCoverageBuilder.RulesRun(CheckCatalog.Shipped, AxeRules.All, result.ChecksRun, request?.Axe.Tags ?? [], filter.KeepsRule);

        var report = new AssessmentReport
        {
            Run = new RunInfo(
                "servicestandard",
                ToolVersion,
                started,
                Math.Round(clock.Elapsed.TotalSeconds, 2),
                config.Language,
                gathered.BrowserVersion is null ? null : $"Chromium {gathered.BrowserVersion}",
                gathered.Pages.Select(p => p.Axe?.AxeVersion).FirstOrDefault(v => v is not null),
                gathered.BrowserRestarts,
                gathered.Interrupted,
                ConfigKeywords.FailThresholds.NameOf(config.FailOn)),
            Service = new ServiceSummary(config.Service.Name?.Get(config.Language), config.Service.Phase?.ToString().ToLowerInvariant(), config.Service.Languages),
            Standard = new StandardReference(standard.Id, standard.Version, standard.Title.Get(config.Language)),
            Scope = new AssessmentScope(
                config.Target?.BaseUrl.AbsoluteUri,
                request?.Pages.Count ?? 0,
                [.. request?.Journeys.Select(j => j.Name) ?? []],
                checksRun,
                request?.Crawl is not null)
            {
                // Relative to where the tool ran, as the user typed it; never an absolute path of this machine.
                Source = config.Source is null ? null : Path.GetRelativePath(Environment.CurrentDirectory, config.Source.Path).Replace('\\', '/'),
                WcagLevels = config.Accessibility.AxeTags,
            },
            Pages = pages,
            Findings = findings,
            Suppressed = suppressed,
            Baseline = comparison,
            CheckErrors = [.. result.Errors, .. code?.Errors ?? []],
            EvidenceGaps = result.NotAssessed,
            Criteria = criteria,
            WcagCoverage = WcagCoverageBuilder.Build(WcagCatalog.Wcag22, config.Accessibility.AxeTags, rulesRun, findings, suppressed, config.Language),
            Rules = WcagCoverageBuilder.Summaries(
                catalog,
                findings.Concat(suppressed.Select(s => s.Finding)).Concat(comparison?.Fixed ?? []),
                config.Language),
            Totals = new FindingTotals(
                findings.Count(f => f.Kind == FindingKind.Violation),
                findings.Count(f => f.Kind == FindingKind.NeedsReview),
                CountViolations(findings, Severity.Critical),
                CountViolations(findings, Severity.Serious),
                CountViolations(findings, Severity.Moderate),
                CountViolations(findings, Severity.Minor),
                pages.Count - errors,
                errors)
            {
                Suppressed = suppressed.Count,
            },
        };

        // No browser: the code part is still reported, but the service as a whole was not assessed.
        var verdict = gathered.FatalError is not null ? AssessmentVerdict.NotAssessable : AssessmentVerdicts.Decide(report);
        var problem = gathered.FatalError is not null
            ? "the pages could not be assessed: " + gathered.FatalError
            : verdict == AssessmentVerdict.NotAssessable ? "no page could be assessed: " + pages.First().Error!.Message : null;
        return new LoadResult<AssessmentOutcome>(new AssessmentOutcome(report, gathered.Pages, verdict, problem), []);
    }

    public static string ToolVersion { get; } =
        typeof(AssessmentRunner).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private static int CountViolations(IReadOnlyList<Finding> findings, Severity severity) =>
        findings.Count(f => f.Kind == FindingKind.Violation && f.Severity == severity);

    private static AssessedPage ToAssessedPage(PageSnapshot page, IReadOnlyList<Finding> findings)
    {
        var onPage = findings.Where(f => f.Location is PageLocation location && (location.Url == page.FinalUrl || location.Url == page.RequestedUrl)).ToList();
        return new AssessedPage(
            page.RequestedUrl,
            page.FinalUrl,
            page.Title,
            page.Status,
            page.Origin.Kind,
            page.Origin.Journey,
            page.Origin.Step,
            page.Origin.StepDescription,
            page.Error is null ? null : new PageErrorSummary(page.Error.Kind, page.Error.Message),
            onPage.Count(f => f.Kind == FindingKind.Violation),
            onPage.Count(f => f.Kind == FindingKind.NeedsReview),
            Math.Round(page.GatherMilliseconds, 1));
    }
}
