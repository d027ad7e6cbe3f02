namespace ServiceStandard.Model.Evidence;

/// <summary>
/// Content and pointer evidence from one page (WCAG 1.2.x, 1.3.2, 1.4.5, 1.4.13, 2.5.2, 2.5.4, 2.5.7):
/// elements listening to pointer-down or drag events, device-motion listeners, media, candidate
/// images of text and reordered blocks, read on load; and what hovering the likely hover triggers
/// showed.
/// </summary>
public sealed record ContentProbe(
    IReadOnlyList<PointerTarget> PointerTargets,
    IReadOnlyList<string> MotionEvents,
    IReadOnlyList<MediaItem> Media,
    IReadOnlyList<TextImageCandidate> TextImages,
    IReadOnlyList<ReorderedBlock> Reordered,
    IReadOnlyList<HoverContent> Hover)
{
    /// <summary>
    /// Form controls whose look the author changed from the browser's own, with the colours that
    /// identify them and those behind them (WCAG 1.4.11); empty in evidence gathered before they were read.
    /// </summary>
    public IReadOnlyList<ControlBoundary> ControlBoundaries { get; init; } = [];
}

/// <summary>A visible, enabled form control the author restyled, and the colours of its boundary (WCAG 1.4.11).</summary>
/// <param name="Control"><c>text</c> (a text-like input), <c>textarea</c>, <c>select</c>, <c>checkbox</c> or <c>radio</c> (with <c>appearance: none</c>).</param>
/// <param name="Styled">The properties whose computed values differ from a fresh, unstyled control of the same kind.</param>
/// <param name="Borders">The border sides it draws (a style and a width), with their computed colours.</param>
/// <param name="Background">Its own background colour, as computed (may be translucent).</param>
/// <param name="Backdrop">The background colours behind it, innermost first, down to the first opaque one.</param>
/// <param name="Unclear">Why the colours cannot be told from styles (a background image, translucency), or null.</param>
/// <param name="Shadows">Its box-shadows that are not transparent, as computed: they may draw its boundary.</param>
/// <param name="Wrapper">The nearest ancestor that hugs it and draws a border or background, or null.</param>
public sealed record ControlBoundary(
    string Selector,
    string Snippet,
    string Control,
    IReadOnlyList<string> Styled,
    IReadOnlyList<BorderSide> Borders,
    string Background,
    IReadOnlyList<string> Backdrop,
    string? Unclear,
    IReadOnlyList<string> Shadows,
    BoxBoundary? Wrapper);

/// <summary>An element's box as a boundary: its border sides, its background, and the colours behind it.</summary>
public sealed record BoxBoundary(string Selector, IReadOnlyList<BorderSide> Borders, string Background, IReadOnlyList<string> Backdrop, string? Unclear);

/// <summary>One side of a border that is drawn: <c>top</c>, <c>right</c>, <c>bottom</c> or <c>left</c>, its width in CSS px and computed colour.</summary>
public sealed record BorderSide(string Side, double Width, string Colour);

/// <summary>An element that listens to a pointer-down or drag event, is draggable, or is a custom slider.</summary>
/// <param name="Events">The events it listens to, as the page hook saw them (click, mousedown, mousemove, dragstart…).</param>
/// <param name="NativeControl">A form control, label or media element, whose own behaviour comes on the up-event.</param>
/// <param name="NearbyButtons">Visible buttons (or number, range and select controls) beside it: a possible single-pointer alternative.</param>
public sealed record PointerTarget(string Selector, string Snippet, string Name, IReadOnlyList<string> Events, bool Draggable, string? Role, bool NativeControl, int NearbyButtons);

/// <summary>A video, audio element or embedded player (YouTube, Vimeo…).</summary>
/// <param name="Kind">video, audio or embed.</param>
/// <param name="Source">The media's address (file) or the player's host.</param>
/// <param name="Tracks">The kinds of its track elements (captions, subtitles, descriptions…).</param>
/// <param name="TranscriptNearby">A transcript is named near it (a link, button or text saying "transcript").</param>
/// <param name="DescriptionNearby">An audio-described version is named near it.</param>
public sealed record MediaItem(string Selector, string Snippet, string Kind, string Source, IReadOnlyList<string> Tracks, bool Autoplay, bool Muted, bool Controls, bool TranscriptNearby, bool DescriptionNearby);

/// <summary>An image that may be an image of text.</summary>
/// <param name="Kind">file-name (its file is called banner, heading, button…), image-button (input type=image), canvas-text (text drawn on a canvas), image-replacement (text hidden over a background image).</param>
/// <param name="Text">Its text alternative or hidden text.</param>
/// <param name="Source">Its file name.</param>
public sealed record TextImageCandidate(string Selector, string Snippet, string Kind, string Text, string Source);

/// <summary>A flex or grid container whose children are shown in another order than the DOM's.</summary>
/// <param name="Reason">What reorders them: flex-direction: row-reverse, order, grid placement.</param>
/// <param name="DomOrder">The children's texts in DOM (reading) order.</param>
/// <param name="VisualOrder">The same in visual order (rows top to bottom, then in the writing direction).</param>
public sealed record ReorderedBlock(string Selector, string Snippet, string Reason, IReadOnlyList<string> DomOrder, IReadOnlyList<string> VisualOrder);

/// <summary>Content that appeared when the pointer hovered an element.</summary>
/// <param name="Obscures">It covers other content (not in the flow of the page).</param>
/// <param name="DismissedByEscape">Pressing Escape, with the pointer still on the trigger, hid it.</param>
/// <param name="Hoverable">It stayed when the pointer moved onto it; null when that could not be tried.</param>
public sealed record HoverContent(string TriggerSelector, string TriggerSnippet, string ContentSelector, string ContentSnippet, string Text, bool Obscures, bool DismissedByEscape, bool? Hoverable);
