using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Playwright;

namespace ServiceStandard.Gathering.Web;

/// <summary>
/// Where our probe and axe run on a page: an isolated world (Chromium's world for extensions'
/// content scripts) that shares the page's DOM but none of its JavaScript. The page's scripts
/// cannot reach <c>probe</c> or <c>axe</c> to wrap them and empty their results, and redefining
/// built-ins (<c>Array.prototype.map</c>) changes only the page's own world, so such a page is
/// assessed like any other. The script is installed on the tab through CDP (Playwright's init
/// scripts run in the page's world) and runs on every new document before the page's scripts.
/// </summary>
internal sealed class ProbeWorld
{
    private const string WorldName = "__servicestandard";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly ConditionalWeakTable<IPage, ProbeWorld> Worlds = [];
    private static readonly JsonElement Undefined = JsonDocument.Parse("null").RootElement;
    private readonly ICDPSession _session;
    private string? _frameId;

    private ProbeWorld(ICDPSession session) => _session = session;

    /// <summary>A new tab in the context with the probe installed in its isolated world.</summary>
    /// <param name="isAllowed">The run's origins: the tab's navigations elsewhere are aborted (<see cref="NavigationGuard"/>).</param>
    public static async Task<IPage> OpenPageAsync(IBrowserContext context, string script, Func<Uri, bool> isAllowed)
    {
        var page = await context.NewPageAsync();
        var session = await context.NewCDPSessionAsync(page);
        // The Page domain must be enabled on this session for its new-document scripts to run.
        await session.SendAsync("Page.enable");
        await NavigationGuard.InstallAsync(page, session, isAllowed);
        await session.SendAsync("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object>
        {
            ["source"] = script,
            ["worldName"] = WorldName,
        });
        Worlds.AddOrUpdate(page, new ProbeWorld(session));
        return page;
    }

    /// <summary>The probe world of a tab opened by <see cref="OpenPageAsync"/>.</summary>
    public static ProbeWorld Of(IPage page) =>
        Worlds.TryGetValue(page, out var world) ? world : throw new InvalidOperationException("The tab was not opened with ProbeWorld.OpenPageAsync.");

    /// <summary>Calls <paramref name="function"/> (JavaScript source of a function of one argument) in the isolated world and returns its JSON result.</summary>
    public async Task<T> EvaluateAsync<T>(string function, object? argument = null) =>
        (await EvaluateAsync(function, argument)).Deserialize<T>(Json)!;

    public async Task<JsonElement> EvaluateAsync(string function, object? argument = null)
    {
        var contextId = await ContextIdAsync();
        // The argument is ours or page text we read back; serialised JSON is a JavaScript literal.
        var expression = $"({function})({JsonSerializer.Serialize(argument, Json)})";
        var answer = await _session.SendAsync("Runtime.evaluate", new Dictionary<string, object>
        {
            ["expression"] = expression,
            ["contextId"] = contextId,
            ["returnByValue"] = true,
            ["awaitPromise"] = true,
        }) ?? throw new PlaywrightException("The browser gave no answer to the probe.");
        if (answer.TryGetProperty("exceptionDetails", out var exception))
        {
            var text = exception.TryGetProperty("exception", out var thrown) && thrown.TryGetProperty("description", out var description)
                ? description.GetString()
                : exception.TryGetProperty("text", out var plain) ? plain.GetString() : null;
            throw new PlaywrightException($"The probe failed on the page: {text}");
        }

        return answer.TryGetProperty("result", out var result) && result.TryGetProperty("value", out var value) ? value.Clone() : Undefined;
    }

    private async Task<int> ContextIdAsync()
    {
        // The main frame keeps its id across navigations in the tab; the world is per document,
        // and asking for it by name returns the one the new-document script ran in.
        for (var attempt = 1; ; attempt++)
        {
            _frameId ??= (await _session.SendAsync("Page.getFrameTree"))?.GetProperty("frameTree").GetProperty("frame").GetProperty("id").GetString()
                ?? throw new PlaywrightException("The browser gave no frame tree.");
            try
            {
                var world = await _session.SendAsync("Page.createIsolatedWorld", new Dictionary<string, object>
                {
                    ["frameId"] = _frameId,
                    ["worldName"] = WorldName,
                }) ?? throw new PlaywrightException("The browser gave no isolated world.");
                return world.GetProperty("executionContextId").GetInt32();
            }
            catch (PlaywrightException) when (attempt == 1)
            {
                // Should the main frame have been replaced, ask for its id again.
                _frameId = null;
            }
        }
    }
}
