using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Content;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Navigation;

/// <summary>
/// <c>&lt;ds-breadcrumbs&gt;&lt;ds-breadcrumbs-item href="/"&gt;Home&lt;/ds-breadcrumbs-item&gt;…</c>: a nav
/// named "Breadcrumb" in the current language; an item with no href is the current page.
/// </summary>
[HtmlTargetElement("ds-breadcrumbs")]
public sealed class BreadcrumbsTagHelper : ContentTagHelper
{
    [HtmlAttributeName("aria-label")]
    public string? Label { get; set; }

    protected override string[] AcceptedSlots => ["item"];

    protected override Element Build(IHtmlContent content, Slots slots) =>
        new Element("nav").Class("ds-breadcrumbs").Attr("aria-label", Label ?? DesignSystemText.Get("breadcrumbs")).Add(Parts.Lines(
            new Element("ol").Class("ds-breadcrumbs__list").Add(Parts.Lines([.. slots.Items.OfType<LinkItem>().Select(i =>
                (IHtmlContent)(i.Href is null
                    ? new Element("li").Class("ds-breadcrumbs__list-item").Attr("aria-current", "page").Add(i.Content)
                    : new Element("li").Class("ds-breadcrumbs__list-item").Add(Parts.Lines(
                        new Element("a").Class("ds-breadcrumbs__link").Attr("href", i.Href).Add(i.Content)))))]))));
}

/// <summary>A link with its text, as items of breadcrumbs and pagination.</summary>
public sealed record LinkItem(string? Href, IHtmlContent Content, string Kind = "item", bool Current = false, string? Label = null);

/// <summary>
/// One link of a component's list: a breadcrumb, a header navigation link (<c>current="true"</c>
/// marks the page the user is on) or a footer support link.
/// </summary>
[HtmlTargetElement("ds-breadcrumbs-item", ParentTag = "ds-breadcrumbs")]
[HtmlTargetElement("ds-header-nav-item", ParentTag = "ds-header")]
[HtmlTargetElement("ds-footer-link", ParentTag = "ds-footer")]
public sealed class LinkItemTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("current")]
    public bool Current { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        Slots.Around(context, "item")?.Items.Add(new LinkItem(Href, Parts.Trimmed(content), Current: Current));
        output.SuppressOutput();
    }
}
