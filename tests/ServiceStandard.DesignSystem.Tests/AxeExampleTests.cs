using System.Collections.Concurrent;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Testing;
using Xunit.Abstractions;
using ServiceStandard.Model.Evidence;

namespace ServiceStandard.DesignSystem.Tests;

/// <summary>
/// Every example, in a minimal page with the built ds.css, passes axe-core's WCAG 2.0/2.1/2.2 A
/// and AA rules in real Chromium, and the browser's DOM still meets every contract: as served (no
/// JavaScript, the baseline every component must meet) and enhanced by the design system's JavaScript. One browser per case, a few pages in parallel;
/// pages are served from memory by request interception, so nothing listens on a port.
/// </summary>
public class AxeExampleTests(ITestOutputHelper output)
{
    private const string Origin = "http://design-system.test";
    private const int Pages = 3;

    private const string RunAxe = """
        () => axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          resultTypes: ['violations']
        }).then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', ')))
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_example_passes_axe(bool withScripts)
    {
        var (browserPath, problem) = BrowserLocator.Locate(null, Environment.GetEnvironmentVariable);
        Assert.True(browserPath is not null, problem);

        var stylesheet = RepositoryPaths.Combine("designsystem", "dist", "ds.css");
        var scripts = RepositoryPaths.Combine("designsystem", "js");
        var styled = File.Exists(stylesheet);
        var scripted = withScripts && File.Exists(Path.Combine(scripts, "init.js"));
        output.WriteLine($"ds.css: {(styled ? stylesheet : "not built, pages are unstyled")}; scripts: {(scripted ? scripts : "none")}");

        var pages = new List<(string Url, string Html)>();
        foreach (var component in DesignSystemFiles.Library.Components)
        {
            foreach (var example in component.Examples)
            {
                var fragment = File.ReadAllText(component.ExamplePath(example));
                var title = $"{component.Name.Get("en")}: {example.Title.Get("en")}";
                var head = (styled ? """<link rel="stylesheet" href="/ds.css">""" : string.Empty)
                    + (scripted ? """<script type="module" src="/js/init.js"></script>""" : string.Empty);
                pages.Add(($"{Origin}/{component.Id}/{example.Id}", ExamplePage.Wrap(fragment, title, head.Length == 0 ? null : head)));
            }
        }

        var byUrl = pages.ToDictionary(p => p.Url, p => p.Html);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = browserPath, Headless = true, Args = ChromiumLaunchFlags.All });
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1024, Height = 768 } });
        await context.AddInitScriptAsync(new BundledAxeScriptProvider().GetScript());
        await context.RouteAsync($"{Origin}/**", route => Serve(route, byUrl, stylesheet, scripts));

        var failures = new ConcurrentBag<string>();
        var queue = new ConcurrentQueue<(string Url, string Html)>(pages);
        var started = DateTime.UtcNow;
        await Task.WhenAll(Enumerable.Range(0, Pages).Select(async _ =>
        {
            var page = await context.NewPageAsync();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    failures.Add($"{page.Url}: console error: {message.Text}");
                }
            };
            page.PageError += (_, error) => failures.Add($"{page.Url}: script error: {error}");
            while (queue.TryDequeue(out var item))
            {
                await page.GotoAsync(item.Url);
                var violations = await page.EvaluateAsync<string[]>(RunAxe);
                foreach (var violation in violations)
                {
                    failures.Add($"{item.Url}: {violation}");
                }

                // The checks see the browser's DOM (after scripts ran), so the contracts must hold there too.
                var dom = await page.ContentAsync();
                foreach (var violation in DesignSystemFiles.Engine.Evaluate(dom).Violations)
                {
                    failures.Add($"{item.Url}: contract {violation}");
                }
            }

            await page.CloseAsync();
        }));

        output.WriteLine($"{pages.Count} pages checked with axe in {(DateTime.UtcNow - started).TotalSeconds:F1} s");
        Assert.True(failures.IsEmpty, string.Join('\n', failures.Order(StringComparer.Ordinal)));
    }

    private static Task Serve(IRoute route, Dictionary<string, string> pages, string stylesheet, string scripts)
    {
        var url = new Uri(route.Request.Url);
        if (pages.TryGetValue(url.GetLeftPart(UriPartial.Path), out var html))
        {
            return route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = html });
        }

        if (url.AbsolutePath == "/ds.css")
        {
            return route.FulfillAsync(new() { Status = 200, ContentType = "text/css; charset=utf-8", Path = stylesheet });
        }

        // The modules are served in the layout of the sources (and of the npm package and the Razor
        // Class Library): js/all.js imports ../components/<id>/<id>.js, which imports ../../js/*.js.
        var designSystem = Path.GetDirectoryName(scripts)!;
        var isScript = url.AbsolutePath.StartsWith("/js/", StringComparison.Ordinal)
            || (url.AbsolutePath.StartsWith("/components/", StringComparison.Ordinal) && url.AbsolutePath.EndsWith(".js", StringComparison.Ordinal));
        var file = isScript ? Path.GetFullPath(Path.Combine(designSystem, url.AbsolutePath[1..])) : null;
        if (file is not null && file.StartsWith(designSystem + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file))
        {
            return route.FulfillAsync(new() { Status = 200, ContentType = "text/javascript; charset=utf-8", Path = file });
        }

        return route.FulfillAsync(new() { Status = 404, ContentType = "text/plain", Body = "not found" });
    }
}
