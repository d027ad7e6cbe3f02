using AngleSharp.Html.Parser;
using ServiceStandard.DesignSystem.Tests;

namespace ServiceStandard.DesignSystem.AspNetCore.Tests;

/// <summary>
/// What the tag helpers of the password input, service navigation and exit this page write
/// themselves: the words in the request's language, and a password that is never written back.
/// </summary>
[Collection(TagHelperHostCollection.Name)]
public sealed class PasswordAndNavigationTests(TagHelperHost host)
{
    [Fact]
    public async Task A_password_posted_back_with_an_error_elsewhere_is_not_written_into_the_page()
    {
        var html = await host.PostAsync("/forms/sign-in", ("email", ""), ("password", "correct horse battery staple"));
        var page = new HtmlParser().ParseDocument(html);

        Assert.DoesNotContain("correct horse battery staple", html, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#password")!.GetAttribute("value"));
        Assert.Equal(["#email"], page.QuerySelectorAll(".ds-error-summary__list a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_password_left_empty_renders_as_the_error_example()
    {
        var html = await host.PostAsync("/forms/sign-in", ("email", "someone@example.org"), ("password", ""));
        var section = new HtmlParser().ParseDocument(html).QuerySelector("section#password-question")!.InnerHtml;

        HtmlComparison.AssertSameMarkup(DesignSystemFiles.ExampleHtml("password-input", "error"), section, "password posted empty");
        HtmlComparison.AssertMeetsContracts(section, "password-input");
    }

    [Fact]
    public async Task The_words_the_tag_helpers_supply_are_in_spanish_on_a_spanish_page()
    {
        var password = new HtmlParser().ParseDocument(await host.GetAsync("/examples/password-input/default?culture=es"));
        var navigation = new HtmlParser().ParseDocument(await host.GetAsync("/examples/service-navigation/default?culture=es"));
        var exit = new HtmlParser().ParseDocument(await host.GetAsync("/examples/exit-this-page/default?culture=es"));

        var toggle = password.QuerySelector(".ds-password-input__toggle")!;
        Assert.Equal(("Mostrar", "Mostrar contraseña"), (toggle.TextContent.Trim(), toggle.GetAttribute("aria-label")));
        Assert.Equal("Información del servicio", navigation.QuerySelector("section.ds-service-navigation")!.GetAttribute("aria-label"));
        Assert.Equal("Menú", navigation.QuerySelector("nav")!.GetAttribute("aria-label"));
        Assert.Equal("Menú", navigation.QuerySelector(".ds-service-navigation__toggle")!.TextContent.Trim());
        Assert.Equal("Emergencia Salir de esta página", string.Join(' ', exit.QuerySelector(".ds-exit-this-page__button")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }
}
