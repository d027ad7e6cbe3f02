using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Forms;

/// <summary>
/// Radios and checkboxes are one shape (a fieldset with a legend, hint and error, then items with
/// their own hints and conditional reveals); only the class prefix and the input type differ.
/// Item ids follow the examples: the first item has the field's id (so the error summary's link
/// reaches it), the next <c>-2</c>, <c>-3</c>…
/// </summary>
public abstract class ChoicesTagHelper : FormField
{
    private readonly string _block;
    private readonly string _type;

    protected ChoicesTagHelper(string block, string type)
    {
        _block = block;
        _type = type;
    }

    /// <summary>Modifiers of the items' block: <c>inline</c> (radios), <c>small</c>.</summary>
    [HtmlAttributeName("inline")]
    public bool Inline { get; set; }

    [HtmlAttributeName("small")]
    public bool Small { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var field = await ResolveAsync(context, output, "legend", "hint", "error", "item");
        var (name, id, legend) = (field.Name, field.Id, field.Legend);
        var chosen = ChosenValues(name);

        var number = 0;
        var items = new List<IHtmlContent>();
        foreach (var entry in field.Slots.Items)
        {
            if (entry is ChoiceDivider divider)
            {
                items.Add(new Element("div").Class($"{_block}__divider").Add(divider.Content ?? Parts.PlainText(DesignSystemText.Get("divider"))));
                continue;
            }

            if (entry is not ChoiceItem item)
            {
                continue;
            }

            number++;
            var itemId = number == 1 ? id : $"{id}-{number}";
            var isChecked = item.Checked ?? chosen.Contains(item.Value ?? string.Empty);
            var itemHintId = item.Hint is null ? null : $"{itemId}-item-hint";
            var conditionalId = item.Conditional is null ? null : $"conditional-{itemId}";
            var input = new Element("input").Class($"{_block}__input")
                .Attr("id", itemId).Attr("name", name).Attr("type", _type).Attr("value", item.Value)
                .Flag("checked", isChecked)
                .Attr("data-aria-controls", conditionalId)
                .Attr("data-behaviour", item.Exclusive ? "exclusive" : null)
                .DescribedBy(legend is null ? [itemHintId, field.HintId, field.ErrorId] : [itemHintId]);
            items.Add(new Element("div").Class($"{_block}__item").Add(Parts.Lines(
                input,
                Parts.Label(item.Label, itemId, null, false, $"{_block}__label"),
                item.Hint is null ? null : Parts.Hint(item.Hint, itemHintId, $"{_block}__hint"))));
            if (item.Conditional is not null)
            {
                items.Add(new Element("div").Class($"{_block}__conditional", isChecked ? null : $"{_block}__conditional--hidden")
                    .Attr("id", conditionalId).Add(Parts.Lines(item.Conditional)));
            }
        }

        var block = new Element("div")
            .Class(_block, Inline ? $"{_block}--inline" : null, Small ? $"{_block}--small" : null)
            .Attr("data-module", $"ds-{_block["ds-".Length..]}")
            .Merge(field.Attributes)
            .Add(Parts.Lines([.. items]));

        // A single checkbox ("I agree") needs no fieldset; a group of choices is one, named by its legend.
        if (legend is null)
        {
            WriteFormGroup(output, field, Parts.FormGroup(field.HasError), block);
            return;
        }

        Write(output, Parts.FormGroup(field.HasError).Add(Parts.Lines(
            new Element("fieldset").Class("ds-fieldset").DescribedBy([field.HintId, field.ErrorId])
                .Add(Parts.Lines(field.LegendElement(), field.HintElement(), field.ErrorElement(), block)))));
    }

    /// <summary>The values chosen: those posted (kept in ModelState when the form came back), else the model's.</summary>
    private HashSet<string> ChosenValues(string key)
    {
        var raw = State(key)?.RawValue ?? For?.Model;
        IEnumerable<object?> values = raw switch
        {
            null => [],
            string text => [text],
            bool flag => [flag ? "true" : "false"],
            IEnumerable many => many.Cast<object?>(),
            _ => [raw],
        };
        return values.Select(v => v switch
        {
            null => string.Empty,
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString() ?? string.Empty,
        }).ToHashSet(StringComparer.Ordinal);
    }
}

