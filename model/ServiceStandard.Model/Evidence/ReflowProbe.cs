namespace ServiceStandard.Model.Evidence;

/// <summary>
/// The page at a narrow viewport (320 CSS px, WCAG 1.4.10) or with text spacing overridden
/// (WCAG 1.4.12): does it scroll sideways, and which elements overflow or clip their text.
/// </summary>
public sealed record ReflowProbe(
    int ViewportWidth,
    int ScrollWidth,
    bool HorizontalScroll,
    IReadOnlyList<OverflowingElement> Offenders);

public sealed record OverflowingElement(string Selector, string Snippet, int Width, string Problem)
{
    /// <summary>
    /// What sticks out is content that needs two-dimensional layout for its meaning (WCAG 1.4.10's
    /// exception: a data table, an image, a video, a canvas, a map): its name, or null.
    /// </summary>
    public string? TwoDimensional { get; init; }
}
