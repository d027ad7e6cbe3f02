using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ServiceStandard.DesignSystem.AspNetCore.Content;

/// <summary>
/// What the components that wrap their content share: run the children (with the slots the
/// component accepts), build the component's element, put it in place of the tag helper's element,
/// with the attributes a team added on it.
/// </summary>
public abstract class ContentTagHelper : TagHelper
{
    /// <summary>The slots the children may fill (a panel's title, a banner's heading); none by default.</summary>
    protected virtual string[] AcceptedSlots => [];

    public sealed override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var slots = new Slots(AcceptedSlots).OpenFor(context);
        var content = Parts.Trimmed(await output.GetChildContentAsync());
        var element = Build(content, slots).Merge(output.Attributes);
        output.Attributes.Clear();
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(element);
    }

    /// <summary>The component's element around <paramref name="content"/> (the children, slots taken out).</summary>
    protected abstract Element Build(IHtmlContent content, Slots slots);

    protected static IHtmlContent? Slot(Slots slots, string name) => slots[name] is { IsEmpty: false } slot ? Parts.Trimmed(slot.Content) : null;
}

/// <summary><c>&lt;ds-panel-title&gt;</c>, <c>&lt;ds-summary-list-key&gt;</c>…: a named part of the component around it (a panel's title, a banner's heading).</summary>
[HtmlTargetElement("ds-panel-title", ParentTag = "ds-panel")]
[HtmlTargetElement("ds-notification-banner-title", ParentTag = "ds-notification-banner")]
[HtmlTargetElement("ds-details-summary", ParentTag = "ds-details")]
[HtmlTargetElement("ds-summary-list-key", ParentTag = "ds-summary-list-row")]
[HtmlTargetElement("ds-summary-list-value", ParentTag = "ds-summary-list-row")]
[HtmlTargetElement("ds-phase-banner-tag", ParentTag = "ds-phase-banner")]
[HtmlTargetElement("ds-footer-licence", ParentTag = "ds-footer")]
[HtmlTargetElement("ds-table-caption", ParentTag = "ds-table")]
public sealed class NamedPartTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        // The part's name is what follows the component's name: ds-panel-title → title.
        var name = context.TagName[(context.TagName.LastIndexOf('-') + 1)..];
        var content = await output.GetChildContentAsync();
        Slots.Around(context, name)?.Fill(name, new Slot(content));
        output.SuppressOutput();
    }
}
