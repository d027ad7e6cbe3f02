using Microsoft.Playwright;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Testing;

namespace ServiceStandard.Reports.Tests.Browser;

/// <summary>
/// A report rendered from hostile page content, opened in real Chromium: no script runs (no element,
/// no handler, no dialog, nothing set on window), the stylesheet survives a closing style tag in a
/// snippet, and the hostile text shows literally, bidi controls made visible.
/// </summary>
public sealed class HostileReportBrowserTests : IAsyncLifetime
{
    private readonly LoopbackServer _server = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ChromiumLaunchFlags.All,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Runs_no_script_and_shows_the_text_literally()
    {
        var url = _server.Add("/report.html", new HtmlReport().Render(ReportExamples.Input(ReportExamples.Hostile())));
        var page = await _browser!.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        var cspViolations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                cspViolations.Add(message.Text);
            }
        };

        await BrowserFailure.RunAsync(page, "hostile-report", async () =>
        {
            await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

            // Hover, focus and click everything a handler could hide behind (links would only navigate away).
            await page.EvaluateAsync(@"() => document.querySelectorAll('body *').forEach(e => {
                for (const type of ['mouseover', 'mouseenter', 'focus']) e.dispatchEvent(new MouseEvent(type, { bubbles: true }));
                if (!e.closest('a')) e.click();
            })");

            Assert.Equal(0, dialogs);
            Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), "a script from the page content ran");
            Assert.Equal(0, await page.EvaluateAsync<int>("() => document.scripts.length"));
            Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length"));
            Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('a[href^=\"javascript\"], img[src=\"x\"]').length"));
            Assert.Empty(cspViolations);

            // The stylesheet is whole: a closing style tag in page text did not end it.
            Assert.Equal(1, await page.EvaluateAsync<int>("() => document.styleSheets.length"));
            Assert.True(await page.EvaluateAsync<int>("() => document.styleSheets[0].cssRules.length") > 20);

            var text = await page.EvaluateAsync<string>("() => document.body.innerText");
            Assert.Contains("<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=1\"></style>", text, StringComparison.Ordinal);
            Assert.Contains("javascript:window.__pwned=1", text, StringComparison.Ordinal);
            var snippet = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('pre code')].map(c => c.textContent)");
            Assert.Contains(ReportExamples.HostileSnippet.Replace("\u202E", "[U+202E]", StringComparison.Ordinal).Replace("\u2066", "[U+2066]", StringComparison.Ordinal), snippet);
            Assert.DoesNotContain("\u202E", text, StringComparison.Ordinal);
            Assert.Contains("Evil[U+202E]gnp.exe <script>window.__pwned=1</script>", await page.TitleAsync(), StringComparison.Ordinal);
        });
    }

    internal static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("SERVICESTANDARD_CHROMIUM");
        var path = string.IsNullOrEmpty(configured) ? "/usr/bin/chromium" : configured;
        return File.Exists(path) ? path : throw new InvalidOperationException($"Chromium was not found at {path}: run ./build.sh setup or set SERVICESTANDARD_CHROMIUM.");
    }
}
