using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ServiceStandard.DesignSystem.AspNetCore.Forms;

/// <summary>
/// <c>&lt;ds-select asp-for="Region" label="Region"&gt;&lt;ds-select-item value="north"&gt;North&lt;/ds-select-item&gt;…</c>
/// (or <c>asp-items</c>): the select in its form group; the option whose value is the field's value
/// is selected.
/// </summary>
[HtmlTargetElement("ds-select")]
public sealed class SelectTagHelper : FormField
{
    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = await ResolveAsync(context, output, "label", "hint", "error", "item");
        var current = CurrentValue(field.Name, For?.Model);
        var options = field.Slots.Items.OfType<SelectItem>()
            .Concat((Items ?? []).Select(i => new SelectItem(i.Value, Parts.PlainText(i.Text)!, i.Selected, i.Disabled)))
            .Select(o => (IHtmlContent)new Element("option").Attr("value", o.Value)
                .Flag("selected", current is null ? o.Selected : current == o.Value)
                .Flag("disabled", o.Disabled)
                .Add(o.Content));
        var select = new Element("select")
            .Class("ds-select", field.HasError ? "ds-select--error" : null)
            .Attr("id", field.Id).Attr("name", field.Name)
            .Merge(field.Attributes)
            .DescribedBy([field.HintId, field.ErrorId])
            .Add(Parts.Lines([.. options]));
        WriteFormGroup(output, field, Parts.FormGroup(field.HasError), select);
    }
}

/// <summary>One option of a select.</summary>
public sealed record SelectItem(string? Value, IHtmlContent Content, bool Selected, bool Disabled);

/// <summary><c>&lt;ds-select-item value="north" selected&gt;North&lt;/ds-select-item&gt;</c> inside <c>&lt;ds-select&gt;</c>.</summary>
[HtmlTargetElement("ds-select-item", ParentTag = "ds-select")]
public sealed class SelectItemTagHelper : TagHelper
{
    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    [HtmlAttributeName("selected")]
    public bool Selected { get; set; }

    [HtmlAttributeName("disabled")]
    public bool Disabled { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        Slots.Around(context, "item")?.Items.Add(new SelectItem(Value, Parts.Trimmed(content), Selected, Disabled));
        output.SuppressOutput();
    }
}
