using Microsoft.Playwright;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>
/// The tabs and the file upload's drop zone in real Chromium, as a keyboard, mouse and screen reader
/// user meets them: what is shown, what has focus and what the accessibility attributes say.
/// </summary>
public sealed class TabsAndFileUploadTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string Page = ChromiumFixture.Origin + "/pages/tabs-file-upload.html";

    private static async Task OpenAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(200, response!.Status);
        await page.WaitForFunctionAsync("() => document.querySelector('[data-ds-file-upload-init]') && document.querySelector('[data-ds-tabs-init]')");
    }

    [Fact]
    public async Task From_the_tablet_breakpoint_the_links_are_tabs_the_arrow_keys_move_between()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await OpenAsync(page, Page);
            var tabs = page.Locator(".ds-tabs__tab");

            Assert.Equal("tablist", await page.Locator(".ds-tabs__list").GetAttributeAsync("role"));
            Assert.Equal("true", await tabs.Nth(0).GetAttributeAsync("aria-selected"));
            Assert.Equal("-1", await tabs.Nth(1).GetAttributeAsync("tabindex"));
            Assert.Equal(await tabs.Nth(0).GetAttributeAsync("id"), await page.Locator("#past-day").GetAttributeAsync("aria-labelledby"));
            Assert.True(await page.Locator("#past-day").IsVisibleAsync());
            Assert.False(await page.Locator("#past-week").IsVisibleAsync());
            Assert.False(await page.Locator(".ds-tabs__title").IsVisibleAsync());

            await tabs.Nth(0).FocusAsync();
            await page.Keyboard.PressAsync("ArrowRight");
            Assert.Equal("tab_past-week", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            Assert.Equal("true", await tabs.Nth(1).GetAttributeAsync("aria-selected"));
            Assert.Equal("false", await tabs.Nth(0).GetAttributeAsync("aria-selected"));
            Assert.True(await page.Locator("#past-week").IsVisibleAsync());
            Assert.False(await page.Locator("#past-day").IsVisibleAsync());
            Assert.EndsWith("#past-week", page.Url, StringComparison.Ordinal);

            await page.Keyboard.PressAsync("End");
            Assert.True(await page.Locator("#past-month").IsVisibleAsync());
            await page.Keyboard.PressAsync("ArrowRight");
            Assert.Equal("tab_past-month", await page.EvaluateAsync<string>("() => document.activeElement.id"));
            await page.Keyboard.PressAsync("Home");
            Assert.Equal("tab_past-day", await page.EvaluateAsync<string>("() => document.activeElement.id"));

            await tabs.Nth(2).ClickAsync();
            Assert.True(await page.Locator("#past-month").IsVisibleAsync());
            Assert.False(await page.Locator("#past-day").IsVisibleAsync());
        });
    }

    [Fact]
    public async Task A_link_to_a_panel_opens_its_tab()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await OpenAsync(page, Page + "#past-month");

            Assert.Equal("true", await page.Locator("a[href='#past-month']").GetAttributeAsync("aria-selected"));
            Assert.True(await page.Locator("#past-month").IsVisibleAsync());
            Assert.False(await page.Locator("#past-day").IsVisibleAsync());
        });
    }

    [Fact]
    public async Task Below_the_tablet_breakpoint_the_tabs_are_a_table_of_contents_and_every_panel_shows()
    {
        await chromium.WithPageAsync(320, async page =>
        {
            await OpenAsync(page, Page);

            Assert.Null(await page.Locator(".ds-tabs__list").GetAttributeAsync("role"));
            Assert.Null(await page.Locator(".ds-tabs__tab").Nth(1).GetAttributeAsync("role"));
            Assert.True(await page.Locator(".ds-tabs__title").IsVisibleAsync());
            foreach (var panel in new[] { "#past-day", "#past-week", "#past-month" })
            {
                Assert.True(await page.Locator(panel).IsVisibleAsync(), panel);
            }

            await page.SetViewportSizeAsync(1024, 800);
            await page.WaitForFunctionAsync("() => document.querySelector('.ds-tabs__list').getAttribute('role') === 'tablist'");
            Assert.False(await page.Locator("#past-week").IsVisibleAsync());
        });
    }

    [Fact]
    public async Task The_drop_zone_keeps_the_native_input_labelled_focusable_and_under_the_pointer()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await OpenAsync(page, Page);
            var input = page.Locator("#documents");
            var zone = page.Locator(".ds-drop-zone").First;

            // The input is still the control: labelled, described, in the Tab order, not hidden.
            Assert.Equal("documents-hint", await input.GetAttributeAsync("aria-describedby"));
            Assert.Null(await input.GetAttributeAsync("hidden"));
            Assert.Null(await input.GetAttributeAsync("aria-hidden"));
            Assert.Equal("Upload your supporting documents", await input.EvaluateAsync<string>("i => i.labels[0].textContent"));
            await page.Locator("#documents-hint").ClickAsync();
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("documents", await page.EvaluateAsync<string>("() => document.activeElement.id"));

            // What the script draws is hidden from assistive technologies and says what the input holds.
            var display = zone.Locator(".ds-drop-zone__display");
            Assert.Equal("true", await display.GetAttributeAsync("aria-hidden"));
            Assert.Equal("No file chosen", await zone.Locator(".ds-drop-zone__status").TextContentAsync());
            Assert.Equal("Choose files", await zone.Locator(".ds-drop-zone__button").TextContentAsync());

            // A click anywhere in the zone lands on the native input, which opens the picker: the input is
            // what the browser hits at the zone's far corner. (Asked of the page rather than waited for as
            // a file chooser event, which the .NET client can miss on loaded cores.)
            await zone.ScrollIntoViewIfNeededAsync();
            var hit = await zone.EvaluateAsync<string>(
                "z => { const r = z.getBoundingClientRect(); const e = document.elementFromPoint(r.right - 10, r.bottom - 10); return e ? e.id : ''; }");
            Assert.Equal("documents", hit);
            Assert.True(await input.EvaluateAsync<bool>("i => i.multiple"));
            await input.SetInputFilesAsync([
                new FilePayload { Name = "passport.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4"u8.ToArray() },
                new FilePayload { Name = "payslip.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4"u8.ToArray() },
            ]);
            await page.WaitForFunctionAsync("() => document.querySelector('.ds-drop-zone__status').textContent === '2 files chosen'");

            await input.SetInputFilesAsync(new FilePayload { Name = "passport.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4"u8.ToArray() });
            await page.WaitForFunctionAsync("() => document.querySelector('.ds-drop-zone__status').textContent === 'passport.pdf'");
        });
    }

    [Fact]
    public async Task Dragging_a_file_over_the_zone_highlights_it_and_says_so()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await OpenAsync(page, Page);
            var zone = page.Locator(".ds-drop-zone").First;
            var transfer = await page.EvaluateHandleAsync("() => { const t = new DataTransfer(); t.items.add(new File(['x'], 'passport.pdf', { type: 'application/pdf' })); return t; }");

            await page.Locator("#documents").DispatchEventAsync("dragenter", new { dataTransfer = transfer, bubbles = true });
            Assert.Contains("ds-drop-zone--dragging", await zone.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
            Assert.Equal("Entered drop zone", await page.Locator(".ds-drop-zone__announcements").First.TextContentAsync());
            Assert.Equal("assertive", await page.Locator(".ds-drop-zone__announcements").First.GetAttributeAsync("aria-live"));

            await page.Locator("h1").DispatchEventAsync("dragenter", new { dataTransfer = transfer, bubbles = true });
            Assert.DoesNotContain("ds-drop-zone--dragging", await zone.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
            Assert.Equal("Left drop zone", await page.Locator(".ds-drop-zone__announcements").First.TextContentAsync());
        });
    }

    [Fact]
    public async Task The_drop_zone_speaks_the_language_of_its_page()
    {
        await chromium.WithPageAsync(1024, async page =>
        {
            await OpenAsync(page, Page);
            var zone = page.Locator(".ds-drop-zone").Nth(1);

            Assert.Equal("No se ha elegido ningún archivo", await zone.Locator(".ds-drop-zone__status").TextContentAsync());
            Assert.Equal("Elegir archivo", await zone.Locator(".ds-drop-zone__button").TextContentAsync());
            Assert.Equal("o suéltelo aquí", await zone.Locator(".ds-drop-zone__instruction").TextContentAsync());
        });
    }
}
