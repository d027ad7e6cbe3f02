using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using ServiceStandard.Gathering.Web;
using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>
/// One system Chromium (DESIGN.md: Playwright's own browser download is not available) for a test
/// class, and pages on a fake origin, http://ds.test, whose requests are answered from this
/// repository's files by route interception: no server, no network.
///   /dist/… → designsystem/dist, /js/… → designsystem/js, /components/… → designsystem/components
///   (the components' scripts, which js/all.js imports as ../components/&lt;id&gt;/&lt;id&gt;.js),
///   /pages/… → this project's Pages folder.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string Origin = "http://ds.test";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not running.");

    public static string ExecutablePath
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("SERVICESTANDARD_CHROMIUM");
            var path = string.IsNullOrEmpty(configured) ? "/usr/bin/chromium" : configured;
            return File.Exists(path)
                ? path
                : throw new InvalidOperationException($"Chromium was not found at {path}: run ./build.sh setup (it installs Debian's chromium) or set SERVICESTANDARD_CHROMIUM.");
        }
    }

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ChromiumLaunchFlags.All,
            Timeout = 60_000,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>Runs <paramref name="test"/> on a new page <paramref name="width"/> CSS px wide; a failure keeps its screenshot.</summary>
    public Task WithPageAsync(int width, Func<IPage, Task> test, [CallerMemberName] string testName = "") =>
        RunOnPageAsync(width, javaScript: true, reducedMotion: null, test, testName);

    public Task WithPageAsync(int width, bool javaScript, Func<IPage, Task> test, [CallerMemberName] string testName = "") =>
        RunOnPageAsync(width, javaScript, reducedMotion: null, test, testName);

    public Task WithPageAsync(int width, ReducedMotion reducedMotion, Func<IPage, Task> test, [CallerMemberName] string testName = "") =>
        RunOnPageAsync(width, javaScript: true, reducedMotion, test, testName);

    private async Task RunOnPageAsync(int width, bool javaScript, ReducedMotion? reducedMotion, Func<IPage, Task> test, string testName)
    {
        var page = await NewPageAsync(width, javaScript, reducedMotion);
        try
        {
            await BrowserFailure.RunAsync(page, testName, () => test(page));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>A new context and page, the fake origin routed, viewport <paramref name="width"/> CSS px wide.</summary>
    private async Task<IPage> NewPageAsync(int width, bool javaScript = true, ReducedMotion? reducedMotion = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
            JavaScriptEnabled = javaScript,
            ReducedMotion = reducedMotion,
        });
        await context.RouteAsync(Origin + "/**", ServeAsync);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    private static async Task ServeAsync(IRoute route)
    {
        var path = new Uri(route.Request.Url).AbsolutePath;
        var file = path switch
        {
            _ when path.StartsWith("/dist/", StringComparison.Ordinal) => Path.Combine(DesignSystemPaths.Dist, path["/dist/".Length..]),
            _ when path.StartsWith("/js/", StringComparison.Ordinal) => Path.Combine(DesignSystemPaths.Js, path["/js/".Length..]),
            _ when path.StartsWith("/components/", StringComparison.Ordinal) && path.EndsWith(".js", StringComparison.Ordinal) => Path.Combine(DesignSystemPaths.Components, path["/components/".Length..]),
            _ when path.StartsWith("/pages/", StringComparison.Ordinal) => Path.Combine(DesignSystemPaths.Pages, path["/pages/".Length..]),
            _ => null,
        };

        if (file is null || file.Contains("..", StringComparison.Ordinal) || !File.Exists(file))
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "not found" });
            return;
        }

        var contentType = Path.GetExtension(file) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".json" => "application/json",
            _ => "text/html; charset=utf-8",
        };
        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = contentType, BodyBytes = await File.ReadAllBytesAsync(file) });
    }
}
