namespace ServiceStandard.Model.Evidence;

/// <summary>
/// What pressing Tab through a page showed: the order focus visited elements, whether focus got
/// stuck, which interactive-looking elements it never reached, and how focus looked.
/// </summary>
public sealed record KeyboardWalk(
    IReadOnlyList<FocusStop> Stops,
    IReadOnlyList<KeyboardTrap> Traps,
    IReadOnlyList<InteractiveElement> NotReached,
    SkipLinkProbe SkipLink,
    int TabPresses,
    bool Completed)
{
    /// <summary>Navigations the page started when focus moved onto an element (WCAG 3.2.1).</summary>
    public IReadOnlyList<FocusContextChange> ContextChanges { get; init; } = [];
}

/// <param name="IndicatorVisible">Whether focusing changed how the element (or its parent) is drawn.</param>
/// <param name="IndicatorChange">What changed on focus, e.g. "outline 3px", "box-shadow"; null when nothing.</param>
public sealed record FocusStop(int Index, string Selector, string Tag, string Snippet, bool IndicatorVisible, string? IndicatorChange)
{
    /// <summary>
    /// The fixed or sticky content (its selector) that entirely hid the element once the browser
    /// had scrolled it into view (WCAG 2.4.11); null when any of it showed.
    /// </summary>
    public string? ObscuredBy { get; init; }
}

/// <summary>A change of context that moving focus caused (WCAG 3.2.1): the page tried to go elsewhere.</summary>
/// <param name="Selector">The element focus had just moved to.</param>
/// <param name="Url">Where the page tried to go (held, so the walk went on).</param>
public sealed record FocusContextChange(string Selector, string Snippet, string Url);

/// <summary>
/// A region focus could not leave with Tab, nor with Shift+Tab or Escape (the standard ways out).
/// </summary>
/// <param name="Selector">Selector of the element or container focus could not leave.</param>
public sealed record KeyboardTrap(string Selector, string Snippet, string Description)
{
    /// <summary>Nothing on the page says how to leave it.</summary>
    public const string NoWayOut = "no-way-out";

    /// <summary>The page advises keys to leave it, and pressing them left focus where it was.</summary>
    public const string AdvisedKeysFail = "advised-keys-fail";

    /// <summary>The page says something about leaving it (or has a help control inside) that a person must try.</summary>
    public const string AdviceToReview = "advice-to-review";

    /// <summary><see cref="NoWayOut"/>, <see cref="AdvisedKeysFail"/> or <see cref="AdviceToReview"/>.</summary>
    public string Kind { get; init; } = NoWayOut;

    /// <summary>What the page says about leaving (a sentence, or the selector of a help control); null when nothing.</summary>
    public string? Advice { get; init; }

    /// <summary>The keys the advice names, as pressed (Control+m); null when it names none.</summary>
    public string? AdvisedKeys { get; init; }
}

/// <param name="Reason">Why it looks interactive: click handler, role, cursor:pointer, natively focusable.</param>
public sealed record InteractiveElement(string Selector, string Snippet, string Reason);

/// <summary>What lets users bypass the blocks before the main content (WCAG 2.4.1, ACT rule cf77f2).</summary>
/// <param name="FocusablesBeforeMain">How many focusable elements come before the main content (repeated blocks to bypass).</param>
/// <param name="TargetFocusable">Whether the skip link's target can take focus itself (not needed: following the link moves the focus starting point there).</param>
public sealed record SkipLinkProbe(
    bool Present,
    bool IsFirst,
    string? Selector,
    string? Target,
    bool TargetExists,
    bool TargetFocusable,
    int FocusablesBeforeMain)
{
    /// <summary>
    /// Whether the skip link's target is the main content, inside it, or just before it (ACT ye5d6e);
    /// null when not measured (evidence from an earlier version).
    /// </summary>
    public bool? TargetAtContent { get; init; }

    /// <summary>Whether the page has a main landmark (ACT b40fd1).</summary>
    public bool MainLandmark { get; init; }

    /// <summary>Whether the main content starts with a heading (ACT 047fe0).</summary>
    public bool HeadingStartsContent { get; init; }
}
