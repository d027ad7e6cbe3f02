using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore;

/// <summary>
/// The parts several components share (label, hint, error message, legend), written once so a
/// text input's hint and a date input's hint cannot drift apart.
/// </summary>
public static class Parts
{
    public static IHtmlContent Trimmed(IHtmlContent content) => content switch
    {
        TagHelperContent captured => new HtmlString(captured.GetContent().Trim()),
        _ => content,
    };

    public static IHtmlContent? PlainText(string? text) => text is null ? null : new HtmlString(WebUtility.HtmlEncode(text));

    /// <summary><c>&lt;label class="ds-label"&gt;</c>, inside an h1 wrapper when it is the page's heading.</summary>
    public static IHtmlContent Label(IHtmlContent content, string forId, string? size, bool isPageHeading, params string?[] extraClasses)
    {
        var label = Label(content, forId, size, extraClasses);
        return isPageHeading ? new Element("h1").Class("ds-label-wrapper").Add(label) : label;
    }

    public static Element Label(IHtmlContent content, string forId, string? size = null, params string?[] extraClasses) =>
        new Element("label").Class(["ds-label", size is null ? null : $"ds-label--{size}", .. extraClasses]).Attr("for", forId).Add(content);

    public static Element Hint(IHtmlContent content, string? id, params string?[] extraClasses) =>
        new Element("div").Attr("id", id).Class(["ds-hint", .. extraClasses]).Add(content);

    /// <summary><c>&lt;p class="ds-error-message"&gt;</c> with its visually hidden prefix ("Error:", "Error:" in Spanish too).</summary>
    public static Element ErrorMessage(IHtmlContent content, string? id, string? visuallyHiddenText = null) =>
        new Element("p").Attr("id", id).Class("ds-error-message")
            .Add(new Element("span").Class("ds-visually-hidden").Text(visuallyHiddenText ?? DesignSystemText.Get("error-prefix")))
            .Add(new HtmlString(" "))
            .Add(content);

    /// <summary><c>&lt;legend&gt;</c>, with an h1 inside when it is the page's heading.</summary>
    public static Element Legend(IHtmlContent content, string? size, bool isPageHeading) =>
        new Element("legend").Class("ds-fieldset__legend", size is null ? null : $"ds-fieldset__legend--{size}")
            .Add(isPageHeading ? new Element("h1").Class("ds-fieldset__heading").Add(content) : content);

    public static Element FormGroup(bool hasError, params string?[] extraClasses) =>
        new Element("div").Class(["ds-form-group", hasError ? "ds-form-group--error" : null, .. extraClasses]);

    /// <summary>Joins parts with new lines, so the page source is readable.</summary>
    public static IEnumerable<IHtmlContent> Lines(params IHtmlContent?[] parts)
    {
        foreach (var part in parts)
        {
            if (part is null)
            {
                continue;
            }

            yield return Element.NewLine;
            yield return part;
        }

        yield return Element.NewLine;
    }
}
