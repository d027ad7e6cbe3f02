using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ServiceStandard.DesignSystem.AspNetCore;

/// <summary>
/// What a component's child elements hand to it: <c>&lt;ds-label&gt;</c>, <c>&lt;ds-hint&gt;</c>,
/// <c>&lt;ds-error-message&gt;</c>, <c>&lt;ds-legend&gt;</c> inside <c>&lt;ds-input&gt;</c> are parts of
/// the input's form group, not elements of their own. A component puts its slots in the tag helper
/// context before it runs its children; a child that finds slots that accept it fills them and
/// writes nothing, and one that finds none is the standalone component.
/// </summary>
public sealed class Slots
{
    private readonly HashSet<string> _accepted;
    private readonly Dictionary<string, Slot> _filled = new(StringComparer.Ordinal);

    public Slots(params string[] accepted) => _accepted = new(accepted, StringComparer.Ordinal);

    /// <summary>Items in order (radios, checkboxes, options, breadcrumbs, rows), for components that have them.</summary>
    public List<object> Items { get; } = [];

    public bool Accepts(string name) => _accepted.Contains(name);

    public void Fill(string name, Slot slot) => _filled[name] = slot;

    public Slot? this[string name] => _filled.GetValueOrDefault(name);

    /// <summary>The slots of the nearest component around a child, if they accept <paramref name="name"/>.</summary>
    public static Slots? Around(TagHelperContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(typeof(Slots), out var found) && found is Slots slots && slots.Accepts(name) ? slots : null;
    }

    /// <summary>The nearest component's slots, whatever they accept (for item children such as a radio).</summary>
    public static Slots? Nearest(TagHelperContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(typeof(Slots), out var found) ? found as Slots : null;
    }

    /// <summary>Makes these the slots the children of the current element see.</summary>
    public Slots OpenFor(TagHelperContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[typeof(Slots)] = this;
        return this;
    }
}

/// <summary>A child's content and the options it was given (a label's size, a legend as page heading, an error's id).</summary>
public sealed record Slot(IHtmlContent Content, string? Size = null, bool IsPageHeading = false, string? Id = null, string? VisuallyHiddenText = null)
{
    public bool IsEmpty => Content is TagHelperContent { IsEmptyOrWhiteSpace: true };
}
