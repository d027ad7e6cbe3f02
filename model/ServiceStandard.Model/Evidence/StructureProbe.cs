namespace ServiceStandard.Model.Evidence;

/// <summary>
/// The page's structure as the browser presents it, for the rules that compare pages (WCAG 3.2.3,
/// 3.2.4, 3.2.6, 2.4.5): its landmarks, its links and buttons with their accessible names and the
/// landmark each sits in, and its forms, all numbered in one document order. Read on load, capped.
/// </summary>
/// <param name="Truncated">A cap was reached: the page has more landmarks, controls or forms than listed.</param>
public sealed record StructureProbe(
    IReadOnlyList<LandmarkProbe> Landmarks,
    IReadOnlyList<StructureControl> Controls,
    IReadOnlyList<FormProbe> Forms,
    bool Truncated);

/// <summary>A landmark: <c>banner</c>, <c>navigation</c>, <c>main</c>, <c>complementary</c>, <c>contentinfo</c> or <c>search</c>.</summary>
/// <param name="Index">Its position in <see cref="StructureProbe.Landmarks"/>.</param>
/// <param name="Order">Its position in document order among everything listed (landmarks, controls, forms).</param>
/// <param name="Parent">The index of the landmark it is inside, or null.</param>
/// <param name="Label">Its accessible name (aria-label, aria-labelledby), or null.</param>
public sealed record LandmarkProbe(int Index, int Order, string Role, string? Label, int? Parent, bool Visible, string Selector);

/// <summary>A link (<c>a</c>: an element with an href) or a button.</summary>
/// <param name="Order">Its position in document order among everything listed.</param>
/// <param name="Element"><c>link</c> or <c>button</c>.</param>
/// <param name="Name">Its accessible name (aria-labelledby, aria-label, content with image alternatives, title).</param>
/// <param name="VisibleText">The part of its text that is rendered at a readable size (visually hidden text left out).</param>
/// <param name="Href">For a link, the resolved absolute URL; null for a button.</param>
/// <param name="Landmark">The index of the innermost landmark it is inside, or null.</param>
/// <param name="Image">The source of the image it shows when its name comes from an image (an icon link), or null.</param>
/// <param name="Form">For a button, the index of its form in <see cref="StructureProbe.Forms"/>, or null.</param>
/// <param name="Current">It has aria-current (the current page in a navigation).</param>
public sealed record StructureControl(
    int Order,
    string Element,
    string Name,
    string VisibleText,
    string? Href,
    int? Landmark,
    bool Visible,
    string Selector,
    string? Image = null,
    int? Form = null,
    bool Current = false);

/// <summary>A form: where it submits and whether it is a search.</summary>
/// <param name="Action">The resolved URL it submits to.</param>
/// <param name="Method"><c>get</c> or <c>post</c>.</param>
/// <param name="Search">A search form: role=search, a search element, or an input of type search.</param>
/// <param name="Fields">How many fields a person fills (inputs that are not hidden or buttons, selects, textareas).</param>
public sealed record FormProbe(int Order, string Action, string Method, bool Search, int Fields, int? Landmark, string Selector);
