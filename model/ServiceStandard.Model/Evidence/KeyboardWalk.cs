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

    /// <summary>
    /// The colours of the focus indicator drawn on the element itself and of what it sits on (WCAG
    /// 1.4.11); null when focus changed nothing of the element's own look, or in evidence gathered
    /// before it was measured.
    /// </summary>
    public FocusIndicatorLook? Look { get; init; }
}

/// <summary>What a focus indicator is made of and what surrounds it, as computed styles give them.</summary>
/// <param name="Parts">Each line or area focus added or recoloured: outline, box-shadow, border side, background.</param>
/// <param name="OtherChanges">Changes that are not of colour (an underline added, a thicker line): they show focus whatever the colours.</param>
/// <param name="Backdrop">The background colours behind the element, innermost first, down to the first opaque one (CSS colours as computed).</param>
/// <param name="BackdropUnclear">Why the colour behind cannot be told from styles (a background image, translucency), or null.</param>
/// <param name="OwnBackground">The focused element's own background colour, as computed.</param>
/// <param name="OwnUnclear">Why its own background cannot be told from styles, or null.</param>
public sealed record FocusIndicatorLook(
    IReadOnlyList<IndicatorPart> Parts,
    IReadOnlyList<string> OtherChanges,
    IReadOnlyList<string> Backdrop,
    string? BackdropUnclear,
    string OwnBackground,
    string? OwnUnclear);

/// <summary>One part of a focus indicator.</summary>
/// <param name="Kind"><c>outline</c>, <c>box-shadow</c>, <c>inset box-shadow</c>, <c>border-top</c>… or <c>background</c>.</param>
/// <param name="Colour">Its colour as computed (may be translucent).</param>
/// <param name="Width">How thick it is drawn, in CSS px (0 for a background).</param>
/// <param name="Against">What lies next to it: <c>backdrop</c> (behind the element), <c>own</c> (the element's background) or a border colour.</param>
public sealed record IndicatorPart(string Kind, string Colour, double Width, IReadOnlyList<string> Against)
{
    /// <summary>Outline offset in CSS px, for an outline.</summary>
    public double? Offset { get; init; }

    /// <summary>Painted over the element's own background (inset), not over what is behind it.</summary>
    public bool Inside { get; init; }

    /// <summary>For a background: the colour it had before focus.</summary>
    public string? Previous { get; init; }

    /// <summary>The browser's own focus ring (<c>outline-style: auto</c>), in colours the author did not choose.</summary>
    public bool UserAgent { get; init; }

    /// <summary>Why this part has no one colour to measure (a blurred glow), or null.</summary>
    public string? Unclear { get; init; }
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
