using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Content;

namespace ServiceStandard.DesignSystem.AspNetCore.Forms;

/// <summary>
/// <c>&lt;ds-button&gt;Save and continue&lt;/ds-button&gt;</c>: a submit button; <c>variant</c> secondary or
/// warning; with <c>href</c> a link that looks like a button (role button, not draggable), and
/// <c>is-start-button</c> adds the start arrow.
/// </summary>
[HtmlTargetElement("ds-button")]
public sealed class ButtonTagHelper : ContentTagHelper
{
    private const string StartIcon = """<svg class="ds-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false"><path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z"/></svg>""";

    [HtmlAttributeName("type")]
    public string Type { get; set; } = "submit";

    [HtmlAttributeName("variant")]
    public string? Variant { get; set; }

    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("is-start-button")]
    public bool IsStartButton { get; set; }

    protected override Element Build(IHtmlContent content, Slots slots)
    {
        var variant = IsStartButton ? "ds-button--start" : Variant is null ? null : $"ds-button--{Variant}";
        return Href is null
            ? new Element("button").Attr("type", Type).Class("ds-button", variant).Attr("data-module", "ds-button").Add(content)
            : new Element("a").Attr("href", Href).Attr("role", "button").Attr("draggable", "false").Class("ds-button", variant).Attr("data-module", "ds-button")
                .Add(content).Add(IsStartButton ? new HtmlString("\n" + StartIcon + "\n") : null);
    }
}

/// <summary><c>&lt;ds-button-group&gt;</c>: buttons and links side by side.</summary>
[HtmlTargetElement("ds-button-group")]
public sealed class ButtonGroupTagHelper : ContentTagHelper
{
    protected override Element Build(IHtmlContent content, Slots slots) => new Element("div").Class("ds-button-group").Add(Parts.Lines(content));
}
