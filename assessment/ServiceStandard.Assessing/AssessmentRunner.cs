using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ServiceStandard.Checks.Accessibility;
using ServiceStandard.Checks.Code;
using ServiceStandard.Checks.Code.PublicCode;
using ServiceStandard.Configuration;
using ServiceStandard.Checks.DesignSystem;
using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Checks.Engine;
using ServiceStandard.Model.Findings;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Standard;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Standard.Wcag;
using ServiceStandard.Model.Assessment;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Gathering.Source;
using ServiceStandard.Assessing.Planning;
using ServiceStandard.Model.Plan;

namespace ServiceStandard.Assessing;

/// <param name="Report">Null only when nothing could be assessed.</param>
/// <param name="Evidence">What the browser gathered, for evidence.json; re-auditing it gives the same assessment.</param>
/// <param name="Problem">Why the target could not be assessed, for the user.</param>
public sealed record AssessmentOutcome(AssessmentReport? Report, EvidenceFile Evidence, AssessmentVerdict Verdict, string? Problem);

/// <param name="Plan">Null only when the pages could not be found (no browser for the crawl).</param>
/// <param name="Interrupted">The crawl was stopped before it finished: the plan is not written.</param>
/// <param name="Problem">Why the pages could not be found, for the user.</param>
public sealed record PlanOutcome(RunPlan? Plan, bool Interrupted, string? Problem);

/// <param name="Sample">Null only when the pages could not be found (no browser).</param>
/// <param name="Interrupted">The crawl was stopped before it finished: nothing is written.</param>
/// <param name="Problem">Why the pages could not be found, for the user.</param>
public sealed record SampleOutcome(Sampling.ProposedSample? Sample, bool Interrupted, string? Problem)
{
    /// <summary>The pages the crawl could not read (address: why), left out of the sample.</summary>
    public IReadOnlyList<string> PageErrors { get; init; } = [];
}

/// <summary>
/// One assessment, start to end: config → gatherers → checks → assessment. The only place that
/// knows the order; the CLI calls it and writes what it returns. <see cref="ReauditAsync"/> runs the
/// same checks and assessment over saved evidence instead of a browser.
/// </summary>
/// <param name="driver">Playwright's driver, started early by the caller so its start-up overlaps with reading config.</param>
public sealed class AssessmentRunner(ILogger? logger = null, BrowserDriver? driver = null)
{
    /// <summary>
    /// Where to write each page's evidence as it is finished (<see cref="EvidenceJournal"/>), so a
    /// run killed outright keeps its finished pages; null for none.
    /// </summary>
    public string? JournalPath { get; init; }

    /// <summary>The share of a plan this run takes (<c>assess --plan --shard</c>); null to plan in memory and visit everything.</summary>
    public ShardRun? Shard { get; init; }

    /// <summary>
    /// What an unfinished run of this same run left (<c>assess --resume</c>): only what it lacks is
    /// gathered; null to gather everything. Evidence of another run is refused before any browser starts.
    /// </summary>
    public ResumeFrom? Resume { get; init; }

