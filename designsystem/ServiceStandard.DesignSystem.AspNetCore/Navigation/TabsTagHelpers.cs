using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Content;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Navigation;

/// <summary>
/// <c>&lt;ds-tabs&gt;&lt;ds-tab id="past-day" label="Past day"&gt;…panel…&lt;/ds-tab&gt;…&lt;/ds-tabs&gt;</c>:
/// the table of contents (title "Contents" in the current language unless <c>title</c> is given)
/// and the panels, which the design system's script turns into tabs. The first tab is selected
/// unless another says <c>selected="true"</c>.
/// </summary>
[HtmlTargetElement("ds-tabs")]
public sealed class TabsTagHelper : ContentTagHelper
{
    /// <summary>The title over the list when it shows as a table of contents; "Contents" by default.</summary>
    [HtmlAttributeName("title")]
    public string? Title { get; set; }

    protected override string[] AcceptedSlots => ["item"];

    protected override Element Build(IHtmlContent content, Slots slots)
    {
        var tabs = slots.Items.OfType<TabItem>().ToList();
        var selected = Math.Max(0, tabs.FindIndex(t => t.Selected));
        var items = tabs.Select((tab, i) => (IHtmlContent)new Element("li")
            .Class("ds-tabs__list-item", i == selected ? "ds-tabs__list-item--selected" : null)
            .Add(Parts.Lines(new Element("a").Class("ds-tabs__tab").Attr("href", "#" + tab.Id).Text(tab.Label))));
        var panels = tabs.Select((tab, i) => (IHtmlContent)new Element("div")
            .Class("ds-tabs__panel", i == selected ? null : "ds-tabs__panel--hidden")
            .Attr("id", tab.Id)
            .Add(Parts.Lines(tab.Content)));
        return new Element("div").Class("ds-tabs").Attr("data-module", "ds-tabs").Add(Parts.Lines([
            new Element("h2").Class("ds-tabs__title").Text(Title ?? DesignSystemText.Get("tabs-title")),
            new Element("ul").Class("ds-tabs__list").Add(Parts.Lines([.. items])),
            .. panels]));
    }
}

public sealed record TabItem(string Id, string Label, IHtmlContent Content, bool Selected);

/// <summary>One tab and its panel: <c>id</c> (the panel's id and the link's fragment), <c>label</c>, the panel's content.</summary>
[HtmlTargetElement("ds-tab", ParentTag = "ds-tabs")]
public sealed class TabTagHelper : TagHelper
{
    [HtmlAttributeName("id")]
    public string Id { get; set; } = string.Empty;

    [HtmlAttributeName("label")]
    public string Label { get; set; } = string.Empty;

    [HtmlAttributeName("selected")]
    public bool Selected { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (string.IsNullOrWhiteSpace(Id))
        {
            throw new InvalidOperationException("<ds-tab> needs an id: its panel's id, which the tab links to.");
        }

        var content = await output.GetChildContentAsync();
        Slots.Around(context, "item")?.Items.Add(new TabItem(Id, Label, Parts.Trimmed(content), Selected));
        output.SuppressOutput();
    }
}
