using ServiceStandard.Configuration;
using ServiceStandard.Model.Evidence;
using ServiceStandard.Model.Privacy;

namespace ServiceStandard.Gathering.Web;

/// <summary>What to visit and what to gather: the gatherer's whole input, resolved from config.</summary>
public sealed record WebGatherRequest
{
    public required Uri BaseUrl { get; init; }

    /// <summary>Takes the run's credentials out of everything gathered before it is kept, shown or written.</summary>
    public Redactor Redactor { get; init; } = new();

    /// <summary>
    /// Called with each page's evidence as it is finished (redacted), from any worker: the run's
    /// journal. A journey's pages come together, once the journey has ended, so a journal never holds
    /// half a journey.
    /// </summary>
    public Action<IReadOnlyList<PageSnapshot>>? OnPageGathered { get; init; }

    /// <summary>
    /// What the run keeps of each page once <see cref="OnPageGathered"/> has seen it (called with
    /// each page, from any worker): the outcome's pages are what it returns, in visit order. A run
    /// that checks each page as it comes keeps only what its site checks compare; null keeps the
    /// whole page.
    /// </summary>
    public Func<PageSnapshot, PageSnapshot>? Keep { get; init; }

    /// <summary>
    /// Evidence an earlier run of the same request already gathered (<c>assess --resume</c>): a page
    /// found here (by its normalised URL) and a journey found here (by name) are not gathered again;
    /// their snapshots take their places in the run's order, as if just gathered. A crawl still loads
    /// such a page for its links, and probes nothing.
    /// </summary>
    public IReadOnlyList<PageSnapshot> Gathered { get; init; } = [];

    /// <summary>Origins (scheme://host:port) the run may visit; nothing else is ever loaded as a page.</summary>
    public required IReadOnlyList<string> AllowedOrigins { get; init; }

    public IReadOnlyList<Uri> Pages { get; init; } = [];

    public CrawlPlan? Crawl { get; init; }

    /// <summary>
    /// How <see cref="Pages"/> were found, when a plan found them (a shard visits crawled pages with no
    /// crawl of its own); null: listed, or crawled when <see cref="Crawl"/> is set.
    /// </summary>
    public PageOrigin? PagesOrigin { get; init; }

    /// <summary>
    /// Only find the pages (<c>servicestandard plan</c>): each page is loaded for its links and kept
    /// with its URL and status alone, no evidence gathered.
    /// </summary>
    public bool LinksOnly { get; init; }

    /// <summary>
    /// With <see cref="LinksOnly"/>: each page's outline is read too (<see cref="PageSnapshot.Outline"/>,
    /// its title and language), for <c>servicestandard sample</c> to choose pages by.
    /// </summary>
    public bool Outlines { get; init; }

    public IReadOnlyList<JourneyPlan> Journeys { get; init; } = [];

    /// <summary>Steps run at the start of every browser context (sign in), values already resolved.</summary>
    public IReadOnlyList<JourneyAction> SignIn { get; init; } = [];