    /// <summary>
    /// <c>servicestandard plan</c>: the pages a run would visit and the journeys it would run, with no
    /// evidence gathered. Listed pages need no browser; a crawl loads each page for its links only
    /// (robots.txt, include/exclude, maxPages and maxDepth as in a run).
    /// </summary>
    public async Task<LoadResult<PlanOutcome>> PlanAsync(
        ServiceConfig config,
        StandardDefinition standard,
        IProgress<GatherProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(standard);
        var built = WebGatherRequestFactory.Create(config, Environment.GetEnvironmentVariable, screenshotDirectory: null);
        if (!built.Succeeded)
        {
            return LoadResult<PlanOutcome>.Failed(built.Diagnostics);
        }

        var request = built.Value!;
        IReadOnlyList<string> pages;
        var interrupted = false;
        if (request.Crawl is null)
        {
            pages = [.. request.Pages.Select(p => p.AbsoluteUri).DistinctBy(p => UrlNormalizer.Normalize(new Uri(p)).AbsoluteUri)];
        }
        else
        {
            var found = await new WebGatherer(logger, driver).GatherAsync(
                request with { LinksOnly = true, Journeys = [], Evidence = new HashSet<EvidenceKind> { EvidenceKind.Html } },
                progress,
                cancellationToken);
            if (found.FatalError is not null)
            {
                return new LoadResult<PlanOutcome>(new PlanOutcome(null, false, found.FatalError), []);
            }

            pages = [.. found.Pages.Select(p => p.RequestedUrl)];
            interrupted = found.Interrupted;
        }

        var plan = new RunPlan
        {
            ToolVersion = ToolVersion,
            Standard = new PlanStandard(standard.Id, standard.Version),
            ConfigHash = PlanIdentity.ConfigHash(config),
            BaseUrl = request.BaseUrl.AbsoluteUri,
            PagesListed = request.Pages.Count,
            Crawled = request.Crawl is not null,
            Pages = [.. pages.Select(p => new PlannedPage(p))],
            Journeys = [.. request.Journeys.Select(j => new PlannedJourney(j.Name, j.Steps.Count(s => s.ProducesPage)))],
        }.WithId();
        return new LoadResult<PlanOutcome>(new PlanOutcome(plan, interrupted, null), []);
    }

    /// <summary>
    /// <c>servicestandard sample</c>: the pages a crawl from the listed pages finds (robots.txt,
    /// include/exclude, maxPages and maxDepth as in a run, whether or not the crawl is on), each read for its
    /// outline only, and the sample chosen from them. A sample already in the config is not used:
    /// this is how a new one is chosen.
    /// </summary>
    public async Task<LoadResult<SampleOutcome>> SampleAsync(
        ServiceConfig config,
        double randomShare,
        long seed,
        IProgress<GatherProgress>? progress,
        CancellationToken cancellationToken,
        double similarity = Sampling.TemplateClusters.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(config);
        // A sample is chosen from the site explored (WCAG-EM step 2): the crawl runs even where the
        // config turns it off for assess, within the same limits.
        var explored = config.Target is { } configured ? configured with { Crawl = configured.Crawl with { Enabled = true } } : null;
        var built = WebGatherRequestFactory.Create(config with { Target = explored, Sample = null }, Environment.GetEnvironmentVariable, screenshotDirectory: null);
        if (!built.Succeeded)
        {
            return LoadResult<SampleOutcome>.Failed(built.Diagnostics);
        }

        var request = built.Value!;
        var found = await new WebGatherer(logger, driver).GatherAsync(
            request with { LinksOnly = true, Outlines = true, Journeys = [], Evidence = new HashSet<EvidenceKind> { EvidenceKind.Html } },
            progress,
            cancellationToken);
        if (found.FatalError is not null)
        {
            return new LoadResult<SampleOutcome>(new SampleOutcome(null, false, found.FatalError), []);
        }

        var pages = found.Pages
            .Where(p => p.Error is null && p.Outline is not null && Uri.TryCreate(p.FinalUrl, UriKind.Absolute, out _))
            .Select(p => new Sampling.SamplePage(new Uri(p.FinalUrl), p.Title, p.Outline!))
            .ToList();
        var target = config.Target!;
        var journeys = target.Journeys
            .Select(j => new Sampling.SampleJourney(j.Name, j.Steps.Count, [.. j.Steps.OfType<GotoStep>().Select(g => target.Resolve(g.Url))]))
            .ToList();
        var sample = Sampling.SampleSelector.Select(pages, request.BaseUrl, journeys, randomShare, seed, similarity);
        var errors = found.Pages.Where(p => p.Error is not null).Select(p => $"{p.RequestedUrl}: {p.Error!.Message}").ToList();
        return new LoadResult<SampleOutcome>(new SampleOutcome(sample, found.Interrupted, null) { PageErrors = errors }, []);
    }

