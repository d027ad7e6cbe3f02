using Microsoft.Playwright;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.Docs.Tests;

/// <summary>
/// The live examples on a component page are shown whole: served over http, as a static host
/// serves the site, every example frame is as tall as its example (no scrolling inside the frame,
/// no 150 px default), and grows when the example does.
/// </summary>
public sealed class ExampleFrameTests
{
    // Frames are fitted once their example has loaded: the condition, not a fixed wait.
    private const string AllFitted = """
        () => Array.from(document.querySelectorAll('iframe.site-example__frame'))
          .every(f => f.classList.contains('site-example__frame--fitted'))
        """;

    private const string Geometry = """
        () => Array.from(document.querySelectorAll('iframe.site-example__frame')).map(f => ({
          src: f.getAttribute('src'),
          frame: f.clientHeight,
          content: f.contentDocument.documentElement.scrollHeight,
          inner: f.contentDocument.documentElement.clientHeight
        }))
        """;

    [Theory]
    [InlineData("en/components/radios.html")]
    [InlineData("es/components/error-summary.html")]
    [InlineData("en/components/template.html")]
    public async Task Every_example_frame_is_as_tall_as_its_example(string pagePath)
    {
        await using var server = new StaticFileServer(BuiltSite.Directory, "/design-system/");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1024, Height = 768 } });
        await page.GotoAsync(new Uri(server.BaseUrl, pagePath).AbsoluteUri);
        await page.WaitForFunctionAsync(AllFitted);

        var frames = await page.EvaluateAsync<FrameGeometry[]>(Geometry);
        Assert.NotEmpty(frames);
        Assert.All(frames, f =>
        {
            // The frame shows all of its example: nothing left to scroll inside it.
            Assert.True(f.Content <= f.Inner + 1, $"{f.Src}: the example is {f.Content} px tall, the frame shows {f.Inner} px");
            Assert.True(f.Frame > 150 || f.Content < 148, $"{f.Src}: the frame kept the 150 px default although the example is {f.Content} px tall");
        });
    }

    [Fact]
    public async Task A_frame_grows_when_its_example_does()
    {
        await using var server = new StaticFileServer(BuiltSite.Directory, "/design-system/");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1024, Height = 768 } });
        await page.GotoAsync(new Uri(server.BaseUrl, "en/components/hint.html").AbsoluteUri);
        await page.WaitForFunctionAsync(AllFitted);
        var before = await page.EvaluateAsync<int>("() => document.querySelector('iframe.site-example__frame').clientHeight");

        // As a conditional reveal or an opened details element would: the example gets 300 px taller.
        await page.EvaluateAsync("""
            () => {
              const doc = document.querySelector('iframe.site-example__frame').contentDocument;
              const block = doc.createElement('div');
              block.style.height = '300px';
              doc.body.appendChild(block);
            }
            """);
        await page.WaitForFunctionAsync($"() => document.querySelector('iframe.site-example__frame').clientHeight >= {before + 299}");
        var content = await page.EvaluateAsync<int>("() => document.querySelector('iframe.site-example__frame').contentDocument.documentElement.scrollHeight");
        var inner = await page.EvaluateAsync<int>("() => document.querySelector('iframe.site-example__frame').contentDocument.documentElement.clientHeight");
        Assert.True(content <= inner + 1, $"the example is {content} px tall, the frame shows {inner} px");
    }

    [Fact]
    public async Task An_examples_html_and_razor_are_tabs_a_keyboard_user_can_switch()
    {
        await using var server = new StaticFileServer(BuiltSite.Directory, "/design-system/");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1024, Height = 768 } });
        await page.GotoAsync(new Uri(server.BaseUrl, "en/components/text-input.html").AbsoluteUri);
        var html = page.Locator("#code-default-html-tab");
        var razor = page.Locator("#code-default-razor-tab");
        await html.WaitForAsync();

        // The HTML tab is chosen and the only one in the Tab order; the Razor panel is hidden.
        Assert.Equal("tab", await html.GetAttributeAsync("role"));
        Assert.Equal("true", await html.GetAttributeAsync("aria-selected"));
        Assert.Equal("-1", await razor.GetAttributeAsync("tabindex"));
        Assert.False(await page.Locator("#code-default-razor").IsVisibleAsync());
        Assert.True(await page.Locator("#code-default").IsVisibleAsync());

        // The arrow key moves to the Razor tab and shows its panel, as the WAI-ARIA tabs pattern does.
        await html.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'code-default-razor-tab'");
        Assert.Equal("true", await razor.GetAttributeAsync("aria-selected"));
        Assert.Equal("0", await razor.GetAttributeAsync("tabindex"));
        Assert.True(await page.Locator("#code-default-razor").IsVisibleAsync());
        Assert.False(await page.Locator("#code-default").IsVisibleAsync());
        Assert.Contains("<ds-input asp-for=", await page.Locator("#code-default-razor").InnerTextAsync(), StringComparison.Ordinal);

        // A click goes back.
        await html.ClickAsync();
        Assert.True(await page.Locator("#code-default").IsVisibleAsync());
        Assert.Equal("code-default-html-panel", await page.Locator("[role=tabpanel]:not([hidden])").First.GetAttributeAsync("id"));
    }

    [Fact]
    public async Task The_search_finds_a_component_by_a_word_in_either_language_and_says_how_many()
    {
        await using var server = new StaticFileServer(BuiltSite.Directory, "/design-system/");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1024, Height = 768 } });
        await page.GotoAsync(new Uri(server.BaseUrl, "es/components/button.html").AbsoluteUri);
        var input = page.GetByRole(AriaRole.Searchbox, new() { Name = "Buscar en el sistema de diseño" });
        await input.WaitForAsync();

        // Accents and case aside, every word must be found; the count is a status message.
        await input.FillAsync("FECHA");
        await page.Keyboard.PressAsync("Enter");
        var results = page.Locator("#site-search-results a");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#site-search-results a').length > 0");
        Assert.Equal("Campo de fecha", await results.First.InnerTextAsync());
        Assert.EndsWith("/design-system/es/components/date-input.html", await results.First.EvaluateAsync<string>("a => a.href"), StringComparison.Ordinal);
        Assert.Matches(@"^\d+ resultados?$|^1 resultado$", await page.Locator("#site-search-status").InnerTextAsync());

        // The English name finds the Spanish page too; nothing found says so.
        await input.FillAsync("date input");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelector('#site-search-results a') && document.querySelector('#site-search-results a').textContent === 'Campo de fecha'");
        await input.FillAsync("zzzz");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#site-search-results a').length === 0");
        Assert.StartsWith("No hay resultados", await page.Locator("#site-search-status").InnerTextAsync(), StringComparison.Ordinal);

        // Following a result leaves the search on the page it found.
        await input.FillAsync("resumen errores");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#site-search-results a').length > 0");
        await results.First.ClickAsync();
        await PageWaits.UntilAtAsync(page, "**/es/components/error-summary.html");
    }

    internal static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        var (path, problem) = BrowserLocator.Locate(null, Environment.GetEnvironmentVariable);
        Assert.True(path is not null, problem);
        return await playwright.Chromium.LaunchAsync(new() { ExecutablePath = path, Headless = true, Args = ChromiumLaunchFlags.All });
    }

    // Playwright fills what a page script returns into a type with a parameterless constructor.
    private sealed class FrameGeometry
    {
        public string Src { get; set; } = string.Empty;

        public int Frame { get; set; }

        public int Content { get; set; }

        public int Inner { get; set; }
    }
}