/// <summary><c>&lt;ds-radios asp-for="Contact"&gt;&lt;ds-legend&gt;…&lt;/ds-legend&gt;&lt;ds-radios-item value="email"&gt;Email&lt;/ds-radios-item&gt;…</c></summary>
[HtmlTargetElement("ds-radios")]
public sealed class RadiosTagHelper() : ChoicesTagHelper("ds-radios", "radio");

/// <summary><c>&lt;ds-checkboxes asp-for="Waste"&gt;&lt;ds-legend&gt;…&lt;/ds-legend&gt;&lt;ds-checkboxes-item value="mines"&gt;…</c></summary>
[HtmlTargetElement("ds-checkboxes")]
public sealed class CheckboxesTagHelper() : ChoicesTagHelper("ds-checkboxes", "checkbox");

/// <summary>One radio or checkbox: its label (the content), hint and what it reveals when chosen.</summary>
public sealed record ChoiceItem(string? Value, IHtmlContent Label, IHtmlContent? Hint, IHtmlContent? Conditional, bool? Checked, bool Exclusive);

/// <summary>The "or" between items.</summary>
public sealed record ChoiceDivider(IHtmlContent? Content);

/// <summary>
/// <c>&lt;ds-radios-item value="email"&gt;Email&lt;ds-conditional&gt;…&lt;/ds-conditional&gt;&lt;/ds-radios-item&gt;</c>
/// (and <c>ds-checkboxes-item</c>): <c>hint</c> or a <c>&lt;ds-hint&gt;</c>, <c>checked</c> to
/// override the model, <c>exclusive</c> for a checkbox that clears the others ("None of these").
/// </summary>
[HtmlTargetElement("ds-radios-item", ParentTag = "ds-radios")]
[HtmlTargetElement("ds-checkboxes-item", ParentTag = "ds-checkboxes")]
public sealed class ChoiceItemTagHelper : TagHelper
{
    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    [HtmlAttributeName("hint")]
    public string? HintText { get; set; }

    [HtmlAttributeName("checked")]
    public bool? Checked { get; set; }

    [HtmlAttributeName("exclusive")]
    public bool Exclusive { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var parent = Slots.Around(context, "item");
        var slots = new Slots("hint", "conditional").OpenFor(context);
        var content = await output.GetChildContentAsync();
        var hint = slots["hint"] is { IsEmpty: false } h ? Parts.Trimmed(h.Content) : Parts.PlainText(HintText);
        var conditional = slots["conditional"] is { } c ? Parts.Trimmed(c.Content) : null;
        parent?.Items.Add(new ChoiceItem(Value, Parts.Trimmed(content), hint, conditional, Checked, Exclusive));
        output.SuppressOutput();
    }
}

/// <summary><c>&lt;ds-conditional&gt;</c>: what a radio or checkbox reveals when chosen (a follow-up question).</summary>
[HtmlTargetElement("ds-conditional")]
public sealed class ConditionalTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var slots = Slots.Around(context, "conditional")
            ?? throw new InvalidOperationException("<ds-conditional> belongs inside <ds-radios-item> or <ds-checkboxes-item>.");
        // Its own children (a <ds-input>) must not fill the item's slots, so they see none.
        context.Items.Remove(typeof(Slots));
        slots.Fill("conditional", new Slot(await output.GetChildContentAsync()));
        output.SuppressOutput();
    }
}

/// <summary><c>&lt;ds-radios-divider&gt;</c> (and <c>ds-checkboxes-divider</c>): "or" between items, in the current language unless given.</summary>
[HtmlTargetElement("ds-radios-divider", ParentTag = "ds-radios")]
[HtmlTargetElement("ds-checkboxes-divider", ParentTag = "ds-checkboxes")]
public sealed class ChoiceDividerTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        Slots.Around(context, "item")?.Items.Add(new ChoiceDivider(content.IsEmptyOrWhiteSpace ? null : Parts.Trimmed(content)));
        output.SuppressOutput();
    }
}
