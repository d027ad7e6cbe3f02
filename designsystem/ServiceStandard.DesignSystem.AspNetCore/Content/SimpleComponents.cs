using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Content;

/// <summary><c>&lt;ds-inset-text&gt;…&lt;/ds-inset-text&gt;</c>: content set apart from the text around it.</summary>
[HtmlTargetElement("ds-inset-text")]
public sealed class InsetTextTagHelper : ContentTagHelper
{
    protected override Element Build(IHtmlContent content, Slots slots) => new Element("div").Class("ds-inset-text").Add(Parts.Lines(content));
}

/// <summary><c>&lt;ds-tag colour="green"&gt;New&lt;/ds-tag&gt;</c>: a status, grey by default or in one of the tag colours.</summary>
[HtmlTargetElement("ds-tag")]
public sealed class TagTagHelper : ContentTagHelper
{
    [HtmlAttributeName("colour")]
    public string? Colour { get; set; }

    protected override Element Build(IHtmlContent content, Slots slots) =>
        new Element("strong").Class("ds-tag", Colour is null ? null : $"ds-tag--{Colour}").Add(content);
}

/// <summary><c>&lt;ds-back-link href="…"/&gt;</c>: "Back" ("Atrás") unless other text is given.</summary>
[HtmlTargetElement("ds-back-link")]
public sealed class BackLinkTagHelper : ContentTagHelper
{
    [HtmlAttributeName("href")]
    public string Href { get; set; } = "#";

    protected override Element Build(IHtmlContent content, Slots slots) =>
        new Element("a").Attr("href", Href).Class("ds-back-link").Add(IsEmpty(content) ? Parts.PlainText(DesignSystemText.Get("back")) : content);

    internal static bool IsEmpty(IHtmlContent content) => content is HtmlString { Value: null or "" };
}

/// <summary><c>&lt;ds-skip-link /&gt;</c>: "Skip to main content" ("Saltar al contenido principal") to <c>#main-content</c> unless told otherwise.</summary>
[HtmlTargetElement("ds-skip-link")]
public sealed class SkipLinkTagHelper : ContentTagHelper
{
    [HtmlAttributeName("href")]
    public string Href { get; set; } = "#main-content";

    protected override Element Build(IHtmlContent content, Slots slots) =>
        new Element("a").Attr("href", Href).Class("ds-skip-link").Attr("data-module", "ds-skip-link")
            .Add(BackLinkTagHelper.IsEmpty(content) ? Parts.PlainText(DesignSystemText.Get("skip-to-main")) : content);
}

/// <summary><c>&lt;ds-warning-text&gt;You can be fined…&lt;/ds-warning-text&gt;</c>: the "!" icon and bold text, with a visually hidden "Warning" ("Advertencia").</summary>
[HtmlTargetElement("ds-warning-text")]
public sealed class WarningTextTagHelper : ContentTagHelper
{
    [HtmlAttributeName("icon-fallback-text")]
    public string? IconFallbackText { get; set; }

    protected override Element Build(IHtmlContent content, Slots slots) =>
        new Element("div").Class("ds-warning-text").Add(Parts.Lines(
            new Element("span").Class("ds-warning-text__icon").Attr("aria-hidden", "true").Text("!"),
            new Element("strong").Class("ds-warning-text__text").Add(Parts.Lines(
                new Element("span").Class("ds-visually-hidden").Text(IconFallbackText ?? DesignSystemText.Get("warning")),
                content))));
}

/// <summary><c>&lt;ds-details summary="Help with nationality"&gt;…&lt;/ds-details&gt;</c> (or a <c>&lt;ds-details-summary&gt;</c>).</summary>
[HtmlTargetElement("ds-details")]
public sealed class DetailsTagHelper : ContentTagHelper
{
    [HtmlAttributeName("summary")]
    public string? Summary { get; set; }

    [HtmlAttributeName("open")]
    public bool Open { get; set; }

    protected override string[] AcceptedSlots => ["summary"];

    protected override Element Build(IHtmlContent content, Slots slots) =>
        new Element("details").Class("ds-details").Flag("open", Open).Add(Parts.Lines(
            new Element("summary").Class("ds-details__summary").Add(Parts.Lines(
                new Element("span").Class("ds-details__summary-text").Add(Slot(slots, "summary") ?? Parts.PlainText(Summary)))),
            new Element("div").Class("ds-details__text").Add(Parts.Lines(content))));
}

/// <summary><c>&lt;ds-panel title="Application complete"&gt;Your reference…&lt;/ds-panel&gt;</c>: the confirmation panel, its title an h1 unless <c>heading-level</c> says otherwise.</summary>
[HtmlTargetElement("ds-panel")]
public sealed class PanelTagHelper : ContentTagHelper
{
    [HtmlAttributeName("title")]
    public string? Title { get; set; }

    [HtmlAttributeName("heading-level")]
    public int HeadingLevel { get; set; } = 1;

    protected override string[] AcceptedSlots => ["title"];

    protected override Element Build(IHtmlContent content, Slots slots) =>
        new Element("div").Class("ds-panel", "ds-panel--confirmation").Add(Parts.Lines(
            new Element($"h{HeadingLevel}").Class("ds-panel__title").Add(Slot(slots, "title") ?? Parts.PlainText(Title)),
            new Element("div").Class("ds-panel__body").Add(Parts.Lines(content))));
}

/// <summary>
/// <c>&lt;ds-notification-banner&gt;</c> (or <c>type="success"</c>): the title "Important" or "Success"
/// in the current language unless a <c>&lt;ds-notification-banner-title&gt;</c> gives it; a success
/// banner is an alert, the other a region.
/// </summary>
[HtmlTargetElement("ds-notification-banner")]
public sealed class NotificationBannerTagHelper : ContentTagHelper
{
    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    [HtmlAttributeName("title-id")]
    public string TitleId { get; set; } = "ds-notification-banner-title";

    protected override string[] AcceptedSlots => ["title"];

    protected override Element Build(IHtmlContent content, Slots slots)
    {
        var success = string.Equals(Type, "success", StringComparison.OrdinalIgnoreCase);
        return new Element("div").Class("ds-notification-banner", success ? "ds-notification-banner--success" : null)
            .Attr("role", success ? "alert" : "region").Attr("aria-labelledby", TitleId).Attr("data-module", "ds-notification-banner")
            .Add(Parts.Lines(
                new Element("div").Class("ds-notification-banner__header").Add(Parts.Lines(
                    new Element("h2").Class("ds-notification-banner__title").Attr("id", TitleId)
                        .Add(Slot(slots, "title") ?? Parts.PlainText(DesignSystemText.Get(success ? "notification-success" : "notification-important"))))),
                new Element("div").Class("ds-notification-banner__content").Add(Parts.Lines(content))));
    }
}

/// <summary><c>&lt;ds-phase-banner tag="Beta"&gt;This is a new service…&lt;/ds-phase-banner&gt;</c>.</summary>
[HtmlTargetElement("ds-phase-banner")]
public sealed class PhaseBannerTagHelper : ContentTagHelper
{
    [HtmlAttributeName("tag")]
    public string? Tag { get; set; }

    protected override string[] AcceptedSlots => ["tag"];

    protected override Element Build(IHtmlContent content, Slots slots) =>
        new Element("div").Class("ds-phase-banner").Add(Parts.Lines(
            new Element("p").Class("ds-phase-banner__content").Add(Parts.Lines(
                new Element("strong").Class("ds-tag", "ds-phase-banner__content__tag").Add(Slot(slots, "tag") ?? Parts.PlainText(Tag)),
                new Element("span").Class("ds-phase-banner__text").Add(content)))));
}
