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
        var attributes = TakeUnboundAttributes(output);
        var slots = await RunChildrenAsync(context, output, "label", "hint", "error", "item");
        var name = FieldName;
        var id = FieldId;
        var error = ErrorContent(slots, name);
        var hint = HintContent(slots);
        var hintId = hint is null ? null : $"{id}-hint";
        var errorId = error is null ? null : $"{id}-error";
        var label = slots["label"];
        var current = CurrentValue(name, For?.Model);

        var options = slots.Items.OfType<SelectItem>()
            .Concat((Items ?? []).Select(i => new SelectItem(i.Value, new HtmlString(System.Net.WebUtility.HtmlEncode(i.Text)), i.Selected, i.Disabled)))
            .Select(o => (IHtmlContent)new Element("option").Attr("value", o.Value)
                .Flag("selected", current is null ? o.Selected : current == o.Value)
                .Flag("disabled", o.Disabled)
                .Add(o.Content));

        var select = new Element("select")
            .Class("ds-select", error is null ? null : "ds-select--error")
            .Attr("id", id).Attr("name", name)
            .Merge(attributes)
            .DescribedBy([hintId, errorId])
            .Add(Parts.Lines([.. options]));

        Write(output, Parts.FormGroup(error is not null).Add(Parts.Lines(
            LabelContent(slots) is { } text ? Parts.Label(text, id, label?.Size, label?.IsPageHeading ?? false) : null,
            hint is null ? null : Parts.Hint(hint, hintId),
            error is null ? null : Parts.ErrorMessage(error, errorId, ErrorPrefix(slots)),
            select)));
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
