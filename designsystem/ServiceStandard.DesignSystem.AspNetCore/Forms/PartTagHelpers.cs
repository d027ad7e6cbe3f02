using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ServiceStandard.DesignSystem.AspNetCore.Forms;

/// <summary>
/// A part of a form group (label, hint, error message, legend): inside a component whose slots take
/// it, it fills the slot and writes nothing; on its own, it is the standalone component.
/// </summary>
public abstract class PartTagHelper : TagHelper
{
    protected abstract string SlotName { get; }

    public sealed override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        if (Slots.Around(context, SlotName) is { } slots)
        {
            slots.Fill(SlotName, ToSlot(content));
            output.SuppressOutput();
            return;
        }

        output.TagName = null;
        output.Content.SetHtmlContent(Standalone(Parts.Trimmed(content)).Merge(output.Attributes));
        output.Attributes.Clear();
    }

    protected abstract Slot ToSlot(IHtmlContent content);

    protected abstract Element Standalone(IHtmlContent content);
}

/// <summary>
/// <c>&lt;ds-label&gt;</c>: inside a field, its label (with <c>size</c> s/m/l/xl and
/// <c>is-page-heading</c>); on its own, a label <c>for</c> a field written by hand.
/// </summary>
[HtmlTargetElement("ds-label")]
public sealed class LabelTagHelper : PartTagHelper
{
    [HtmlAttributeName("for")]
    public string? For { get; set; }

    [HtmlAttributeName("size")]
    public string? Size { get; set; }

    [HtmlAttributeName("is-page-heading")]
    public bool IsPageHeading { get; set; }

    protected override string SlotName => "label";

    protected override Slot ToSlot(IHtmlContent content) => new(content, Size, IsPageHeading);

    protected override Element Standalone(IHtmlContent content)
    {
        var label = Parts.Label(content, For ?? string.Empty, Size);
        return IsPageHeading ? new Element("h1").Class("ds-label-wrapper").Add(label) : label;
    }
}

/// <summary><c>&lt;ds-hint&gt;</c>: inside a field or an item, its hint; on its own, a hint with the <c>id</c> given.</summary>
[HtmlTargetElement("ds-hint")]
public sealed class HintTagHelper : PartTagHelper
{
    [HtmlAttributeName("id")]
    public string? Id { get; set; }

    protected override string SlotName => "hint";

    protected override Slot ToSlot(IHtmlContent content) => new(content, Id: Id);

    protected override Element Standalone(IHtmlContent content) => Parts.Hint(content, Id);
}

/// <summary>
/// <c>&lt;ds-error-message&gt;</c>: inside a field, its error message (written whatever ModelState
/// says); on its own, an error message with the <c>id</c> given. Either way it starts with the
/// visually hidden "Error:" of the current language, or <c>visually-hidden-text</c>.
/// </summary>
[HtmlTargetElement("ds-error-message")]
public sealed class ErrorMessageTagHelper : PartTagHelper
{
    [HtmlAttributeName("id")]
    public string? Id { get; set; }

    [HtmlAttributeName("visually-hidden-text")]
    public string? VisuallyHiddenText { get; set; }

    protected override string SlotName => "error";

    protected override Slot ToSlot(IHtmlContent content) => new(content, Id: Id, VisuallyHiddenText: VisuallyHiddenText);

    protected override Element Standalone(IHtmlContent content) => Parts.ErrorMessage(content, Id, VisuallyHiddenText);
}

/// <summary><c>&lt;ds-legend&gt;</c>: the legend of a fieldset, radios, checkboxes or date input (<c>size</c>, <c>is-page-heading</c>).</summary>
[HtmlTargetElement("ds-legend")]
public sealed class LegendTagHelper : PartTagHelper
{
    [HtmlAttributeName("size")]
    public string? Size { get; set; }

    [HtmlAttributeName("is-page-heading")]
    public bool IsPageHeading { get; set; }

    protected override string SlotName => "legend";

    protected override Slot ToSlot(IHtmlContent content) => new(content, Size, IsPageHeading);

    protected override Element Standalone(IHtmlContent content) => Parts.Legend(content, Size, IsPageHeading);
}
