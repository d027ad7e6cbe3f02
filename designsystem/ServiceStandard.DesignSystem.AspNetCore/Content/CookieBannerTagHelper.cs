using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Content;

/// <summary>
/// <c>&lt;ds-cookie-banner service-name="Apply for a fishing permit" cookies-href="/cookies"&gt;…&lt;/ds-cookie-banner&gt;</c>:
/// the question (the team's paragraphs, then Accept and Reject submit buttons named <c>cookies</c>
/// with values <c>accept</c> and <c>reject</c>, and a link to the cookies page) inside the team's own
/// <c>&lt;form method="post"&gt;</c>, so ASP.NET Core's form tag helper adds its antiforgery token. With
/// <c>state="accepted"</c> or <c>"rejected"</c> it is the confirmation, announced as an alert, with a
/// button that hides it. Headed "Cookies on {service}" ("Cookies en {servicio}").
/// </summary>
[HtmlTargetElement("ds-cookie-banner")]
public sealed class CookieBannerTagHelper : ContentTagHelper
{
    [HtmlAttributeName("service-name")]
    public string? ServiceName { get; set; }

    [HtmlAttributeName("cookies-href")]
    public string CookiesHref { get; set; } = "/cookies";

    /// <summary><c>question</c> (the default), <c>accepted</c> or <c>rejected</c>.</summary>
    [HtmlAttributeName("state")]
    public string? State { get; set; }

    protected override Element Build(IHtmlContent content, Slots slots)
    {
        var heading = DesignSystemText.Format("cookie-banner-heading", ServiceName ?? string.Empty);
        var confirmation = State is not null && !string.Equals(State, "question", StringComparison.OrdinalIgnoreCase);
        IHtmlContent[] buttons = confirmation
            ? [Button("button", null, null, DesignSystemText.Get("cookie-banner-hide"))]
            :
            [
                Button("submit", "cookies", "accept", DesignSystemText.Get("cookie-banner-accept")),
                Button("submit", "cookies", "reject", DesignSystemText.Get("cookie-banner-reject")),
                new Element("a").Class("ds-link").Attr("href", CookiesHref).Text(DesignSystemText.Get("cookie-banner-view")),
            ];
        return new Element("div").Class("ds-cookie-banner").Flag("data-nosnippet", true).Attr("role", "region").Attr("aria-label", heading).Add(Parts.Lines(
            new Element("div").Class("ds-cookie-banner__message", "ds-width-container").Attr("role", confirmation ? "alert" : null).Add(Parts.Lines(
                new Element("div").Class("ds-grid-row").Add(Parts.Lines(
                    new Element("div").Class("ds-grid-column-two-thirds").Add(Parts.Lines(
                        new Element("h2").Class("ds-cookie-banner__heading", "ds-heading-m").Text(heading),
                        new Element("div").Class("ds-cookie-banner__content").Add(Parts.Lines(content)))))),
                new Element("div").Class("ds-button-group").Add(Parts.Lines(buttons))))));
    }

    private static Element Button(string type, string? name, string? value, string text) =>
        new Element("button").Attr("type", type).Attr("name", name).Attr("value", value).Class("ds-button").Attr("data-module", "ds-button").Text(text);
}
