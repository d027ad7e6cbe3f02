using System.Globalization;
using Microsoft.Playwright;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>ds.css and the JavaScript in real Chromium: reflow, focus, print, motion, and the enhancements.</summary>
public sealed class BrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string ComponentsPage = ChromiumFixture.Origin + "/pages/components.html";

    private static async Task OpenAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(200, response!.Status);
        await page.WaitForFunctionAsync("() => document.body.classList.contains('ds-frontend-supported')");
    }

    [Fact]
    public async Task A_page_of_components_has_no_horizontal_scroll_at_320_css_px()
    {
        foreach (var javaScript in new[] { true, false })
        {
            await chromium.WithPageAsync(320, javaScript, async page =>
            {
                await page.GotoAsync(ComponentsPage, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

                var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                var overflowing = await page.EvaluateAsync<string[]>("""
                    () => [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && getComputedStyle(e).position !== 'absolute')
                      .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.'))
                    """);

                Assert.True(sizes[0] <= sizes[1], $"JavaScript {(javaScript ? "on" : "off")}: the page is {sizes[0]}px wide in a {sizes[1]}px viewport; wider: {string.Join(", ", overflowing.Take(10))}");
                Assert.True(await page.Locator(".ds-button").First.EvaluateAsync<bool>("e => e.getBoundingClientRect().width > 250"), "buttons are full width on small screens");
            });
        }
    }

    [Theory]
    [InlineData("#guidance-link")]
    [InlineData("#continue")]
    public async Task Keyboard_focus_changes_how_a_link_or_button_looks(string selector)
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await page.GotoAsync(ComponentsPage, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var element = page.Locator(selector);
            await element.ScrollIntoViewIfNeededAsync();
            var before = await StyleAsync(element);
            var pictureBefore = await element.ScreenshotAsync();

            await TabToAsync(page, selector);

            Assert.True(await element.EvaluateAsync<bool>("e => e.matches(':focus-visible')"));
            var after = await StyleAsync(element);
            var pictureAfter = await element.ScreenshotAsync();
            Assert.Equal("rgb(255, 221, 0)", after["background-color"]);
            Assert.Equal("rgb(11, 12, 12)", after["color"]);
            Assert.NotEqual(before["background-color"], after["background-color"]);
            Assert.NotEqual(before["box-shadow"], after["box-shadow"]);
            Assert.Contains("rgb(11, 12, 12)", after["box-shadow"], StringComparison.Ordinal);
            Assert.False(pictureBefore.AsSpan().SequenceEqual(pictureAfter), "the focused element should render differently");
        });
    }

    [Fact]
    public async Task A_mouse_click_does_not_show_the_keyboard_focus_style()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await page.GotoAsync(ComponentsPage, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var button = page.Locator("#continue");

            await button.ClickAsync();

            Assert.True(await button.EvaluateAsync<bool>("e => document.activeElement === e && !e.matches(':focus-visible')"));
            Assert.NotEqual("rgb(255, 221, 0)", (await StyleAsync(button))["background-color"]);
        });
    }

    [Fact]
    public async Task The_minified_stylesheet_parses_to_the_same_rules_as_the_readable_one()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await page.GotoAsync(ChromiumFixture.Origin + "/pages/stylesheets.html", new PageGotoOptions { WaitUntil = WaitUntilState.Load });

            var sheets = await page.EvaluateAsync<string[][]>("() => [...document.styleSheets].map(s => [...s.cssRules].map(r => r.cssText))");

            Assert.Equal(2, sheets.Length);
            Assert.True(sheets[0].Length > 300, $"only {sheets[0].Length} rules parsed");
            var first = Enumerable.Range(0, Math.Min(sheets[0].Length, sheets[1].Length)).FirstOrDefault(i => sheets[0][i] != sheets[1][i], -1);
            Assert.True(first < 0, first < 0 ? "" : $"rule {first} differs:\nreadable: {sheets[0][first]}\nminified: {sheets[1][first]}");
            Assert.Equal(sheets[0].Length, sheets[1].Length);
        });
    }

    [Fact]
    public async Task Chromium_understands_every_declaration_in_ds_css()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await page.GotoAsync(ChromiumFixture.Origin + "/pages/stylesheets.html", new PageGotoOptions { WaitUntil = WaitUntilState.Load });

            // Chromium drops declarations it cannot parse; count the ones in the source against the CSSOM.
            var dropped = await page.EvaluateAsync<string[]>("""
                async () => {
                  const source = await (await fetch('/dist/ds.css')).text();
                  const sheet = new CSSStyleSheet();
                  sheet.replaceSync(source);
                  const dropped = [];
                  const walk = (rules) => { for (const rule of rules) {
                    if (rule.cssRules) walk(rule.cssRules);
                    if (rule.style && rule.style.length === 0) dropped.push(rule.selectorText);
                  } };
                  walk(sheet.cssRules);
                  return dropped;
                }
                """);

            Assert.Empty(dropped);
        });
    }

    [Fact]
    public async Task Print_hides_screen_only_controls_and_writes_out_link_addresses()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await page.GotoAsync(ComponentsPage, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

            foreach (var selector in new[] { ".ds-skip-link", ".ds-cookie-banner", ".ds-back-link", "#continue", ".ds-header__navigation" })
            {
                Assert.Equal("none", await page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
            }

            Assert.Equal("\" (/guidance)\"", await page.Locator("#guidance-link").EvaluateAsync<string>("e => getComputedStyle(e, '::after').content"));
            Assert.Equal("rgb(0, 0, 0)", await page.Locator("#guidance-link").EvaluateAsync<string>("e => getComputedStyle(e).color"));
        });
    }

    [Fact]
    public async Task Reduced_motion_stops_transitions_and_animations()
    {
        foreach (var (motion, expectReduced) in new[] { (ReducedMotion.Reduce, true), (ReducedMotion.NoPreference, false) })
        {
            await chromium.WithPageAsync(1024, reducedMotion: motion, async page =>
            {
                await page.GotoAsync(ComponentsPage, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                await page.AddStyleTagAsync(new PageAddStyleTagOptions { Content = ".ds-panel { transition: opacity 2s; animation: spin 3s infinite; } @keyframes spin { to { opacity: 0.5; } }" });

                var durations = await page.Locator(".ds-panel").EvaluateAsync<string[]>("e => [getComputedStyle(e).transitionDuration, getComputedStyle(e).animationDuration]");

                var seconds = durations.Select(d => double.Parse(d.TrimEnd('s'), CultureInfo.InvariantCulture)).ToArray();
                Assert.True(expectReduced ? seconds.All(s => s < 0.001) : seconds.All(s => s >= 2), $"{motion}: {string.Join(", ", durations)}");
            });
        }
    }

    [Fact]
    public async Task The_type_scale_grows_at_the_tablet_breakpoint()
    {
        var sizes = new List<string>();
        foreach (var width in new[] { 320, 1024 })
        {
            await chromium.WithPageAsync(width, async page =>
            {
                await page.GotoAsync(ComponentsPage, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                sizes.Add(await page.Locator(".ds-heading-xl").EvaluateAsync<string>("e => getComputedStyle(e).fontSize"));
            });
        }

        Assert.Equal(["32px", "48px"], sizes);
    }

    [Fact]
    public async Task Without_javascript_everything_is_shown_and_the_menu_button_stays_hidden()
    {
        await chromium.WithPageAsync(320, javaScript: false, async page =>
        {
            await page.GotoAsync(ComponentsPage, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

            Assert.False(await page.Locator(".ds-header__menu-button").IsVisibleAsync());
            Assert.True(await page.Locator("#navigation").IsVisibleAsync());
            Assert.True(await page.Locator("#reason-info").IsVisibleAsync());
            Assert.Equal(0, await page.Locator(".ds-character-count__status").CountAsync());
        });
    }

    [Fact]
    public async Task The_header_menu_folds_the_navigation_below_the_desktop_breakpoint()
    {
        await chromium.WithPageAsync(320, async page =>
        {
            await OpenAsync(page, ComponentsPage);
            var button = page.Locator(".ds-header__menu-button");
            var navigation = page.Locator("#navigation");

            Assert.True(await button.IsVisibleAsync());
            Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
            Assert.False(await navigation.IsVisibleAsync());

            await button.ClickAsync();
            Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
            Assert.True(await navigation.IsVisibleAsync());

            await page.SetViewportSizeAsync(1024, 800);
            await page.WaitForFunctionAsync("() => document.querySelector('.ds-header__menu-button').hidden");
            Assert.True(await navigation.IsVisibleAsync());
        });
    }

    [Fact]
    public async Task The_character_count_counts_and_turns_into_an_error_over_the_limit()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await OpenAsync(page, ComponentsPage);
            var status = page.Locator(".ds-character-count__status");
            var textarea = page.Locator("#reason");

            Assert.Equal("You have 200 characters remaining", await status.TextContentAsync());
            Assert.Contains("ds-visually-hidden", await page.Locator("#reason-info").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
            Assert.Equal("true", await status.GetAttributeAsync("aria-hidden"));

            await textarea.FillAsync("Residents' parking");
            Assert.Equal("You have 182 characters remaining", await status.TextContentAsync());

            await textarea.FillAsync(new string('x', 201));
            Assert.Equal("You have 1 character too many", await status.TextContentAsync());
            Assert.Contains("ds-error-message", await status.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
            Assert.Contains("ds-textarea--error", await textarea.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
            await page.WaitForFunctionAsync("() => document.querySelector('.ds-character-count__sr-status').textContent === 'You have 1 character too many'");
        });
    }

    [Fact]
    public async Task The_error_summary_takes_focus_and_its_links_focus_their_fields()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await OpenAsync(page, ChromiumFixture.Origin + "/pages/error-summary.html");

            await page.WaitForFunctionAsync("() => document.activeElement?.classList.contains('ds-error-summary')");

            await page.Locator("a[href='#dob-day']").ClickAsync();
            Assert.Equal("dob-day", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            await AssertNearTopAsync(page.Locator("legend"));

            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await page.Locator("a[href='#nationality']").ClickAsync();
            Assert.Equal("nationality", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            await AssertNearTopAsync(page.Locator("label[for=nationality]"));
            Assert.Null(await page.Locator(".ds-error-summary").GetAttributeAsync("tabindex"));
        });
    }

    [Fact]
    public async Task The_cookie_banner_stores_the_choice_confirms_it_and_stays_away()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await OpenAsync(page, ComponentsPage);
            await page.EvaluateAsync("() => document.addEventListener('ds:cookie-consent', e => { window.consent = e.detail.analytics; })");

            await page.Locator("button[value=accept]").ClickAsync();

            var cookie = Assert.Single(await page.Context.CookiesAsync(), c => c.Name == "cookies_policy");
            Assert.Equal("{\"essential\":true,\"analytics\":true}", Uri.UnescapeDataString(cookie.Value));
            Assert.True(await page.EvaluateAsync<bool>("() => window.consent === true"));
            var confirmation = page.Locator("[data-cookie-consent=accept]");
            Assert.True(await confirmation.IsVisibleAsync());
            Assert.True(await confirmation.EvaluateAsync<bool>("e => document.activeElement === e"));
            Assert.False(await page.Locator("button[value=accept]").IsVisibleAsync());

            await confirmation.Locator("button[value=hide]").ClickAsync();
            Assert.False(await page.Locator(".ds-cookie-banner").IsVisibleAsync());

            await OpenAsync(page, ComponentsPage);
            Assert.False(await page.Locator(".ds-cookie-banner").IsVisibleAsync());
        });
    }

    [Fact]
    public async Task Radios_and_checkboxes_reveal_their_conditional_content_and_none_is_exclusive()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await OpenAsync(page, ChromiumFixture.Origin + "/pages/conditional.html");
            var email = page.Locator("#conditional-contact");
            var hours = page.Locator("#conditional-benefits-2");

            Assert.False(await email.IsVisibleAsync());
            Assert.Equal("conditional-contact", await page.Locator("#contact").GetAttributeAsync("aria-controls"));
            // ARIA does not allow aria-expanded on a radio: the reveal is announced by the content itself.
            Assert.Null(await page.Locator("#contact").GetAttributeAsync("aria-expanded"));

            await page.Locator("label[for=contact]").ClickAsync();
            Assert.True(await email.IsVisibleAsync());
            Assert.Null(await page.Locator("#contact").GetAttributeAsync("aria-expanded"));
            await page.Locator("label[for=contact-2]").ClickAsync();
            Assert.False(await email.IsVisibleAsync());

            await page.Locator("label[for=benefits]").ClickAsync();
            await page.Locator("label[for=benefits-2]").ClickAsync();
            Assert.True(await hours.IsVisibleAsync());
            await page.Locator("label[for=benefits-none]").ClickAsync();
            Assert.False(await page.Locator("#benefits").IsCheckedAsync());
            Assert.False(await page.Locator("#benefits-2").IsCheckedAsync());
            Assert.False(await hours.IsVisibleAsync());
            await page.Locator("label[for=benefits]").ClickAsync();
            Assert.False(await page.Locator("#benefits-none").IsCheckedAsync());
        });
    }

    [Fact]
    public async Task Without_javascript_conditional_content_is_shown()
    {
        await chromium.WithPageAsync(1024, javaScript: false, async page =>
        {
            await page.GotoAsync(ChromiumFixture.Origin + "/pages/conditional.html", new PageGotoOptions { WaitUntil = WaitUntilState.Load });

            Assert.True(await page.Locator("#conditional-contact").IsVisibleAsync());
            Assert.True(await page.Locator("#conditional-benefits-2").IsVisibleAsync());
        });
    }

    private static async Task AssertNearTopAsync(ILocator element)
    {
        var top = await element.EvaluateAsync<double>("e => e.getBoundingClientRect().top");
        Assert.True(top is > -2 and < 50, $"expected it scrolled to the top of the viewport, its top is at {top}px");
    }

    private static async Task<Dictionary<string, string>> StyleAsync(ILocator element) =>
        await element.EvaluateAsync<Dictionary<string, string>>("e => { const s = getComputedStyle(e); return { 'background-color': s.backgroundColor, 'color': s.color, 'box-shadow': s.boxShadow, 'outline-style': s.outlineStyle }; }");

    private static async Task TabToAsync(IPage page, string selector)
    {
        await page.EvaluateAsync("() => { document.activeElement?.blur(); window.scrollTo(0, 0); }");
        for (var i = 0; i < 150; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }

        throw new Xunit.Sdk.XunitException($"Tab never reached {selector}.");
    }
}
