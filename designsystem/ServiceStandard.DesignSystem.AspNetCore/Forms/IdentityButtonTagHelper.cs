using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Content;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Forms;

/// <summary>
/// <c>&lt;ds-identity-button href="/sign-in" /&gt;</c>, or <c>type="submit"</c> inside a form: the
/// national digital identity's sign-in button with its icon and "Sign in with the national digital
/// identity" ("Acceder con la identidad digital nacional") unless other text is given.
/// </summary>
[HtmlTargetElement("ds-identity-button")]
public sealed class IdentityButtonTagHelper : ContentTagHelper
{
    // The generic identity icon, decorative: the text names the button.
    private static readonly HtmlString Icon = new(
        "<svg class=\"ds-identity-button__icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"24\" height=\"24\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\">" +
        "<circle cx=\"12\" cy=\"8\" r=\"4\" fill=\"currentColor\"/><path d=\"M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7z\" fill=\"currentColor\"/></svg>");

    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    /// <summary><c>submit</c> writes a button for a form that starts the sign-in; otherwise a link.</summary>
    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    [HtmlAttributeName("secondary")]
    public bool Secondary { get; set; }

    protected override Element Build(IHtmlContent content, Slots slots)
    {
        var parts = Parts.Lines(Icon, new Element("span").Class("ds-identity-button__text")
            .Add(BackLinkTagHelper.IsEmpty(content) ? Parts.PlainText(DesignSystemText.Get("identity-sign-in")) : content));
        var modifier = Secondary ? "ds-identity-button--secondary" : null;
        return Href is null
            ? new Element("button").Attr("type", Type ?? "submit").Class("ds-identity-button", modifier).Add(parts)
            : new Element("a").Attr("href", Href).Class("ds-identity-button", modifier).Attr("draggable", "false").Add(parts);
    }
}
