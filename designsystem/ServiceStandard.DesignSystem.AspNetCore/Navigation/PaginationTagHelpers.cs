using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Content;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Navigation;

/// <summary>
/// <c>&lt;ds-pagination aria-label="Results pages"&gt;</c> with <c>&lt;ds-pagination-previous href&gt;</c>,
/// numbered <c>&lt;ds-pagination-item href number current&gt;</c>, <c>&lt;ds-pagination-ellipsis /&gt;</c>
/// where pages are skipped, and <c>&lt;ds-pagination-next href&gt;</c>.
/// With no numbered items it is the block form between guidance pages, where the previous and next
/// links carry the pages' titles (<c>label-text</c>).
/// </summary>
[HtmlTargetElement("ds-pagination")]
public sealed class PaginationTagHelper : ContentTagHelper
{
    private const string PreviousIcon = """<svg class="ds-pagination__icon ds-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path></svg>""";
    private const string NextIcon = """<svg class="ds-pagination__icon ds-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13"><path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path></svg>""";

    [HtmlAttributeName("aria-label")]
    public string? Label { get; set; }

    protected override string[] AcceptedSlots => ["item"];

    protected override Element Build(IHtmlContent content, Slots slots)
    {
        var links = slots.Items.OfType<LinkItem>().ToList();
        var numbered = links.Where(l => l.Kind is "item" or "ellipsis").ToList();
        var previous = links.FirstOrDefault(l => l.Kind == "previous");
        var next = links.FirstOrDefault(l => l.Kind == "next");
        return new Element("nav").Class("ds-pagination", numbered.Count == 0 ? "ds-pagination--block" : null)
            .Attr("aria-label", Label ?? DesignSystemText.Get("pagination"))
            .Add(Parts.Lines(
                previous is null ? null : Direction(previous, "prev", "pagination-previous", PreviousIcon, block: numbered.Count == 0),
                numbered.Count == 0 ? null : new Element("ul").Class("ds-pagination__list").Add(Parts.Lines([.. numbered.Select(Numbered)])),
                next is null ? null : Direction(next, "next", "pagination-next", NextIcon, block: numbered.Count == 0)));
    }

    private static IHtmlContent Numbered(LinkItem item)
    {
        if (item.Kind == "ellipsis")
        {
            return new Element("li").Class("ds-pagination__item", "ds-pagination__item--ellipses").Add(new HtmlString("&ctdot;"));
        }

        var link = new Element("a").Class("ds-link", "ds-pagination__link").Attr("href", item.Href)
            .Attr("aria-label", DesignSystemText.Format("pagination-page", item.Label ?? string.Empty))
            .Attr("aria-current", item.Current ? "page" : null)
            .Add(item.Content);
        return new Element("li").Class("ds-pagination__item", item.Current ? "ds-pagination__item--current" : null).Add(Parts.Lines(link));
    }

    /// <summary>A previous or next link; in the block form both arrows come first, above the page's title.</summary>
    private static IHtmlContent Direction(LinkItem item, string rel, string titleKey, string icon, bool block)
    {
        var title = new Element("span").Class("ds-pagination__link-title")
            .Text(DesignSystemText.Get(titleKey))
            .Add(new Element("span").Class("ds-visually-hidden").Text(DesignSystemText.Get("pagination-page-suffix")));
        var hasLabel = item.Content is not HtmlString { Value: null or "" };
        var iconFirst = block || rel == "prev";
        var parts = new List<IHtmlContent?> { iconFirst ? new HtmlString(icon) : null, title };
        if (hasLabel)
        {
            parts[^1] = new HtmlContentBuilder().AppendHtml(title).AppendHtml(new Element("span").Class("ds-visually-hidden").Text(":"));
            parts.Add(new Element("span").Class("ds-pagination__link-label").Add(item.Content));
        }

        parts.Add(iconFirst ? null : new HtmlString(icon));
        return new Element("div").Class($"ds-pagination__{rel}").Add(Parts.Lines(
            new Element("a").Class("ds-link", "ds-pagination__link").Attr("href", item.Href).Attr("rel", rel).Add(Parts.Lines([.. parts]))));
    }
}

/// <summary>A numbered page link: <c>number</c> (its text and "Page n" label), <c>current</c>.</summary>
[HtmlTargetElement("ds-pagination-item", ParentTag = "ds-pagination")]
public sealed class PaginationItemTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("number")]
    public int Number { get; set; }

    [HtmlAttributeName("current")]
    public bool Current { get; set; }

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var number = Number.ToString(CultureInfo.InvariantCulture);
        Slots.Around(context, "item")?.Items.Add(new LinkItem(Href, Parts.PlainText(number)!, "item", Current, number));
        output.SuppressOutput();
        return Task.CompletedTask;
    }
}

/// <summary>Where pages are skipped between numbered items: "⋯", not a link.</summary>
[HtmlTargetElement("ds-pagination-ellipsis", ParentTag = "ds-pagination", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PaginationEllipsisTagHelper : TagHelper
{
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Slots.Around(context, "item")?.Items.Add(new LinkItem(null, HtmlString.Empty, "ellipsis"));
        output.SuppressOutput();
        return Task.CompletedTask;
    }
}

/// <summary>"Previous page" or "Next page"; the content, if any, is the title of that page (block form).</summary>
[HtmlTargetElement("ds-pagination-previous", ParentTag = "ds-pagination")]
[HtmlTargetElement("ds-pagination-next", ParentTag = "ds-pagination")]
public sealed class PaginationDirectionTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        var kind = context.TagName.EndsWith("next", StringComparison.Ordinal) ? "next" : "previous";
        Slots.Around(context, "item")?.Items.Add(new LinkItem(Href, Parts.Trimmed(content), kind));
        output.SuppressOutput();
    }
}