    public int Concurrency { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Paces the page loads of the run on each origin (<c>target.maxRequestsPerSecond</c>, and
    /// robots.txt's Crawl-delay when the crawl reads it). Shared by every copy of the request in a run.
    /// </summary>
    public RequestPacer Pacer { get; init; } = new();

    /// <summary>
    /// What the browser and the robots.txt request add to their User-Agent to name the tool, its
    /// version and the team's contact (<c>servicestandard/0.1.0 (+mailto:…)</c>); null adds nothing.
    /// </summary>
    public string? UserAgentProduct { get; init; }

    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The clock that page timeouts run on: the system's, or one a test moves itself.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public string? BrowserPath { get; init; }

    /// <summary>A browser elsewhere to connect to instead of launching one (<see cref="BrowserPath"/> is then unused).</summary>
    public RemoteBrowser? RemoteBrowser { get; init; }

    public int ViewportWidth { get; init; } = 1280;

    public int ViewportHeight { get; init; } = 900;

    public AxeSettings Axe { get; init; } = new();

    /// <summary>
    /// The kinds of evidence to gather on every page: what the selected checks require
    /// (<see cref="Engine.EvidencePlan"/>) and the configuration allows. The DOM is always gathered.
    /// </summary>
    public IReadOnlySet<EvidenceKind> Evidence { get; init; } = EvidencePlanDefaults.Accessibility;

    public bool Gathers(EvidenceKind kind) => kind == EvidenceKind.Html || Evidence.Contains(kind);

    /// <summary>Folder for cropped screenshots of failing elements; none are taken when null.</summary>
    public string? ScreenshotDirectory { get; init; }

    public int MaxScreenshotsPerPage { get; init; } = 5;

    /// <summary>en or es: the language of page-error messages (the run's language).</summary>
    public string Language { get; init; } = "en";

    /// <summary>A page-error message in the run's language, from web-errors.yml.</summary>
    internal string Message(string key, params ReadOnlySpan<(string Name, object? Value)> arguments) =>
        WebErrors.Messages.Format(Language, key, arguments);

    public bool IsAllowed(Uri url) =>
        (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) &&
        AllowedOrigins.Contains(url.GetLeftPart(UriPartial.Authority), StringComparer.OrdinalIgnoreCase);
}

public sealed record AxeSettings
{
    /// <summary>axe tags to run, e.g. wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa (+ best-practice).</summary>
    public IReadOnlyList<string> Tags { get; init; } = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>en or es: the language of axe's messages.</summary>
    public string Locale { get; init; } = "en";

    /// <summary>
    /// Rules run whatever the tags: ones that implement a W3C ACT rule consistently but that axe
    /// leaves out of its WCAG tags (experimental, or tagged best-practice because the ACT rule maps to
    /// no success criterion or only to AAA ones). Their findings keep axe's tags, so the run's WCAG
    /// level still decides which are reported.
    /// </summary>
    public IReadOnlyList<string> EnabledRules { get; init; } =
    [
        "css-orientation-lock", // ACT b33eff, 1.3.4 (experimental in axe)
        "summary-name", // ACT 2t702h, 4.1.2
        "meta-refresh-no-exceptions", // ACT bisz58, 2.2.4 and 3.2.5 (AAA)
        "empty-heading", // ACT ffd0e9, no success criterion
        "presentation-role-conflict", // ACT 46ca7f, no success criterion
    ];
}

internal static class EvidencePlanDefaults
{
    /// <summary>What the accessibility checks read: the gatherer's default when no plan is given.</summary>
    public static IReadOnlySet<EvidenceKind> Accessibility { get; } = new HashSet<EvidenceKind>
    {
        EvidenceKind.Html, EvidenceKind.Axe, EvidenceKind.Keyboard, EvidenceKind.Reflow, EvidenceKind.TextSpacing, EvidenceKind.ErrorSummary, EvidenceKind.PageStructure, EvidenceKind.Forms,
    };
}

public sealed record CrawlPlan(int MaxPages, int MaxDepth, IReadOnlyList<string> Include, IReadOnlyList<string> Exclude, bool RespectRobotsTxt);

public sealed record JourneyPlan(string Name, IReadOnlyList<JourneyAction> Steps);

/// <summary>One step of a journey, already resolved (no ${env:} references left).</summary>
/// <param name="Kind">goto, click, fill, select, check, press, waitFor, expect.</param>
/// <param name="Sensitive">The value came from the environment: never log or report it.</param>
public sealed record JourneyAction(int Index, string Kind, string? Selector = null, string? Value = null, bool Sensitive = false)
{
    /// <summary>How the step reads in a message, never with a secret in it.</summary>
    public string Describe() => Kind switch
    {
        "goto" => $"goto {Value}",
        "fill" or "select" => $"{Kind} '{Selector}'" + (Sensitive ? string.Empty : $" with '{Value}'"),
        "press" => $"press {Value}" + (Selector is null ? string.Empty : $" in '{Selector}'"),
        "expect" => $"expect '{Selector}'" + (Value is null ? string.Empty : $" to contain '{Value}'"),
        _ => $"{Kind} '{Selector}'",
    };

    /// <summary>Steps after which the page is assessed: ones that load or change a page.</summary>
    public bool ProducesPage => Kind is "goto" or "click" or "press";
}
