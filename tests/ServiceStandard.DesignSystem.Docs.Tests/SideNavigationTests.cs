using Microsoft.Playwright;
using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.Docs.Tests;

/// <summary>
/// The side navigation in a real browser: beside the content on a wide screen, folded behind a
/// disclosure button at 320 CSS px (so a long list does not push the page below it), opened and
/// closed with the keyboard, and never wider than the screen.
/// </summary>
public sealed class SideNavigationTests
{
    private const string NoHorizontalScroll = "() => document.documentElement.scrollWidth <= window.innerWidth";

    [Fact]
    public async Task At_320_px_the_side_navigation_folds_behind_a_button_and_opens_with_the_keyboard()
    {
        await using var server = new StaticFileServer(BuiltSite.Directory, "/design-system/");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ExampleFrameTests.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        await page.GotoAsync(new Uri(server.BaseUrl, "es/components/date-input.html").AbsoluteUri);

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Componentes", Exact = true });
        var toggle = nav.GetByRole(AriaRole.Button, new() { Name = "Páginas de esta sección" });
        await toggle.WaitForAsync();
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.Equal("site-side-nav-list", await toggle.GetAttributeAsync("aria-controls"));
        Assert.False(await page.Locator("#site-side-nav-list").IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>(NoHorizontalScroll));

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => !document.getElementById('site-side-nav-list').hidden");
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        var current = nav.Locator("a[aria-current=page]");
        Assert.Equal("Campo de fecha", await current.InnerTextAsync());
        Assert.True(await current.IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>(NoHorizontalScroll));

        await page.Keyboard.PressAsync("Space");
        await page.WaitForFunctionAsync("() => document.getElementById('site-side-nav-list').hidden");
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));
    }

    [Fact]
    public async Task On_a_wide_screen_the_side_navigation_is_an_open_column_beside_the_content()
    {
        await using var server = new StaticFileServer(BuiltSite.Directory, "/design-system/");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ExampleFrameTests.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1024, Height = 768 } });
        await page.GotoAsync(new Uri(server.BaseUrl, "en/components/button.html").AbsoluteUri);

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Components", Exact = true });
        await nav.Locator("a[aria-current=page]").WaitForAsync();
        Assert.False(await nav.GetByRole(AriaRole.Button).IsVisibleAsync());
        Assert.True(await page.Locator("#site-side-nav-list").IsVisibleAsync());
        var navBox = (await nav.BoundingBoxAsync())!;
        var mainBox = (await page.Locator("#main-content").BoundingBoxAsync())!;
        Assert.True(navBox.X + navBox.Width <= mainBox.X, $"the side navigation ({navBox.X}+{navBox.Width}) overlaps the content at {mainBox.X}");
        Assert.True(Math.Abs(navBox.Y - mainBox.Y) < 60, $"the side navigation starts at {navBox.Y}, the content at {mainBox.Y}");

        // Narrowed to a phone's width it folds; widened again it opens.
        await page.SetViewportSizeAsync(320, 640);
        await page.WaitForFunctionAsync("() => document.getElementById('site-side-nav-list').hidden");
        Assert.True(await page.EvaluateAsync<bool>(NoHorizontalScroll));
        await page.SetViewportSizeAsync(1024, 768);
        await page.WaitForFunctionAsync("() => !document.getElementById('site-side-nav-list').hidden");
        Assert.False(await nav.GetByRole(AriaRole.Button).IsVisibleAsync());
    }
}
