using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Content;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Navigation;

/// <summary>
/// <c>&lt;ds-service-navigation service-name="…" service-href="/"&gt;</c> with
/// <c>&lt;ds-service-navigation-item href="…" current&gt;</c> links: the bar under the header. It is a
/// section named "Service information" when it shows the service's name, its links a nav named
/// "Menu" with the Menu button (served hidden) that the design system's script shows on small
/// screens, all in the current language.
/// </summary>
[HtmlTargetElement("ds-service-navigation")]
public sealed class ServiceNavigationTagHelper : ContentTagHelper
{
    [HtmlAttributeName("service-name")]
    public string? ServiceName { get; set; }

    [HtmlAttributeName("service-href")]
    public string? ServiceHref { get; set; }

    /// <summary>The id of the list of links, which the Menu button controls.</summary>
    [HtmlAttributeName("navigation-id")]
    public string NavigationId { get; set; } = "navigation";

    protected override string[] AcceptedSlots => ["item"];

    protected override Element Build(IHtmlContent content, Slots slots)
    {
        var items = slots.Items.OfType<ServiceNavigationItem>().ToList();
        var menu = DesignSystemText.Get("service-navigation-menu");
        IHtmlContent? serviceName = ServiceName is null ? null : new Element("span").Class("ds-service-navigation__service-name").Add(Parts.Lines(
            ServiceHref is null
                ? new Element("span").Class("ds-service-navigation__text").Text(ServiceName)
                : new Element("a").Class("ds-service-navigation__link").Attr("href", ServiceHref).Text(ServiceName)));
        IHtmlContent? navigation = items.Count == 0 ? null : new Element("nav").Class("ds-service-navigation__wrapper").Attr("aria-label", menu).Add(Parts.Lines(
            new Element("button").Attr("type", "button").Class("ds-service-navigation__toggle", "ds-js-service-navigation-toggle")
                .Attr("aria-controls", NavigationId).Flag("hidden", true).Text(menu),
            new Element("ul").Class("ds-service-navigation__list").Attr("id", NavigationId).Add(Parts.Lines([.. items.Select(Item)]))));
        return new Element(ServiceName is null ? "div" : "section").Class("ds-service-navigation")
            .Attr("aria-label", ServiceName is null ? null : DesignSystemText.Get("service-navigation-label"))
            .Attr("data-module", "ds-service-navigation")
            .Add(Parts.Lines(new Element("div").Class("ds-width-container").Add(Parts.Lines(
                new Element("div").Class("ds-service-navigation__container").Add(Parts.Lines(serviceName, navigation))))));
    }

    private static IHtmlContent Item(ServiceNavigationItem item)
    {
        var active = item.Current || item.Active;
        var link = new Element("a").Class("ds-service-navigation__link").Attr("href", item.Href)
            .Attr("aria-current", item.Current ? "page" : item.Active ? "true" : null)
            .Add(active ? new Element("strong").Class("ds-service-navigation__active-fallback").Add(item.Content) : item.Content);
        return new Element("li").Class("ds-service-navigation__item", active ? "ds-service-navigation__item--active" : null).Add(Parts.Lines(link));
    }
}

public sealed record ServiceNavigationItem(string? Href, IHtmlContent Content, bool Current, bool Active);

/// <summary>A link of the service navigation: <c>current</c> on the page it links to, <c>active</c> on the pages inside its area.</summary>
[HtmlTargetElement("ds-service-navigation-item", ParentTag = "ds-service-navigation")]
public sealed class ServiceNavigationItemTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("current")]
    public bool Current { get; set; }

    [HtmlAttributeName("active")]
    public bool Active { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        Slots.Around(context, "item")?.Items.Add(new ServiceNavigationItem(Href, Parts.Trimmed(content), Current, Active));
        output.SuppressOutput();
    }
}
