using AngleSharp.Html.Parser;

namespace ServiceStandard.DesignSystem.AspNetCore.Tests;

/// <summary>
/// The page furniture's tag helpers (header, footer, cookie banner, language switcher, identity
/// button, table) supply their own words in the request's language, and name a language in itself.
/// </summary>
[Collection(TagHelperHostCollection.Name)]
public sealed class PageFurnitureTests(TagHelperHost host)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task A_Spanish_request_gets_the_header_footer_and_cookie_banner_words_in_Spanish()
    {
        var header = Parser.ParseDocument(await host.GetAsync("/examples/header/with-navigation?culture=es"));
        var footer = Parser.ParseDocument(await host.GetAsync("/examples/footer/default?culture=es"));
        var cookies = Parser.ParseDocument(await host.GetAsync("/examples/cookie-banner/default?culture=es"));
        var identity = Parser.ParseDocument(await host.GetAsync("/examples/identity-button/default?culture=es"));

        Assert.Equal("Menú", header.QuerySelector(".ds-header__menu-button")!.TextContent);
        Assert.Equal("Menú", header.QuerySelector(".ds-header__navigation")!.GetAttribute("aria-label"));
        Assert.Equal("Gobierno", header.QuerySelector(".ds-header__logotype-text")!.TextContent);
        Assert.Equal("Enlaces de ayuda", footer.QuerySelector("h2.ds-visually-hidden")!.TextContent);
        Assert.Equal("Cookies en Apply for a fishing permit", cookies.QuerySelector(".ds-cookie-banner")!.GetAttribute("aria-label"));
        Assert.Equal(["Aceptar cookies analíticas", "Rechazar cookies analíticas"], cookies.QuerySelectorAll("button").Select(b => b.TextContent));
        Assert.Equal("Acceder con la identidad digital nacional", identity.QuerySelector(".ds-identity-button__text")!.TextContent);
    }

    [Fact]
    public async Task Each_language_link_says_in_its_own_language_that_it_changes_the_language()
    {
        // Whatever the page's language, the link to Spanish speaks Spanish and the one to English speaks English.
        var spanishPage = Parser.ParseDocument(await host.GetAsync("/examples/language-switcher/spanish?culture=en"));
        var englishPage = Parser.ParseDocument(await host.GetAsync("/examples/language-switcher/default?culture=es"));

        Assert.Equal("Change the language to ", spanishPage.QuerySelector("a[lang=en] .ds-visually-hidden")!.TextContent);
        Assert.Equal("Idioma", spanishPage.QuerySelector("nav")!.GetAttribute("aria-label"));
        Assert.Equal("Cambiar el idioma a ", englishPage.QuerySelector("a[lang=es] .ds-visually-hidden")!.TextContent);
        Assert.Equal("Idioma", englishPage.QuerySelector("nav")!.GetAttribute("aria-label"));
        Assert.Null(englishPage.QuerySelector("nav")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_header_cell_in_a_body_row_is_that_rows_header()
    {
        var table = Parser.ParseDocument(await host.GetAsync("/examples/table/with-row-headers"));

        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal(["January", "February"], table.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent));
    }
}
