using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ServiceStandard.DesignSystem.AspNetCore.Navigation;

/// <summary>
/// <c>&lt;ds-summary-card title="University of Gloucestershire"&gt;</c> around a
/// <c>&lt;ds-summary-list&gt;</c>, with <c>&lt;ds-summary-card-action href="…"&gt;Delete&lt;/ds-summary-card-action&gt;</c>
/// for what applies to the whole card. Every action link, the card's and the rows', gets the
/// card's title in its visually hidden text, so "Change name" links of several cards differ.
/// </summary>
[HtmlTargetElement("ds-summary-card")]
public sealed class SummaryCardTagHelper : TagHelper
{
    [HtmlAttributeName("title")]
    public string Title { get; set; } = string.Empty;

    /// <summary>The title's heading level, 2 to 6; 2 by default.</summary>
    [HtmlAttributeName("heading-level")]
    public int HeadingLevel { get; set; } = 2;

    /// <summary>The title of the card around a child, for the hidden text of its links; null outside a card.</summary>
    internal static string? TitleAround(TagHelperContext context) =>
        context.Items.TryGetValue(typeof(SummaryCardTagHelper), out var title) ? title as string : null;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (HeadingLevel is < 2 or > 6)
        {
            throw new InvalidOperationException($"<ds-summary-card heading-level=\"{HeadingLevel}\">: the title is a heading from h2 to h6.");
        }

        context.Items[typeof(SummaryCardTagHelper)] = Title;
        var slots = new Slots("card-action").OpenFor(context);
        var content = Parts.Trimmed(await output.GetChildContentAsync());
        var actions = slots.Items.OfType<SummaryListAction>().Select(a => (IHtmlContent)new Element("li").Class("ds-summary-card__action").Add(Parts.Lines(
            new Element("a").Class("ds-link").Attr("href", a.Href).Add(a.Content)
                .Add(new Element("span").Class("ds-visually-hidden").Text(a.VisuallyHiddenText)))))
            .ToList();
        var card = new Element("div").Class("ds-summary-card").Add(Parts.Lines(
            new Element("div").Class("ds-summary-card__title-wrapper").Add(Parts.Lines(
                new Element($"h{HeadingLevel}").Class("ds-summary-card__title").Text(Title),
                actions.Count == 0 ? null : new Element("ul").Class("ds-summary-card__actions").Add(Parts.Lines([.. actions])))),
            new Element("div").Class("ds-summary-card__content").Add(Parts.Lines(content))))
            .Merge(output.Attributes);
        output.Attributes.Clear();
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(card);
    }

    /// <summary>The hidden text of a link in a card: what it acts on, then the card's title in brackets.</summary>
    internal static string? HiddenText(string? text, string? cardTitle) =>
        string.IsNullOrEmpty(cardTitle) ? text : string.IsNullOrEmpty(text) ? $"({cardTitle})" : $"{text} ({cardTitle})";
}

/// <summary>An action on the whole card (Delete, Withdraw); its hidden text names the card.</summary>
[HtmlTargetElement("ds-summary-card-action", ParentTag = "ds-summary-card")]
public sealed class SummaryCardActionTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    /// <summary>What the action acts on, before the card's title in the hidden text; usually left out.</summary>
    [HtmlAttributeName("visually-hidden-text")]
    public string? VisuallyHiddenText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        Slots.Around(context, "card-action")?.Items.Add(new SummaryListAction(
            Href, Parts.Trimmed(content), SummaryCardTagHelper.HiddenText(VisuallyHiddenText, SummaryCardTagHelper.TitleAround(context))));
        output.SuppressOutput();
    }
}
