using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ServiceStandard.DesignSystem.AspNetCore.Forms;

/// <summary>
/// <c>&lt;ds-fieldset&gt;&lt;ds-legend&gt;What is your address?&lt;/ds-legend&gt;…&lt;/ds-fieldset&gt;</c>: groups
/// related fields (an address) under a legend. The legend goes first whatever the order written; a
/// hint inside stays where it is, named by <c>described-by</c>.
/// </summary>
[HtmlTargetElement("ds-fieldset")]
public sealed class FieldsetTagHelper : TagHelper
{
    /// <summary>The ids of the hint or error that describe the group (aria-describedby).</summary>
    [HtmlAttributeName("described-by")]
    public string? DescribedBy { get; set; }

    [HtmlAttributeName("role")]
    public string? Role { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var slots = new Slots("legend").OpenFor(context);
        var body = await output.GetChildContentAsync();
        var legend = slots["legend"];
        var fieldset = new Element("fieldset").Class("ds-fieldset").Attr("role", Role).Merge(output.Attributes)
            .DescribedBy(DescribedBy is null ? [] : [DescribedBy])
            .Add(Parts.Lines(legend is null ? null : Parts.Legend(Parts.Trimmed(legend.Content), legend.Size, legend.IsPageHeading), Parts.Trimmed(body)));
        output.Attributes.Clear();
        output.TagName = null;
        output.Content.SetHtmlContent(fieldset);
    }
}
