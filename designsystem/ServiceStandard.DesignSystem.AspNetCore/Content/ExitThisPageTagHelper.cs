using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Content;

/// <summary>
/// <c>&lt;ds-exit-this-page href="https://…" /&gt;</c>: the warning button that leaves for a safe page
/// on another site ("Exit this page", with a visually hidden "Emergency", in the current language,
/// unless content is given); the design system's script adds the three-Shift shortcut. The address
/// defaults to the one GOV.UK Frontend uses, a weather forecast.
/// </summary>
[HtmlTargetElement("ds-exit-this-page")]
public sealed class ExitThisPageTagHelper : ContentTagHelper
{
    [HtmlAttributeName("href")]
    public string Href { get; set; } = "https://www.bbc.co.uk/weather";

    protected override Element Build(IHtmlContent content, Slots slots) =>
        new Element("div").Class("ds-exit-this-page").Attr("data-module", "ds-exit-this-page").Add(Parts.Lines(
            new Element("a").Attr("href", Href).Attr("role", "button").Attr("draggable", "false")
                .Class("ds-button", "ds-button--warning", "ds-exit-this-page__button", "ds-js-exit-this-page-button")
                .Attr("data-module", "ds-button").Attr("rel", "nofollow noreferrer")
                .Add(Parts.Lines(
                    new HtmlContentBuilder()
                        .AppendHtml(new Element("span").Class("ds-visually-hidden").Text(DesignSystemText.Get("exit-this-page-emergency")))
                        .AppendHtml(" ")
                        .AppendHtml(BackLinkTagHelper.IsEmpty(content) ? Parts.PlainText(DesignSystemText.Get("exit-this-page"))! : content)))));
}
