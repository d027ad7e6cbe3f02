using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Content;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Navigation;

/// <summary>
/// <c>&lt;ds-summary-list&gt;&lt;ds-summary-list-row&gt;&lt;ds-summary-list-key&gt;Name&lt;/ds-summary-list-key&gt;&lt;ds-summary-list-value&gt;…</c>
/// with <c>&lt;ds-summary-list-action href="…" visually-hidden-text="name"&gt;</c> ("Change" by default):
/// the check-answers list.
/// </summary>
[HtmlTargetElement("ds-summary-list")]
public sealed class SummaryListTagHelper : ContentTagHelper
{
    [HtmlAttributeName("no-border")]
    public bool NoBorder { get; set; }

    protected override string[] AcceptedSlots => ["item"];

    protected override Element Build(IHtmlContent content, Slots slots) =>
        new Element("dl").Class("ds-summary-list", NoBorder ? "ds-summary-list--no-border" : null)
            .Add(Parts.Lines([.. slots.Items.OfType<SummaryListRow>().Select(Row)]));

    private static IHtmlContent Row(SummaryListRow row)
    {
        var actions = row.Actions.Select(a => (IHtmlContent)new Element("a").Class("ds-link").Attr("href", a.Href)
            .Add(a.Content ?? Parts.PlainText(DesignSystemText.Get("change")))
            .Add(a.VisuallyHiddenText is null ? null : new Element("span").Class("ds-visually-hidden").Text(" " + a.VisuallyHiddenText))).ToList();
        IHtmlContent? actionCell = actions.Count switch
        {
            0 => null,
            1 => new Element("dd").Class("ds-summary-list__actions").Add(Parts.Lines(actions[0])),
            _ => new Element("dd").Class("ds-summary-list__actions").Add(Parts.Lines(
                new Element("ul").Class("ds-summary-list__actions-list").Add(Parts.Lines([.. actions.Select(a =>
                    (IHtmlContent)new Element("li").Class("ds-summary-list__actions-list-item").Add(a))])))),
        };
        return new Element("div").Class("ds-summary-list__row").Add(Parts.Lines(
            new Element("dt").Class("ds-summary-list__key").Add(row.Key),
            new Element("dd").Class("ds-summary-list__value").Add(row.Value),
            actionCell));
    }
}

public sealed record SummaryListRow(IHtmlContent? Key, IHtmlContent? Value, IReadOnlyList<SummaryListAction> Actions);

public sealed record SummaryListAction(string? Href, IHtmlContent? Content, string? VisuallyHiddenText);

/// <summary>One row: its key, value and actions.</summary>
[HtmlTargetElement("ds-summary-list-row", ParentTag = "ds-summary-list")]
public sealed class SummaryListRowTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var list = Slots.Around(context, "item");
        var slots = new Slots("key", "value", "item").OpenFor(context);
        await output.GetChildContentAsync();
        list?.Items.Add(new SummaryListRow(
            slots["key"] is { } key ? Parts.Trimmed(key.Content) : null,
            slots["value"] is { } value ? Parts.Trimmed(value.Content) : null,
            [.. slots.Items.OfType<SummaryListAction>()]));
        output.SuppressOutput();
    }
}

/// <summary>A row's action link, "Change" in the current language unless written, with hidden text naming what it changes.</summary>
[HtmlTargetElement("ds-summary-list-action", ParentTag = "ds-summary-list-row")]
public sealed class SummaryListActionTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("visually-hidden-text")]
    public string? VisuallyHiddenText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        // In a summary card, the hidden text also names the card: " name (University of Gloucestershire)".
        var hidden = SummaryCardTagHelper.HiddenText(VisuallyHiddenText, SummaryCardTagHelper.TitleAround(context));
        Slots.Around(context, "item")?.Items.Add(new SummaryListAction(Href, content.IsEmptyOrWhiteSpace ? null : Parts.Trimmed(content), hidden));
        output.SuppressOutput();
    }
}
