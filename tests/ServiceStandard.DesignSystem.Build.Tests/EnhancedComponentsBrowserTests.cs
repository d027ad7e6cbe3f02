using ServiceStandard.Testing;
using Microsoft.Playwright;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>
/// The password input, service navigation, exit this page, accordion and task list in real
/// Chromium (Pages/enhanced-components.html): what people get without JavaScript, and what the
/// design system's scripts add, as a person uses it (clicks, keys, a narrow screen).
/// </summary>
public sealed class EnhancedComponentsBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string Page = ChromiumFixture.Origin + "/pages/enhanced-components.html";
    private const string SafePage = ChromiumFixture.Origin + "/pages/safe.html";

    private static async Task OpenAsync(IPage page)
    {
        var response = await page.GotoAsync(Page, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(200, response!.Status);
        await page.WaitForFunctionAsync("() => document.querySelector('.ds-accordion[data-ds-accordion-init]') !== null && document.querySelector('.ds-exit-this-page[data-ds-exit-this-page-init]') !== null");
    }

    [Fact]
    public async Task Without_javascript_everything_is_shown_and_no_control_that_needs_it_appears()
    {
        await chromium.WithPageAsync(320, javaScript: false, async page =>
        {
            await page.GotoAsync(Page, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

            Assert.False(await page.Locator(".ds-password-input__toggle").IsVisibleAsync());
            Assert.Equal("password", await page.Locator("#password").GetAttributeAsync("type"));
            Assert.False(await page.Locator(".ds-service-navigation__toggle").IsVisibleAsync());
            Assert.True(await page.Locator("#navigation").IsVisibleAsync());
            Assert.True(await page.Locator("#guide-content-1").IsVisibleAsync());
            Assert.True(await page.Locator("#guide-content-2").IsVisibleAsync());
            Assert.Equal(0, await page.Locator(".ds-accordion button").CountAsync());
            Assert.Equal(2, await page.Locator("h2.ds-accordion__section-heading").CountAsync());
            Assert.Equal("/pages/safe.html", await page.Locator(".ds-exit-this-page__button").GetAttributeAsync("href"));
        });
    }

    [Fact]
    public async Task The_pages_components_reflow_at_320_css_px_with_and_without_javascript()
    {
        foreach (var javaScript in new[] { true, false })
        {
            await chromium.WithPageAsync(320, javaScript, async page =>
            {
                await page.GotoAsync(Page, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                if (javaScript)
                {
                    await page.WaitForFunctionAsync("() => document.querySelector('.ds-accordion__show-all') !== null");
                }

                var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                var overflowing = await page.EvaluateAsync<string[]>("""
                    () => [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 && getComputedStyle(e).position !== 'absolute')
                      .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.'))
                    """);

                Assert.True(sizes[0] <= sizes[1], $"JavaScript {(javaScript ? "on" : "off")}: the page is {sizes[0]}px wide in a {sizes[1]}px viewport; wider: {string.Join(", ", overflowing.Take(10))}");
            });
        }
    }

    [Fact]
    public async Task The_password_input_shows_and_hides_the_password_says_so_and_hides_it_when_the_form_is_sent()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await OpenAsync(page);
            var input = page.Locator("#password");
            var button = page.Locator(".ds-password-input__toggle");
            var status = page.Locator(".ds-password-input__sr-status");
            await input.FillAsync("correct horse battery staple");

            Assert.True(await button.IsVisibleAsync());
            Assert.Equal("Show", (await button.TextContentAsync())?.Trim());
            Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));

            await button.ClickAsync();
            Assert.Equal("text", await input.GetAttributeAsync("type"));
            Assert.Equal("Hide", await button.TextContentAsync());
            Assert.Equal("Hide password", await button.GetAttributeAsync("aria-label"));
            Assert.Equal("Your password is visible", await status.TextContentAsync());
            Assert.True(await button.EvaluateAsync<bool>("b => document.activeElement === b"), "focus stays on the button");

            await button.ClickAsync();
            Assert.Equal("password", await input.GetAttributeAsync("type"));
            Assert.Equal("Show password", await button.GetAttributeAsync("aria-label"));
            Assert.Equal("Your password is hidden", await status.TextContentAsync());

            await button.ClickAsync();
            await page.EvaluateAsync("() => { const f = document.querySelector('form'); f.addEventListener('submit', e => e.preventDefault()); f.requestSubmit(); }");
            Assert.Equal("password", await input.GetAttributeAsync("type"));
            Assert.Equal("correct horse battery staple", await input.InputValueAsync());
        });
    }

    [Fact]
    public async Task The_password_input_speaks_spanish_on_a_spanish_page()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await page.GotoAsync(Page, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await page.WaitForFunctionAsync("() => document.querySelector('.ds-password-input[data-ds-password-input-init]') !== null");
            // Initialised again in a Spanish copy of the form group, as a Spanish page would be.
            await page.EvaluateAsync("""
                async () => {
                  const copy = document.querySelector('.ds-password-input').cloneNode(true);
                  copy.removeAttribute('data-ds-password-input-init');
                  copy.querySelector('.ds-password-input__sr-status').remove();
                  copy.querySelector('input').id = 'clave';
                  copy.setAttribute('lang', 'es');
                  document.querySelector('main').append(copy);
                  const { initAll } = await import('/js/all.js');
                  initAll(copy);
                }
                """);
            var button = page.Locator("[lang=es] .ds-password-input__toggle");

            await button.ClickAsync();

            Assert.Equal("Ocultar", await button.TextContentAsync());
            Assert.Equal("Ocultar contraseña", await button.GetAttributeAsync("aria-label"));
            Assert.Equal("Su contraseña está visible", await page.Locator("[lang=es] .ds-password-input__sr-status").TextContentAsync());
        });
    }

    [Fact]
    public async Task The_service_navigation_folds_behind_its_menu_button_below_the_tablet_breakpoint()
    {
        await chromium.WithPageAsync(320, async page =>
        {
            await OpenAsync(page);
            var button = page.Locator(".ds-service-navigation__toggle");
            var list = page.Locator("#navigation");

            Assert.True(await button.IsVisibleAsync());
            Assert.Equal("false", await button.GetAttributeAsync("aria-expanded"));
            Assert.False(await list.IsVisibleAsync());

            await button.ClickAsync();
            Assert.Equal("true", await button.GetAttributeAsync("aria-expanded"));
            Assert.True(await list.IsVisibleAsync());

            await page.SetViewportSizeAsync(1024, 800);
            await page.WaitForFunctionAsync("() => document.querySelector('.ds-service-navigation__toggle').hidden");
            Assert.True(await list.IsVisibleAsync());
            Assert.Null(await button.GetAttributeAsync("aria-expanded"));
        });
    }

    [Fact]
    public async Task The_accordion_turns_headings_into_buttons_that_open_and_close_sections_and_show_all_opens_every_one()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await OpenAsync(page);
            var first = page.Locator("h2 > button.ds-accordion__section-button").Nth(0);
            var second = page.Locator("h2 > button.ds-accordion__section-button").Nth(1);
            var showAll = page.Locator(".ds-accordion__show-all");

            Assert.Equal("guide-content-1", await first.GetAttributeAsync("aria-controls"));
            Assert.Equal("false", await first.GetAttributeAsync("aria-expanded"));
            Assert.Equal("true", await second.GetAttributeAsync("aria-expanded"));
            Assert.Equal("until-found", await page.Locator("#guide-content-1").GetAttributeAsync("hidden"));
            Assert.False(await page.Locator("#guide-content-1").IsVisibleAsync());
            Assert.True(await page.Locator("#guide-content-2").IsVisibleAsync());
            // Its name is its text: the heading, the summary and "Show this section".
            Assert.Equal("Fishing seasons, When you may fish for each species., Show this section", Normalise(await first.TextContentAsync()));
            Assert.Equal("guide-heading-1", await first.Locator(".ds-accordion__section-heading-text").GetAttributeAsync("id"));
            Assert.Equal("Show all sections", await showAll.TextContentAsync());

            await first.ClickAsync();
            Assert.Equal("true", await first.GetAttributeAsync("aria-expanded"));
            Assert.True(await page.Locator("#guide-content-1").IsVisibleAsync());
            Assert.Equal("Hide all sections", await showAll.TextContentAsync());
            Assert.Equal("true", await showAll.GetAttributeAsync("aria-expanded"));

            await showAll.ClickAsync();
            Assert.False(await page.Locator("#guide-content-1").IsVisibleAsync());
            Assert.False(await page.Locator("#guide-content-2").IsVisibleAsync());
            Assert.Equal("Show all sections", await showAll.TextContentAsync());

            await second.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            Assert.True(await page.Locator("#guide-content-2").IsVisibleAsync());

            // The sections people opened stay open for the rest of their visit.
            await OpenAsync(page);
            Assert.False(await page.Locator("#guide-content-1").IsVisibleAsync());
            Assert.True(await page.Locator("#guide-content-2").IsVisibleAsync());
        });
    }

    [Fact]
    public async Task Three_presses_of_shift_alone_hide_the_page_and_leave_for_the_safe_page()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await OpenAsync(page);
            var status = page.Locator(".ds-exit-this-page [role=status]");

            // Shift held to type a capital letter does not count.
            await page.Locator("#notes").FocusAsync();
            await page.Keyboard.PressAsync("Shift+A");
            await page.Keyboard.PressAsync("Shift");
            Assert.Equal("Shift, press 2 more times to exit.", await status.TextContentAsync());
            Assert.Equal(1, await page.Locator(".ds-exit-this-page__indicator-light--on").CountAsync());
            Assert.True(await page.Locator(".ds-exit-this-page__indicator").IsVisibleAsync());

            await page.Keyboard.PressAsync("Shift");
            Assert.Equal("Shift, press 1 more time to exit.", await status.TextContentAsync());

            await page.Keyboard.PressAsync("Shift");
            await PageWaits.UntilAtAsync(page, SafePage);
            Assert.Equal("Weather forecast", await page.TitleAsync());
        });
    }

    [Fact]
    public async Task The_exit_button_hides_the_page_before_it_leaves()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await OpenAsync(page);
            // What the page looked like as it was left, kept for the safe page (same origin here) to read.
            await page.EvaluateAsync("""
                () => window.addEventListener('pagehide', () => sessionStorage.setItem('left', JSON.stringify([
                  String(document.body.classList.contains('ds-exit-this-page-hide-content')),
                  getComputedStyle(document.querySelector('main')).display,
                  document.querySelector('.ds-exit-this-page-overlay[role=alert]')?.textContent ?? '',
                ])))
                """);

            await page.Locator(".ds-exit-this-page__button").ClickAsync();
            await PageWaits.UntilAtAsync(page, SafePage);

            var left = await page.EvaluateAsync<string[]>("() => JSON.parse(sessionStorage.getItem('left'))");
            Assert.Equal(["true", "none", "Loading."], left);
        });
    }

    [Fact]
    public async Task The_whole_row_of_a_task_is_its_links_target()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await OpenAsync(page);
            var row = page.Locator(".ds-task-list__item").Nth(0);
            var box = await row.BoundingBoxAsync();

            // A click on the row, away from the link's text: relative to the row, so Playwright scrolls
            // it into view and waits for it to be still first (a click at page coordinates measured
            // before a late layout change can land elsewhere).
            await row.ClickAsync(new LocatorClickOptions { Position = new Position { X = box!.Width - 150, Y = box.Height / 2 } });

            await PageWaits.UntilAtAsync(page, Page + "#contact-details");
        });
    }

    private static string Normalise(string? text) => string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace(" ,", ",", StringComparison.Ordinal);
}
