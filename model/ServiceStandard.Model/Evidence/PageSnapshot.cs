namespace ServiceStandard.Model.Evidence;

/// <summary>
/// Everything gathered from one visited page or journey step, in one browser visit. Checks read
/// only this (and can be tested on a stored one with no browser); see evidence.json.
/// </summary>
public sealed record PageSnapshot
{
    public required string RequestedUrl { get; init; }

    public required string FinalUrl { get; init; }

    public int? Status { get; init; }

    public string Title { get; init; } = string.Empty;

    /// <summary>The <c>lang</c> attribute of the html element, or null when missing.</summary>
    public string? Lang { get; init; }

    /// <summary>The final DOM serialised after scripts ran.</summary>
    public string Html { get; init; } = string.Empty;

    public required PageOrigin Origin { get; init; }

    public AxeRun? Axe { get; init; }

    public KeyboardWalk? Keyboard { get; init; }

    public ReflowProbe? Reflow { get; init; }

    public ReflowProbe? TextSpacing { get; init; }

    public ErrorSummaryProbe? ErrorSummary { get; init; }

    /// <summary>Computed colours, control look-alikes and stylesheet banners, for the design-system checks; null when not gathered.</summary>
    public DesignProbe? Design { get; init; }

    /// <summary>Pointer and motion listeners, media, images of text, reordered blocks and content shown on hover; null when not gathered.</summary>
    public ContentProbe? Content { get; init; }
    /// <summary>Landmarks, links, buttons and forms in document order, for the rules that compare pages; null when not gathered.</summary>
    public StructureProbe? Structure { get; init; }
    /// <summary>Form fields, error messages, CAPTCHAs and review pages (WCAG 3.3.x); null when not gathered.</summary>
    public FormsProbe? Forms { get; init; }

    /// <summary>
    /// On a journey step's page, gathered with <see cref="EvidenceKind.Forms"/>: what each step since the
    /// journey's previous page did, up to and including the one that led here. Empty elsewhere.
    /// </summary>
    public IReadOnlyList<JourneyStepRecord> Steps { get; init; } = [];

    /// <summary>
    /// The kinds of evidence the gatherer was asked for on this page, whether or not the page had
    /// anything to show (a page without an error summary still had its error summary looked for).
    /// </summary>
    public IReadOnlyList<EvidenceKind> Probed { get; init; } = [];

    public IReadOnlyList<ElementScreenshot> Screenshots { get; init; } = [];

    /// <summary>Navigations of the page to other origins, aborted before they were sent.</summary>
    public IReadOnlyList<BlockedNavigation> BlockedNavigations { get; init; } = [];

    /// <summary>Set when the page could not be assessed; the other evidence is then partial or absent.</summary>
    public PageError? Error { get; init; }

    /// <summary>Time spent probing the loaded page (axe, Tab walk, layout probes).</summary>
    public double GatherMilliseconds { get; init; }

    /// <summary>
    /// Each evidence kind's share of <see cref="GatherMilliseconds"/> (its reader on load and its own
    /// phase), keyed by the kind's name as in <see cref="Probed"/>; empty in older evidence.
    /// </summary>
    public IReadOnlyDictionary<string, double> ProbeMilliseconds { get; init; } = new Dictionary<string, double>();

    /// <summary>Time from starting navigation to the load event.</summary>
    public double LoadMilliseconds { get; init; }

    /// <summary>
    /// The page's skeleton, technologies and link texts, read only by <c>servicestandard sample</c>'s
    /// crawl (which saves no evidence); null everywhere else, and then not written.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public PageOutline? Outline { get; init; }
}

/// <summary>How the page was reached: listed, crawled, or as step N of a journey.</summary>
public sealed record PageOrigin(string Kind, string? Journey = null, int? Step = null, string? StepDescription = null)
{
    public static PageOrigin Listed { get; } = new("page");

    public static PageOrigin Crawled { get; } = new("crawl");

    public static PageOrigin JourneyStep(string journey, int step, string description) => new("journey", journey, step, description);

    public override string ToString() => Kind == "journey" ? $"{Journey}, step {Step} ({StepDescription})" : Kind;
}

/// <param name="Kind">unreachable, http-error, timeout, crashed, outside-origin, journey-step, browser.</param>
public sealed record PageError(string Kind, string Message);

public sealed record ElementScreenshot(string Selector, string File, int Width, int Height);

/// <summary>
/// A navigation of the page's main frame to an origin outside the run, aborted before it was sent.
/// </summary>
/// <param name="Url">Where the page tried to go.</param>
/// <param name="When"><c>during-load</c> (while the page loaded, or a journey step's own action),
/// <c>after-load</c> (the page went on its own after it had loaded: a timer, a meta refresh, a
/// script), <c>redirect</c> (the server answered with a redirect there), or <c>held</c> (a
/// navigation within the run's origins that the page started on its own once loaded, such as a meta
/// refresh: held so the page was assessed as it loaded).</param>
public sealed record BlockedNavigation(string Url, string When);