    /// <summary>
    /// Whether <see cref="Resume"/> was gathered by the run these settings make (see <see cref="RunResume"/>),
    /// checked before anything is written or started; empty when it was, or when there is nothing to resume.
    /// </summary>
    public IReadOnlyList<Diagnostic> CheckResume(ServiceConfig config, StandardDefinition standard, CheckFilter filter)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(standard);
        if (Resume is null || config.Target is null || !RunsWeb(filter))
        {
            return [];
        }

        // A configuration the run cannot use is reported by the run itself.
        var prepared = Prepare(config, filter, runsWeb: true);
        var built = WebGatherRequestFactory.Create(config, Environment.GetEnvironmentVariable, screenshotDirectory: null);
        if (!prepared.Succeeded || !built.Succeeded)
        {
            return [];
        }

        var request = built.Value!;
        var evidence = EvidencePlan.For(prepared.Value!.Checks, filter, request.Evidence);
        return RunResume.Check(Resume, RunResume.IdentityOf(config, standard, Shard, evidence), request.Redactor.Text(request.BaseUrl.AbsoluteUri));
    }

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
        var runsWeb = config.Target is not null && RunsWeb(filter);
        var runsCode = RunsCode(config, standard, filter);
        if (!runsWeb && !runsCode)
        {
            return LoadResult<AssessmentOutcome>.Failed([Diagnostic.Error(
                config.ConfigFile is null ? ConfigDefaults.CommandLine : new SourceLocation(config.ConfigFile, 1, 1),
                "nothing to assess: give pages with --url (or target.baseUrl), or source code with --source (or source.path), and checks that apply to them")]);
        }

        var prepared = Prepare(config, filter, runsWeb);
        if (!prepared.Succeeded)
        {
            return LoadResult<AssessmentOutcome>.Failed(prepared.Diagnostics);
        }

        WebGatherRequest? request = null;
        if (runsWeb)
        {
            var built = WebGatherRequestFactory.Create(config, Environment.GetEnvironmentVariable, screenshotDirectory);
            if (!built.Succeeded)
            {
                return LoadResult<AssessmentOutcome>.Failed(built.Diagnostics);
            }

            // Gather only what the selected checks read: an axe-only run skips the Tab walk.
            request = built.Value! with { Evidence = EvidencePlan.For(prepared.Value!.Checks, filter, built.Value.Evidence) };
            if (Shard is not null)
            {
                request = Shard.Restrict(request);
            }
        }

        var identity = request is null ? null : RunResume.IdentityOf(config, standard, Shard, request.Evidence);
        if (request is not null && Resume is not null)
        {
            var refused = RunResume.Check(Resume, identity!, request.Redactor.Text(request.BaseUrl.AbsoluteUri));
            if (refused.Count > 0)
            {
                return LoadResult<AssessmentOutcome>.Failed(refused);
            }

            request = request with { Gathered = Resume.Evidence.Pages };
        }

        using var journal = request is not null && JournalPath is not null
            ? EvidenceJournal.Create(JournalPath, GatheringOf(request, null, 0, interrupted: true, null) with { Identity = identity })
            : null;
        if (journal is not null)
        {
            request = request! with { OnPageGathered = journal.Append };
        }

        // Each page is checked as it is finished and only what the site checks compare is kept of it
        // (issue 18): the whole page stays in the journal, read back when evidence.json is written.
        var context = ContextOf(config);
        var session = new WebCheckRunner(prepared.Value!.Checks).Start(context, filter);
        var whole = new System.Collections.Concurrent.ConcurrentDictionary<PageSnapshot, Func<PageSnapshot>>(ReferenceEqualityComparer.Instance);
        if (request is not null)
        {
            request = request with
            {
                Keep = page =>
                {
                    var slim = session.Add(page);
                    whole[slim] = journal?.Take(page) is { } line ? line.Read : () => page;
                    return slim;
                },
            };
        }

        // The browser and the compiler work side by side: one waits on pages, the other on the CPU.
        var codeTask = runsCode
            ? CodeAssessment.RunAsync(CodeRequest(config, standard, filter), cancellationToken)
            : Task.FromResult<CodeCheckResult?>(null)!;
        EvidenceFile evidence = new([]);
        IReadOnlyList<PageSnapshot> kept = [];
        if (request is not null)
        {
            var gathered = await new WebGatherer(logger, driver).GatherAsync(request, progress, cancellationToken);
            kept = gathered.Pages;
            evidence = new EvidenceFile(new StreamedPages([.. kept.Select(p => whole[p])]))
            {
                Gathering = GatheringOf(request, gathered.BrowserVersion, gathered.BrowserRestarts, gathered.Interrupted, gathered.FatalError) with
                {
                    Crawled = Shard?.Plan.Crawled ?? request.Crawl is not null,
                    Identity = identity,
                },
                Shard = Shard?.Info(config, standard),
            };
            if (gathered.FatalError is not null && !runsCode)
            {
                return new LoadResult<AssessmentOutcome>(new AssessmentOutcome(null, evidence, AssessmentVerdict.NotAssessable, gathered.FatalError), []);
            }
        }

        var code = await codeTask;
        return Audit(config, standard, filter, prepared.Value!, evidence, Checked(session, evidence, kept), code, started, clock);
    }

    /// <summary>
    /// The checks, criteria and assessment again over saved evidence (<c>assess --evidence</c>), with
    /// no browser: the configuration's checks, suppressions, baseline, threshold and language apply;
    /// the pages and how they were gathered come from <paramref name="evidence"/>. Source code, when
    /// configured, is read and analysed again (it needs no browser).
    /// </summary>
    public async Task<LoadResult<AssessmentOutcome>> ReauditAsync(
        ServiceConfig config,
        StandardDefinition standard,
        CheckFilter filter,
        EvidenceFile evidence,
        CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var runsWeb = evidence.Gathering is not null && RunsWeb(filter);
        var runsCode = RunsCode(config, standard, filter);
        if (!runsWeb && !runsCode)
        {
            return LoadResult<AssessmentOutcome>.Failed([Diagnostic.Error(
                ConfigDefaults.CommandLine,
                "nothing to re-assess: the evidence has no pages gathered by a browser, or --checks selects none of its checks, and no source code is given")]);
        }

        var prepared = Prepare(config, filter, runsWeb);
        if (!prepared.Succeeded)
        {
            return LoadResult<AssessmentOutcome>.Failed(prepared.Diagnostics);
        }

        var code = runsCode ? await CodeAssessment.RunAsync(CodeRequest(config, standard, filter), cancellationToken) : null;
        var web = runsWeb ? evidence : new EvidenceFile([]);
        if (web.Gathering?.FatalError is { } fatal && code is null)
        {
            return new LoadResult<AssessmentOutcome>(new AssessmentOutcome(null, evidence, AssessmentVerdict.NotAssessable, fatal), []);
        }

        var session = new WebCheckRunner(prepared.Value!.Checks).Start(ContextOf(config), filter);
        var kept = web.Gathering is null ? [] : web.Pages.Select(session.Add).ToList();
        return Audit(config, standard, filter, prepared.Value!, web, Checked(session, web, kept), code, started, clock);
    }

    /// <summary>The web checks' result over the pages kept (in visit order), or none when no browser gathered them.</summary>
    private static (IReadOnlyList<PageSnapshot> Pages, WebCheckResult Result) Checked(WebCheckSession session, EvidenceFile evidence, IReadOnlyList<PageSnapshot> kept) =>
        evidence.Gathering is null
            ? ([], new WebCheckResult([], [], [], [], new Dictionary<string, int>()))
            : (kept, session.Finish(kept, CancellationToken.None));

    private static CheckContext ContextOf(ServiceConfig config) => new()
    {
        Language = config.Language,
        ServiceLanguages = config.Service.Languages,
        WcagLevelTags = config.Accessibility.AxeTags,
        ServicePhase = config.Service.Phase?.ToString().ToLowerInvariant(),
    };

    private static EvidenceGathering GatheringOf(WebGatherRequest request, string? browserVersion, int restarts, bool interrupted, string? fatalError) =>
        new(
            request.Redactor.Text(request.BaseUrl.AbsoluteUri),
            request.Pages.Count,
            [.. request.Journeys.Select(j => j.Name)],
            request.Crawl is not null,
            request.Axe.Tags,
            browserVersion,
            restarts,
            interrupted,
            fatalError);

    private static bool RunsWeb(CheckFilter filter) =>
        filter.RunsCheck(AccessibilityChecks.Family) || filter.RunsCheck(DesignSystemChecks.Family);

    private static bool RunsCode(ServiceConfig config, StandardDefinition standard, CheckFilter filter) =>
        config.Source is not null && (RunsAnalyzers(filter) || filter.RunsCheck(RepositoryChecks.CheckId) || RunsPublicCode(standard, filter));

    /// <summary>
    /// The Standard for Public Code's repository checks run when the standard names their evidence (the
    /// public-code standard does; the digital service standard does not, so its runs are unchanged) or when
    /// <c>checks.enable</c> names them.
    /// </summary>
    private static bool RunsPublicCode(StandardDefinition standard, CheckFilter filter) =>
        filter.RunsCheck(PublicCodeChecks.CheckId) &&
        (PublicCodeChecks.Serves(standard.Criteria.SelectMany(c => c.EvidenceTags)) || filter.Include.Any(e => IsUnder(e, PublicCodeChecks.CheckId)));

    /// <summary>The analyzers run (and the projects compile) unless the selection names only the public-code checks.</summary>
    private static bool RunsAnalyzers(CheckFilter filter) =>
        filter.RunsCheck(CodeRules.CheckId) &&
        (filter.Include.Count == 0 || filter.Include.Any(e => !IsUnder(e, PublicCodeChecks.CheckId)));

    private static bool IsUnder(string entry, string checkId) =>
        entry == checkId || entry.StartsWith(checkId + "/", StringComparison.Ordinal);

    /// <summary>What the code checks read and run: only the selected kinds (a public-code-only run compiles nothing).</summary>
    private static SourceRequest CodeRequest(ServiceConfig config, StandardDefinition standard, CheckFilter filter) =>
        SourceRequest.From(config.Source!, config.Language) with
        {
            RunAnalyzers = RunsAnalyzers(filter),
            RunRepositoryChecks = filter.RunsCheck(RepositoryChecks.CheckId),
            RunPublicCodeChecks = RunsPublicCode(standard, filter),
        };

    /// <summary>
    /// What every run needs before it looks at evidence: the web checks (with the design-system pack),
    /// the catalogue of every rule the run can emit (the pack's contract rules included) and the baseline.
    /// </summary>
    private sealed record Prepared(IReadOnlyList<IWebCheck> Checks, CheckCatalog Catalog, Baseline? Baseline);

    private static LoadResult<Prepared> Prepare(ServiceConfig config, CheckFilter filter, bool runsWeb)
    {
        LoadedPack? pack = null;
        if (runsWeb && filter.RunsCheck(DesignSystemChecks.Family))
        {
            var loadedPack = ShippedPacks.Load(config.DesignSystem, config.BaseDirectory);
            if (!loadedPack.Succeeded)
            {
                return LoadResult<Prepared>.Failed(loadedPack.Diagnostics);
            }

            pack = loadedPack.Value;
        }

        IReadOnlyList<IWebCheck> checks = pack is null
            ? AccessibilityChecks.Create()
            : [.. AccessibilityChecks.Create(), .. DesignSystemChecks.Create(pack.Pack, config.DesignSystem, pack.Palette)];
        Baseline? baseline = null;
        if (config.Baseline is { } baselinePath)
        {
            var loaded = Baseline.Load(baselinePath);
            if (!loaded.Succeeded)
            {
                return LoadResult<Prepared>.Failed(loaded.Diagnostics);
            }

            baseline = loaded.Value;
        }

        return new LoadResult<Prepared>(new Prepared(checks, CompleteCatalog.Build(pack?.Pack), baseline), []);
    }

    private static LoadResult<AssessmentOutcome> Audit(
        ServiceConfig config,
        StandardDefinition standard,
        CheckFilter filter,
        Prepared prepared,
        EvidenceFile evidence,
        (IReadOnlyList<PageSnapshot> Pages, WebCheckResult Result) web,
        CodeCheckResult? code,
        DateTimeOffset started,
        Stopwatch clock)
    {
        var baseline = prepared.Baseline;
        var gathering = evidence.Gathering;
        // The pages as kept for the site checks (SiteEvidence.Slim): all the report reads of each.
        var (assessed, result) = web;
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
        var catalog = prepared.Catalog;
        var checksRun = result.ChecksRun.Concat(code?.ChecksRun ?? []).ToList();
        var criteria = CriterionEvaluator.Evaluate(standard, findings, tagsWithEvidence, threshold, config.Language);
        var pages = assessed.Select(p => ToAssessedPage(p, findings)).ToList();
        var errors = pages.Count(p => p.Error is not null);
        var rulesRun = WcagCoverageBuilder.RulesRun(catalog, AxeRules.All, result.ChecksRun, gathering?.AxeTags ?? [], filter.KeepsRule);

        var report = new AssessmentReport
        {
            Run = new RunInfo(
                "servicestandard",
                ToolVersion,
                started,
                Math.Round(clock.Elapsed.TotalSeconds, 2),
                config.Language,
                gathering?.BrowserVersion is null ? null : $"Chromium {gathering.BrowserVersion}",
                assessed.Select(p => p.Axe?.AxeVersion).FirstOrDefault(v => v is not null),
                gathering?.BrowserRestarts ?? 0,
                gathering?.Interrupted ?? false,
                ConfigKeywords.FailThresholds.NameOf(config.FailOn)),
            Service = new ServiceSummary(config.Service.Name?.Get(config.Language), config.Service.Phase?.ToString().ToLowerInvariant(), config.Service.Languages),
            Standard = new StandardReference(standard.Id, standard.Version, standard.Title.Get(config.Language)),
            Scope = new AssessmentScope(
                gathering?.BaseUrl ?? config.Target?.BaseUrl.AbsoluteUri,
                gathering?.PagesListed ?? 0,
                gathering?.Journeys ?? [],
                checksRun,
                gathering?.Crawled ?? false)
            {
                // Relative to where the tool ran, as the user typed it; never an absolute path of this machine.
                Source = config.Source is null ? null : Path.GetRelativePath(Environment.CurrentDirectory, config.Source.Path).Replace('\\', '/'),
                WcagLevels = config.Accessibility.AxeTags,
                Code = code?.Scope,
                Sample = config.Sample is { } sample && config.Target is { } target
                    ? new AssessmentSample(sample.Seed, sample.RandomShare, [.. sample.Pages.Select(p => new SampleMember(target.Resolve(p.Url).AbsoluteUri, p.Reasons))])
                    : null,
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
            Shard = evidence.Shard,
            Statement = config.Statement,
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
        var fatal = gathering?.FatalError;
        var verdict = fatal is not null ? AssessmentVerdict.NotAssessable : AssessmentVerdicts.Decide(report);
        var problem = fatal is not null
            ? "the pages could not be assessed: " + fatal
            : verdict == AssessmentVerdict.NotAssessable ? "no page could be assessed: " + pages.First().Error!.Message : null;
        return new LoadResult<AssessmentOutcome>(new AssessmentOutcome(report, evidence, verdict, problem), []);
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
