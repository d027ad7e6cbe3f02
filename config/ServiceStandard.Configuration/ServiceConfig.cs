using ServiceStandard.Standard;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Kernel;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Configuration;

/// <summary>
/// A run's configuration: <c>servicestandard.yml</c> with every default filled in and every path
/// made absolute. Built by <see cref="ConfigLoader"/>, defaults and command-line overrides by
/// <see cref="ConfigDefaults"/>. The format is documented in docs/config.md.
/// </summary>
public sealed record ServiceConfig(
    int SchemaVersion,
    ServiceInfo Service,
    string Standard,
    string Language,
    TargetConfig? Target,
    SourceConfig? Source,
    DesignSystemConfig DesignSystem,
    AccessibilityConfig Accessibility,
    CheckSelection Checks,
    FailThreshold FailOn,
    bool NewOnly,
    string? Baseline,
    OutputConfig Output,
    IReadOnlyList<Suppression> Suppressions,
    string BaseDirectory,
    string? ConfigFile)
{
    /// <summary>
    /// The <c>source:</c> settings (exclude, restore, feeds) of a config that gives no
    /// <c>source.path</c>, kept for <c>--source</c> to use; null when the config has none.
    /// </summary>
    public SourceConfig? SourceSettings { get; init; }

    /// <summary>The accessibility statement's facts (<c>statement:</c>: organisation, contacts, method); null when the config has none.</summary>
    public StatementDetails? Statement { get; init; }

    /// <summary>
    /// The WCAG-EM sample <c>servicestandard sample --write</c> chose (<c>sample:</c>): when it lists
    /// pages, a run visits exactly those (no crawl) and every journey; null when the config has none.
    /// </summary>
    public SampleConfig? Sample { get; init; }

    /// <summary>True when <see cref="Standard"/> is a shipped standard's id; otherwise it is an absolute path to a team's YAML.</summary>
    public bool UsesShippedStandard => ShippedStandards.Ids.Contains(Standard, StringComparer.Ordinal);
}

/// <summary>The service being assessed, as the report names it.</summary>
public sealed record ServiceInfo(LocalizedText? Name, ServicePhase? Phase, IReadOnlyList<string> Languages, string? Owner);

/// <summary>The running service to visit. Pages and goto targets are kept as written and resolved with <see cref="Resolve"/>.</summary>
public sealed record TargetConfig(
    Uri BaseUrl,
    IReadOnlyList<string> AllowedOrigins,
    IReadOnlyList<string> Pages,
    CrawlConfig Crawl,
    IReadOnlyList<Journey> Journeys,
    AuthConfig? Auth,
    TimeoutConfig Timeouts,
    int Concurrency,
    string? BrowserPath,
    ViewportSize Viewport)
{
    /// <summary>A path (<c>/start</c>, against <see cref="BaseUrl"/>) or an absolute URL.</summary>
    public Uri Resolve(string pathOrUrl) =>
        pathOrUrl.StartsWith('/') && !pathOrUrl.StartsWith("//", StringComparison.Ordinal)
            ? new Uri(BaseUrl, new Uri(pathOrUrl, UriKind.Relative))
            : new Uri(pathOrUrl, UriKind.Absolute);

    /// <summary>A browser elsewhere to connect to instead of launching <see cref="BrowserPath"/>; null launches a local Chromium.</summary>
    public RemoteBrowser? RemoteBrowser { get; init; }

    /// <summary>The most page loads a second on one origin (<c>maxRequestsPerSecond</c>); null or 0: no limit but <see cref="Concurrency"/>.</summary>
    public double? MaxRequestsPerSecond { get; init; }

    /// <summary>How the service's owners can reach the team running the tool (<c>contact</c>), named in the User-Agent; null for none.</summary>
    public string? Contact { get; init; }

    /// <summary>The pages to assess as absolute URLs.</summary>
    public IReadOnlyList<Uri> PageUrls => [.. Pages.Select(Resolve)];

    /// <summary>Whether crawling and journeys may visit <paramref name="url"/>.</summary>
    public bool IsAllowed(Uri url) => AllowedOrigins.Contains(ConfigUrls.OriginOf(url), StringComparer.OrdinalIgnoreCase);

    /// <summary>How many pages to assess at once: <see cref="Concurrency"/>, or the processor count when it is 0.</summary>
    public int EffectiveConcurrency(int processorCount) => Concurrency > 0 ? Concurrency : Math.Max(1, processorCount);
}

