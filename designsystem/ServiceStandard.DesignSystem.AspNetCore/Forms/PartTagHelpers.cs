using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ServiceStandard.DesignSystem.AspNetCore.Forms;

/// <summary>
/// <c>&lt;ds-label&gt;</c>: inside a field, its label (with <c>size</c> s/m/l/xl and
/// <c>is-page-heading</c>); on its own, a label <c>for</c> a field written by hand.
/// </summary>
[HtmlTargetElement("ds-label")]
public sealed class LabelTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public string? For { get; set; }

    [HtmlAttributeName("size")]
    public string? Size { get; set; }

    [HtmlAttributeName("is-page-heading")]
    public bool IsPageHeading { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        if (Slots.Around(context, "label") is { } slots)
        {
            slots.Fill("label", new Slot(content, Size, IsPageHeading));
            output.SuppressOutput();
            return;
        }

        output.TagName = null;
        output.Content.SetHtmlContent(Parts.Label(Parts.Trimmed(content), For ?? string.Empty, Size, IsPageHeading));
    }
}

/// <summary><c>&lt;ds-hint&gt;</c>: inside a field or an item, its hint; on its own, a hint with the <c>id</c> given.</summary>
[HtmlTargetElement("ds-hint")]
public sealed class HintTagHelper : TagHelper
{
    [HtmlAttributeName("id")]
    public string? Id { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        if (Slots.Around(context, "hint") is { } slots)
        {
            slots.Fill("hint", new Slot(content, Id: Id));
            output.SuppressOutput();
            return;
        }

        output.TagName = null;
        output.Content.SetHtmlContent(Parts.Hint(Parts.Trimmed(content), Id).Merge(output.Attributes));
        output.Attributes.Clear();
    }
}

/// <summary>
/// <c>&lt;ds-error-message&gt;</c>: inside a field, its error message (written whatever ModelState
/// says); on its own, an error message with the <c>id</c> given. Either way it starts with the
/// visually hidden "Error:" of the current language, or <c>visually-hidden-text</c>.
/// </summary>
[HtmlTargetElement("ds-error-message")]
public sealed class ErrorMessageTagHelper : TagHelper
{
    [HtmlAttributeName("id")]
    public string? Id { get; set; }

    [HtmlAttributeName("visually-hidden-text")]
    public string? VisuallyHiddenText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        if (Slots.Around(context, "error") is { } slots)
        {
            slots.Fill("error", new Slot(content, Id: Id, VisuallyHiddenText: VisuallyHiddenText));
            output.SuppressOutput();
            return;
        }

        output.TagName = null;
        output.Content.SetHtmlContent(Parts.ErrorMessage(Parts.Trimmed(content), Id, VisuallyHiddenText));
    }
}

/// <summary><c>&lt;ds-legend&gt;</c>: the legend of a fieldset, radios, checkboxes or date input (<c>size</c>, <c>is-page-heading</c>).</summary>
[HtmlTargetElement("ds-legend")]
public sealed class LegendTagHelper : TagHelper
{
    [HtmlAttributeName("size")]
    public string? Size { get; set; }

    [HtmlAttributeName("is-page-heading")]
    public bool IsPageHeading { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        if (Slots.Around(context, "legend") is { } slots)
        {
            slots.Fill("legend", new Slot(content, Size, IsPageHeading));
            output.SuppressOutput();
            return;
        }

        output.TagName = null;
        output.Content.SetHtmlContent(Parts.Legend(Parts.Trimmed(content), Size, IsPageHeading));
    }
}
