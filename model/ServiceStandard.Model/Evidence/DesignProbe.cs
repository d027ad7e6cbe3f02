namespace ServiceStandard.Model.Evidence;

/// <summary>
/// What the design-system checks read from the rendered page, gathered in the browser in the same
/// round trip as the DOM: the distinct computed colours of visible elements, the controls that may
/// imitate a component, and the start of each stylesheet (for its version banner).
/// </summary>
public sealed record DesignProbe(
    IReadOnlyList<ColourUse> Colours,
    IReadOnlyList<ControlProbe> Controls,
    IReadOnlyList<StylesheetHead> Stylesheets);

/// <summary>One computed colour in one role on the page, where it is first used and how often.</summary>
/// <param name="Colour"><c>#rrggbb</c>; only opaque colours are gathered.</param>
/// <param name="Property"><c>color</c> (of elements with their own text), <c>background-color</c> or <c>border-color</c>.</param>
public sealed record ColourUse(string Colour, string Property, int Count, string Selector, string Snippet);

/// <summary>
/// An element that is not a native control but acts like one: it has a click handler, or a widget
/// role (button, checkbox, radio) or <c>aria-checked</c>.
/// </summary>
/// <param name="StyledAsButton">Its computed style looks like a button: its own background or a full border, with padding.</param>
public sealed record ControlProbe(string Selector, string Snippet, string Element, string? Role, string Classes, bool ClickHandler, bool StyledAsButton);

/// <summary>The first characters of a stylesheet: <paramref name="Href"/> null for an inline style element.</summary>
public sealed record StylesheetHead(string? Href, string Head);