public sealed record CrawlConfig(
    bool Enabled,
    int MaxPages,
    int MaxDepth,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    bool RespectRobotsTxt);

/// <summary>A scripted path through the service; each step's page state is assessed.</summary>
public sealed record Journey(string Name, IReadOnlyList<JourneyStep> Steps, SourceLocation Location)
{
    /// <summary><c>journey apply, step 3 (click 'a.start')</c>, for run-time messages.</summary>
    public string Describe(JourneyStep step) => $"journey {Name}, {step.Describe()}";
}

/// <summary>Steps that sign in before pages and journeys are visited; values may read <c>${env:NAME}</c>.</summary>
public sealed record AuthConfig(string? LoginUrl, IReadOnlyList<JourneyStep> Steps, SourceLocation Location);

public sealed record TimeoutConfig(int PageSeconds, int NavigationSeconds);

public sealed record ViewportSize(int Width, int Height);

/// <summary>C# source to analyse; <see cref="Path"/> is absolute.</summary>
public sealed record SourceConfig(string Path, IReadOnlyList<string> Exclude)
{
    /// <summary><c>source.restore</c>: whether packages missing from the machine are downloaded (off by default).</summary>
    public PackageRestore Restore { get; init; } = PackageRestore.None;

    /// <summary><c>source.feeds</c>: the NuGet feeds (v3 service index URLs or local folders) packages are downloaded from.</summary>
    public IReadOnlyList<string> Feeds { get; init; } = ConfigDefaults.PackageFeeds;

    /// <summary><c>source.threatModels</c>: the untrusted data the taint rules start from; remote (the request, the network) always.</summary>
    public IReadOnlyList<ThreatModel> ThreatModels { get; init; } = ConfigDefaults.ThreatModels;
}

/// <summary>
/// The design system the service builds with. <see cref="Pack"/> is a shipped pack id or an
/// absolute folder path; <see cref="Palette"/> is <c>tokens</c> or an absolute file path.
/// </summary>
public sealed record DesignSystemConfig(string Pack, string? MinimumVersion, string Palette, double PaletteTolerance);

public sealed record AccessibilityConfig(AccessibilityLevel Level, bool BestPractice, bool Keyboard, bool Reflow)
{
    /// <summary>The axe-core tags this level runs.</summary>
    public IReadOnlyList<string> AxeTags => ConfigKeywords.AxeTags(Level);
}

/// <summary>Check families or check ids to run (empty: all) and to skip.</summary>
public sealed record CheckSelection(IReadOnlyList<string> Enable, IReadOnlyList<string> Disable);

/// <summary>Where reports go (<see cref="Directory"/> is absolute) and in which formats (empty: the default formats).</summary>
public sealed record OutputConfig(string Directory, IReadOnlyList<FormatChoice> Formats);

/// <summary>
/// A report format asked for by name, with where it was asked (an item of output.formats, or the
/// command line). The renderers register the formats, so the CLI checks the name against them.
/// </summary>
public sealed record FormatChoice(string Name, SourceLocation Location);

/// <summary>
/// Findings to leave out of the verdict, with the reason recorded in the report. A finding is
/// suppressed when it matches every matcher given (check id or family, fingerprint, URL-path glob, source-path glob).
/// </summary>
public sealed record Suppression(string? Check, string? Fingerprint, string? Url, string? Path, string Reason, SourceLocation Location);

/// <summary>
/// The pages of a WCAG-EM sample and why each is there (<c>common: contact</c>, <c>template 2 of 5
/// (14 pages)</c>, <c>journey: apply</c>, <c>technology: data-table</c>, <c>random</c>, or a
/// person's own words), with the seed and share the random part was drawn with.
/// </summary>
public sealed record SampleConfig(int? Seed, double? RandomShare, IReadOnlyList<SampleEntry> Pages, SourceLocation Location)
{
    /// <summary>The reason of a page drawn at random (WCAG-EM 3.b); every other reason is the structured sample's (3.a).</summary>
    public const string RandomReason = "random";
}

/// <summary>A page of the sample: a path (or absolute URL inside the allowed origins) and its reasons.</summary>
public sealed record SampleEntry(string Url, IReadOnlyList<string> Reasons);
