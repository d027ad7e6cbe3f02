using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Content;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Navigation;

/// <summary>
/// <c>&lt;ds-header service-name="Apply for a fishing permit" service-href="/apply"&gt;</c> with
/// <c>&lt;ds-header-nav-item href="/apply" current="true"&gt;Apply&lt;/ds-header-nav-item&gt;</c>: the
/// logotype ("Government", "Gobierno") linking home, the service's name and, when there are items,
/// the navigation behind a Menu button the header's script reveals on small screens.
/// </summary>
[HtmlTargetElement("ds-header")]
public sealed class HeaderTagHelper : ContentTagHelper
{
    [HtmlAttributeName("home-href")]
    public string HomeHref { get; set; } = "/";

    [HtmlAttributeName("logotype")]
    public string? Logotype { get; set; }

    [HtmlAttributeName("service-name")]
    public string? ServiceName { get; set; }

    [HtmlAttributeName("service-href")]
    public string? ServiceHref { get; set; }

    [HtmlAttributeName("navigation-id")]
    public string NavigationId { get; set; } = "navigation";

    [HtmlAttributeName("navigation-label")]
    public string? NavigationLabel { get; set; }

    protected override string[] AcceptedSlots => ["item"];

    protected override Element Build(IHtmlContent content, Slots slots)
    {
        var items = slots.Items.OfType<LinkItem>().ToList();
        IHtmlContent? serviceName = ServiceName is null ? null
            : ServiceHref is null
                ? new Element("span").Class("ds-header__service-name").Text(ServiceName)
                : new Element("a").Attr("href", ServiceHref).Class("ds-header__link", "ds-header__service-name").Text(ServiceName);
        var label = NavigationLabel ?? DesignSystemText.Get("header-menu");
        IHtmlContent? navigation = items.Count == 0 ? null
            : new Element("nav").Attr("aria-label", label).Class("ds-header__navigation").Add(Parts.Lines(
                new Element("button").Attr("type", "button").Class("ds-header__menu-button", "ds-js-header-toggle")
                    .Attr("aria-controls", NavigationId).Attr("aria-expanded", "false").Flag("hidden", true).Text(DesignSystemText.Get("header-menu")),
                new Element("ul").Attr("id", NavigationId).Class("ds-header__navigation-list").Add(Parts.Lines([.. items.Select(i =>
                    (IHtmlContent)new Element("li").Class("ds-header__navigation-item", i.Current ? "ds-header__navigation-item--active" : null).Add(Parts.Lines(
                        new Element("a").Class("ds-header__link").Attr("href", i.Href).Attr("aria-current", i.Current ? "page" : null).Add(i.Content))))]))));
        return new Element("header").Class("ds-header").Attr("data-module", "ds-header").Add(Parts.Lines(
            new Element("div").Class("ds-header__container", "ds-width-container").Add(Parts.Lines(
                new Element("div").Class("ds-header__logo").Add(Parts.Lines(
                    new Element("a").Attr("href", HomeHref).Class("ds-header__link", "ds-header__link--homepage").Add(Parts.Lines(
                        new Element("span").Class("ds-header__logotype-text").Text(Logotype ?? DesignSystemText.Get("header-logotype")))))),
                serviceName is null && navigation is null ? null
                    : new Element("div").Class("ds-header__content").Add(Parts.Lines(serviceName, navigation))))));
    }
}

/// <summary>
/// <c>&lt;ds-footer&gt;&lt;ds-footer-link href="/help"&gt;Help&lt;/ds-footer-link&gt;…&lt;/ds-footer&gt;</c>:
/// the support links under a visually hidden heading, an optional
/// <c>&lt;ds-footer-licence&gt;</c> and the copyright ("© Government" unless <c>copyright</c> says otherwise).
/// </summary>
[HtmlTargetElement("ds-footer")]
public sealed class FooterTagHelper : ContentTagHelper
{
    [HtmlAttributeName("copyright")]
    public string? Copyright { get; set; }

    protected override string[] AcceptedSlots => ["item", "licence"];

    protected override Element Build(IHtmlContent content, Slots slots)
    {
        var links = slots.Items.OfType<LinkItem>().ToList();
        var licence = Slot(slots, "licence");
        IHtmlContent? heading = links.Count == 0 ? null : new Element("h2").Class("ds-visually-hidden").Text(DesignSystemText.Get("footer-support-links"));
        IHtmlContent? list = links.Count == 0 ? null : new Element("ul").Class("ds-footer__inline-list").Add(Parts.Lines([.. links.Select(l =>
            (IHtmlContent)new Element("li").Class("ds-footer__inline-list-item").Add(new Element("a").Class("ds-footer__link").Attr("href", l.Href).Add(l.Content)))]));
        IHtmlContent? licenceText = licence is null ? null : new Element("p").Class("ds-footer__licence-description").Add(licence);
        var support = new Element("div").Class("ds-footer__meta-item", "ds-footer__meta-item--grow").Add(Parts.Lines(heading, list, licenceText));
        var copyright = new Element("div").Class("ds-footer__meta-item").Add(Parts.Lines(
            new Element("p").Class("ds-footer__copyright").Text(Copyright ?? DesignSystemText.Get("footer-copyright"))));
        return new Element("footer").Class("ds-footer").Add(Parts.Lines(
            new Element("div").Class("ds-width-container").Add(Parts.Lines(
                new Element("div").Class("ds-footer__meta").Add(Parts.Lines(support, copyright))))));
    }
}

