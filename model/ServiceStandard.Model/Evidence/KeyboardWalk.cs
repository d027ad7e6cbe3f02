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
    bool Completed);

/// <param name="IndicatorVisible">Whether focusing changed how the element (or its parent) is drawn.</param>
/// <param name="IndicatorChange">What changed on focus, e.g. "outline 3px", "box-shadow"; null when nothing.</param>
public sealed record FocusStop(int Index, string Selector, string Tag, string Snippet, bool IndicatorVisible, string? IndicatorChange);

/// <param name="Region">Selector of the element or container focus could not leave.</param>
public sealed record KeyboardTrap(string Selector, string Snippet, string Description);

/// <param name="Reason">Why it looks interactive: click handler, role, cursor:pointer, natively focusable.</param>
public sealed record InteractiveElement(string Selector, string Snippet, string Reason);

/// <param name="FocusablesBeforeMain">How many focusable elements come before the main content (repeated blocks to bypass).</param>
public sealed record SkipLinkProbe(
    bool Present,
    bool IsFirst,
    string? Selector,
    string? Target,
    bool TargetExists,
    bool TargetFocusable,
    int FocusablesBeforeMain);
