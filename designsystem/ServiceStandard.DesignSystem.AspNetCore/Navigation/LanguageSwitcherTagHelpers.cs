using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ServiceStandard.DesignSystem.AspNetCore.Content;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Navigation;

/// <summary>
/// <c>&lt;ds-language-switcher&gt;</c> with <c>&lt;ds-language-switcher-item lang="es" href="?lang=es"&gt;Español&lt;/…&gt;</c>
/// (the page's own language with <c>current="true"</c>): each other language is a link in that
/// language (<c>hreflang</c>, <c>lang</c>) whose visually hidden words say, in that language, that it
/// changes the language. The nav is named in the page's language, or in <c>lang</c> when given.
/// </summary>
[HtmlTargetElement("ds-language-switcher")]
public sealed class LanguageSwitcherTagHelper : ContentTagHelper
{
    [HtmlAttributeName("lang")]
    public string? Lang { get; set; }

    [HtmlAttributeName("aria-label")]
    public string? Label { get; set; }

    protected override string[] AcceptedSlots => ["item"];

    protected override Element Build(IHtmlContent content, Slots slots) =>
        new Element("nav").Class("ds-language-switcher").Attr("aria-label", Label ?? DesignSystemText.Get("language-switcher", Lang)).Attr("lang", Lang)
            .Add(Parts.Lines(new Element("ul").Class("ds-language-switcher__list").Add(Parts.Lines([.. slots.Items.OfType<LanguageItem>().Select(Item)]))));

    private static IHtmlContent Item(LanguageItem item) =>
        new Element("li").Class("ds-language-switcher__item", item.Current ? "ds-language-switcher__item--current" : null).Add(Parts.Lines(item.Current
            ? new Element("span").Attr("aria-current", "true").Add(item.Content)
            : new Element("a").Class("ds-language-switcher__link").Attr("href", item.Href).Attr("hreflang", item.Lang).Attr("lang", item.Lang)
                .Add(new Element("span").Class("ds-visually-hidden").Text(DesignSystemText.Get("language-change-to", item.Lang)))
                .Add(item.Content)));
}

public sealed record LanguageItem(string? Lang, string? Href, IHtmlContent Content, bool Current);

/// <summary>One language: its name written in itself ("Español", "English").</summary>
[HtmlTargetElement("ds-language-switcher-item", ParentTag = "ds-language-switcher")]
public sealed class LanguageSwitcherItemTagHelper : TagHelper
{
    [HtmlAttributeName("lang")]
    public string? Lang { get; set; }

    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    [HtmlAttributeName("current")]
    public bool Current { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = await output.GetChildContentAsync();
        Slots.Around(context, "item")?.Items.Add(new LanguageItem(Lang, Href, Parts.Trimmed(content), Current));
        output.SuppressOutput();
    }
}
